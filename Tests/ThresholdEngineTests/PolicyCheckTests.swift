import Testing
import ThresholdEngine

/// The static checks, SD030–SD034, each on a small fixture with `⚑` where each warning must point.
@Suite("static checks")
struct PolicyCheckTests {
    static let fixtures = ["SD030-never-fires.yaml", "SD031-unread-fact.yaml", "SD032-unreachable-escalation.yaml", "SD033-shadowed.yaml", "SD034-unrelated-consult.yaml"]

    @Test(arguments: fixtures)
    func warningsPointAtTheMarkers(_ name: String) throws {
        let fixture = try #require(MarkedText(fixture: "checks/\(name)"))
        let policy = try Policy(text: fixture.text, path: name)
        let warnings = PolicyChecks.run(policy).items
        #expect(warnings.allSatisfy { $0.severity == .warning })
        #expect(warnings.map(\.position) == fixture.positions, "\(warnings)")
        // A rule that can never fire makes what it names unreachable too; those are pinned by position above.
        let code = String(name.prefix(5))
        #expect(warnings.filter { $0.code != code }.allSatisfy { $0.code == "SD032" || $0.code == "SD030" }, "\(warnings)")
    }

    @Test func neverTrueIsToldApartFromNeverFiring() throws {
        let fixture = try #require(MarkedText(fixture: "checks/SD030-never-fires.yaml"))
        let warnings = PolicyChecks.run(try Policy(text: fixture.text, path: "p.yaml")).items
        #expect(warnings.map(\.message) == [
            "rule 'contradiction' can never be true: it only fires as consult while facts are unknown",
            "rule 'impossible-range' can never be true: it only fires as consult while facts are unknown",
            "rule 'known-and-unknown' can never fire: its condition is false whatever the facts",
        ])
    }

    @Test func shadowingNamesTheRuleThatShadows() throws {
        let fixture = try #require(MarkedText(fixture: "checks/SD033-shadowed.yaml"))
        let warnings = PolicyChecks.run(try Policy(text: fixture.text, path: "p.yaml")).items
        #expect(warnings.map(\.code) == ["SD033", "SD033", "SD033", "SD033"])
        #expect(warnings.map { $0.message.components(separatedBy: ":").first ?? "" } == [
            "rule 'harm-and-refused' is shadowed by rule 'harm'",
            "rule 'harm-consult' is shadowed by rule 'harm'",
            "rule 'both-kinds' is shadowed by rule 'harm-or-sexual'",
            "rule 'harm-twin' is shadowed by rule 'harm'",
        ])
    }

    @Test func aSearchOverBudgetIsSkippedWithoutAWarning() throws {
        let fixture = try #require(MarkedText(fixture: "checks/SD030-never-fires.yaml"))
        let warnings = PolicyChecks.run(try Policy(text: fixture.text, path: "p.yaml"), budget: 2).items
        #expect(warnings.filter { $0.code == "SD030" || $0.code == "SD033" } == [])
    }

    @Test func theDefaultPolicyIsCheckedWithinTheBudget() throws {
        let policy = try Policy.load(path: ProjectFiles.defaultPolicy)
        let warnings = PolicyChecks.run(policy)
        #expect(!warnings.hasErrors)
    }
}
