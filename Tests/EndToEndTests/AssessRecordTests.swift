import Foundation
import Testing

@Suite("assess --record")
struct AssessRecordTests {
    @Test func aRecordedDecisionJoinsTheChainAndStdoutStaysPureJSON() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let facts = folder.appendingPathComponent("facts.yaml")
        try "imminent_harm: true\ncare_and_support_needs: true\naware_at: 2026-03-14T02:10:00Z\n".write(to: facts, atomically: true, encoding: .utf8)
        let db = folder.appendingPathComponent("r.sqlite").path
        let result = try SafeDrillProcess.run(["assess", "--facts", facts.path, "--json", "--record", "--as", "Mo Manager", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) is [String: Any])
        #expect(result.stderr.contains("Recorded as decision"))
        #expect(!result.stdout.contains("Mo Manager"))
        let verify = try SafeDrillProcess.run(["records", "verify", "--db", db])
        #expect(verify.status == 0)
        #expect(verify.stdout.contains("1 records in the chain"))
    }

    @Test func keepingADecisionFromPipedInputNeedsTheDecisionMakersName() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let db = folder.appendingPathComponent("r.sqlite").path
        for flags in [[], ["--record"]] {
            let result = try SafeDrillProcess.run(["assess", "--facts", "/dev/null", "--db", db] + flags)
            #expect(result.status == 2)
            #expect(result.stderr.contains("who is making the decision? Give --as NAME (or --no-record to keep nothing)"), "\(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: db))
    }
}
