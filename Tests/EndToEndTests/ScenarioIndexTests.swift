import Foundation
import Testing

@Suite("scenario index")
struct ScenarioIndexTests {
    @Test func theIndexInScenariosREADMEMatchesTheLibrary() throws {
        let result = try SafeDrillProcess.run(["list", "--format", "markdown"])
        #expect(result.status == 0)
        let file = try String(contentsOf: SafeDrillProcess.projectRoot.appendingPathComponent("Scenarios/README.md"), encoding: .utf8)
        #expect(file == result.stdout, "regenerate it: safedrill list --format markdown > Scenarios/README.md")
    }
}
