import Foundation
import Records
import Testing

/// The built `safedrill` binary, killed with SIGKILL while it plays a scenario to the end: a burst
/// of answer writes then the chained write that completes the attempt. Whatever moment the kill
/// lands on, the store must open and verify.
@Suite struct ChainCrashTests {
    static let projectRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `safedrill` executable built beside this test bundle (`swift test` builds it for the end-to-end tests).
    static var executable: URL? {
        let candidates = [
            Bundle.main.executableURL?.deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            Bundle.main.bundleURL,
        ].compactMap { $0 }
        return candidates.map { $0.appendingPathComponent("safedrill") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    static func process(_ binary: URL, _ arguments: [String]) -> Process {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = projectRoot
        var environment = ProcessInfo.processInfo.environment
        environment["SAFEDRILL_HOME"] = projectRoot.path
        environment["NO_COLOR"] = "1"
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        return process
    }

    /// The answers that play `scenario` to its best result, as `safedrill analyse --json` gives them.
    static func bestPathInput(_ binary: URL, _ scenario: String) throws -> String {
        struct Analysis: Decodable {
            struct Step: Decodable { var input: String }
            var best_path: [Step]
        }
        let analyse = process(binary, ["analyse", scenario, "--json"])
        let out = Pipe()
        analyse.standardOutput = out
        try analyse.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        analyse.waitUntilExit()
        return try JSONDecoder().decode(Analysis.self, from: data).best_path.map(\.input).joined()
    }

    /// Starts `play`, feeds it every answer at once, and either lets it finish or kills it after `delay`.
    static func play(_ binary: URL, db: String, input: String, killAfter delay: TimeInterval?) throws -> Process {
        let play = process(binary, ["play", "scam-link", "--as", "Kill Test", "--mode", "assessment", "--db", db])
        let stdin = Pipe()
        play.standardInput = stdin
        try play.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try? stdin.fileHandleForWriting.close()
        if let delay {
            Thread.sleep(forTimeInterval: delay)
            kill(play.processIdentifier, SIGKILL)
        }
        play.waitUntilExit()
        return play
    }

    @Test func killingSafedrillDuringChainedWritesLeavesAStoreThatOpensAndVerifies() throws {
        let binary = try #require(Self.executable, "the safedrill binary is not built beside the tests")
        let folder = try TemporaryFolder()
        let db = folder.path("records.sqlite")
        let input = try Self.bestPathInput(binary, "scam-link")
        #expect(!input.isEmpty)

        // One uninterrupted run to learn how long a whole play takes here.
        let start = Date()
        let whole = try Self.play(binary, db: db, input: input, killAfter: nil)
        let duration = Date().timeIntervalSince(start)
        #expect(whole.terminationReason == .exit && whole.terminationStatus == 0)

        // Kills spread over the whole run, from start-up to the final chained write.
        var killed = 0
        let kills = 24
        for index in 0..<kills {
            let delay = duration * Double(index + 1) / Double(kills + 2)
            let run = try Self.play(binary, db: db, input: input, killAfter: delay)
            if run.terminationReason == .uncaughtSignal { killed += 1 }
            // Open and verify after every kill, not only at the end.
            let report = try RecordStore(path: db).verify()
            #expect(report.isOK, "after a kill at \(delay) s: \(report.problems)")
        }
        #expect(killed >= kills / 2, "too few runs were still going when killed: \(killed) of \(kills)")

        let store = try RecordStore(path: db)
        let report = try store.verify()
        #expect(report.isOK)
        let completed = try store.attempts(personName: "Kill Test", scenarioID: "scam-link", status: .completed)
        // Every completed attempt is in the chain (verify would name one that is not), and nothing else is.
        #expect(report.entries == completed.count)
        #expect(completed.count >= 1)
        // The store still takes a whole attempt after all that.
        let after = try Self.play(binary, db: db, input: input, killAfter: nil)
        #expect(after.terminationStatus == 0)
        #expect(try RecordStore(path: db).verify().entries == completed.count + 1)
    }
}
