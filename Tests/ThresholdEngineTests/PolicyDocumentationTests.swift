import Foundation
import Testing
import ThresholdEngine

/// docs/policy.md lists every fact and route of the default policy with its legal basis, and says
/// which facts are concerns (with an `absent` value): the page must not drift from the file.
@Suite("policy documentation")
struct PolicyDocumentationTests {
    static let page = (try? String(contentsOf: ProjectFiles.root.appendingPathComponent("docs/policy.md"), encoding: .utf8)) ?? ""

    /// The table row of an id: the line that starts with it in backquotes.
    static func row(_ id: String) -> String? {
        page.split(separator: "\n").first { $0.hasPrefix("| `\(id)` |") }.map(String.init)
    }

    @Test func everyFactHasARowThatSaysWhetherItIsAConcern() throws {
        let policy = try Policy.load(path: ProjectFiles.defaultPolicy)
        for fact in policy.schema.definitions {
            let row = try #require(Self.row(fact.id), "docs/policy.md has no row for the fact '\(fact.id)'")
            #expect(row.contains("| concern") == (fact.absent != nil), "\(fact.id): the row's kind disagrees with the policy's absent value")
        }
    }

    @Test func everyRouteHasARowNamingItsRules() throws {
        let policy = try Policy.load(path: ProjectFiles.defaultPolicy)
        for escalation in policy.escalations {
            let row = try #require(Self.row(escalation.id), "docs/policy.md has no row for the route '\(escalation.id)'")
            let rules = policy.rules.filter { $0.outcomes.contains { $0.escalation == escalation.id } }.map(\.id)
            for rule in rules where !row.contains(rule) && !row.contains(rule.replacingOccurrences(of: "-police-consult", with: "")) {
                Issue.record("docs/policy.md's row for '\(escalation.id)' does not name its rule '\(rule)'")
            }
        }
    }
}
