import Testing

extension SafeDrillProcess {
    /// Registers `name` with `role` (`people add`), as a provider registers staff before they supervise.
    static func register(_ name: String, role: String, db: String) throws {
        let added = try run(["people", "add", name, "--role", role, "--db", db])
        #expect(added.status == 0, "people add \(name): \(added.stderr)")
    }
}
