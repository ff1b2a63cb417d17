import Testing

@Suite("command line")
struct CommandLineTests {
    @Test func helpListsTheCommandsAndExitsZero() throws {
        let result = try SafeDrillProcess.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: safedrill"))
    }

    @Test func anUnknownOptionIsAUsageErrorWithExitTwo() throws {
        let result = try SafeDrillProcess.run(["--no-such-option"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no-such-option"))
    }
}
