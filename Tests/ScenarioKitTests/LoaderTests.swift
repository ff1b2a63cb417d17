import Foundation
import ScenarioKit
import Testing
import ThresholdEngine

@Suite("scenario loader")
struct LoaderTests {
    func example() throws -> LoadedScenario {
        let url = try #require(FixtureFiles.url("valid/authoring-example.yaml"))
        return ScenarioLoader(schema: TestPolicy.schema).load(contentsOf: url.path)
    }

    @Test func readsTheModelWithNodesInFileOrder() throws {
        let scenario = try #require(try example().scenario)
        #expect(scenario.id == "authoring-example")
        #expect(scenario.version == "1")
        #expect(scenario.audience == ["care-worker"])
        #expect(scenario.minutes == 15)
        #expect(scenario.facts["care_and_support_needs"] == .bool(true))
        #expect(scenario.nodes.map(\.id) == [
            "tablet-worry", "keep-messages", "write-timeline", "decide-escalation", "share-information",
            "agree-safeguards", "team-review", "ending-good", "ending-mixed", "ending-poor",
        ])
    }

    @Test func readsEachKindOfNode() throws {
        let scenario = try #require(try example().scenario)
        guard case .choices(let choices)? = scenario["tablet-worry"]?.kind else { Issue.record("not a choices node"); return }
        #expect(choices.map(\.id) == ["sit-and-ask", "take-tablet", "tell-him-no"])
        #expect(choices[1].critical?.hasPrefix("Taking a person's device") == true)
        #expect(choices[0].points == 2)
        #expect(scenario["tablet-worry"]?.reveal["distress"] == .word("low"))
        guard case .escalate(let prompt, let goto)? = scenario["decide-escalation"]?.kind else { Issue.record("not escalate"); return }
        #expect(prompt == "Who needs to know, and how soon?")
        #expect(goto == "share-information")
        guard case .disclose(let disclosure, _)? = scenario["share-information"]?.kind else { Issue.record("not disclose"); return }
        #expect(disclosure.items.map(\.needed) == [true, true, false])
        guard case .record(let task, _)? = scenario["write-timeline"]?.kind else { Issue.record("not record"); return }
        #expect(task.rubric == "timeline")
        #expect(task.model.hasSuffix("I asked him to keep the messages.\n"))
        guard case .ending(let kind, let debrief)? = scenario["ending-mixed"]?.kind else { Issue.record("not an ending"); return }
        #expect(kind == .mixed)
        #expect(!debrief.isEmpty)
        guard case .choices(let review)? = scenario["team-review"]?.kind else { return }
        #expect(review[1].when == .predicate("chose", ["agree-safeguards", "plan-with-him"]))
    }

    @Test func nodesAndChoicesKeepTheirPositions() throws {
        let scenario = try #require(try example().scenario)
        let node = try #require(scenario["keep-messages"])
        #expect(node.location.line == 53)
        #expect(node.location.column == 3)
        guard case .choices(let choices) = node.kind else { return }
        #expect(choices[0].location.line == 57)
        #expect(choices[0].location.column == 9)
    }

    @Test func theHashIsTheSHA256OfTheFileBytes() {
        // sha256 of the 20 bytes "format: safedrill/1\n", from `sha256sum`.
        let loaded = ScenarioLoader(schema: TestPolicy.schema).load(data: Data("format: safedrill/1\n".utf8), path: "x.yaml")
        #expect(loaded.scenario?.sha256 == "d384a4034bc8e74e9be2c3959696e17d9418a46d7ff7d2ec910fc2a792e17142")
    }

    @Test func everyProblemOfAFileIsReportedInOnePass() {
        let text = """
            format: safedrill/1
            id: several
            title: Several mistakes
            version: 1
            summary: Three mistakes at once.
            setting: homecare
            audience: [care-worker]
            source: test
            start: first
            nodes:
              first:
                stage: safety
                text: Something happens.
                colour: red
                choices:
                  - {id: a, text: A, points: 1, goto: second}
                  - {id: b, text: B, points: 0, feedback: B., goto: nowhere}
              second:
                ending: good
                text: Done.
                debrief: Well done.
            """
        let loaded = ScenarioValidator(TestPolicy.context).check(text: text, path: "several.yaml")
        #expect(loaded.diagnostics.errors.map(\.code).sorted() == ["SD002", "SD042", "SD048"])
        #expect(loaded.scenario != nil)
    }

    @Test func anUnreadableFileIsAnSD001() {
        let loaded = ScenarioLoader(schema: TestPolicy.schema).load(contentsOf: "/no/such/file.yaml")
        #expect(loaded.scenario == nil)
        #expect(loaded.diagnostics.items.map(\.code) == ["SD001"])
    }

    /// YAML's "\e" writes an ESC, which would reach the trainee's terminal: an SD008 error at it.
    @Test(arguments: [#"title: "Tablet \e[2Jworry""#, #"title: "Tablet \x9b2Jworry""#, #"title: "Tablet \aworry""#])
    func aControlCharacterInTextIsAnError(title: String) throws {
        let url = try #require(FixtureFiles.url("valid/authoring-example.yaml"))
        let text = try String(contentsOf: url, encoding: .utf8)
        let line = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("title:") })
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[line] = title

        let loaded = ScenarioLoader(schema: TestPolicy.schema).load(text: lines.joined(separator: "\n"), path: "authoring-example.yaml")

        let errors = loaded.diagnostics.errors.filter { $0.code == "SD008" }
        #expect(errors.map(\.location.line) == [line + 1], "\(loaded.diagnostics.errors)")
        #expect(errors.map(\.location.column) == [16])
    }
}
