import Foundation
import Testing

@Suite("safedrill list")
struct ListTests {
    @Test func jsonHasExactlyTheKeysOfTheDesign() throws {
        let result = try SafeDrillProcess.run(["list", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(entries.compactMap { $0["id"] as? String } == BundledScenarios.ids)
        for entry in entries {
            #expect(Set(entry.keys) == ["id", "title", "setting", "audience", "stages", "decision_nodes", "endings", "minutes"])
            #expect(entry["title"] is String)
            #expect(entry["setting"] is String)
            #expect((entry["audience"] as? [String])?.isEmpty == false)
            #expect((entry["stages"] as? [String]) == ["safety", "evidence", "timeline", "thresholds", "safeguards", "review"])
            #expect((entry["decision_nodes"] as? Int ?? 0) >= 12)
            #expect((entry["endings"] as? Int ?? 0) >= 3)
            #expect((entry["minutes"] as? Int ?? 0) > 0)
        }
    }

    @Test func theTableHasAHeaderAndOneRowPerScenario() throws {
        let result = try SafeDrillProcess.run(["list"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("id ") == true)
        #expect(lines.count == BundledScenarios.ids.count + 1)
    }

    @Test func markdownIsATableASupervisorCanKeep() throws {
        let result = try SafeDrillProcess.run(["list", "--format", "markdown"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "# Scenario library")
        let table = lines.drop { !$0.hasPrefix("| id |") }
        #expect(table.first == "| id | title | setting | audience | source | competencies practised | required on the best path |")
        #expect(table.count == BundledScenarios.ids.count + 2)
        #expect(table.dropFirst(2).allSatisfy { $0.hasPrefix("| `") && $0.hasSuffix(" |") })
    }
}
