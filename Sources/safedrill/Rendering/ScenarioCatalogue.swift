import Foundation
import ScenarioKit

/// The scenario list in its three forms: an aligned table for the terminal, JSON for tools
/// (DESIGN.md §4), and a Markdown table a supervisor can keep as an index.
enum ScenarioCatalogue {
    static func json(_ summaries: [ScenarioSummary]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(summaries)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }

    static func table(_ summaries: [ScenarioSummary]) -> String {
        let header = ["id", "title", "setting", "audience", "stages", "decisions", "endings", "minutes"]
        let rows = summaries.map { summary in
            [summary.id, summary.title, summary.setting, summary.audience.joined(separator: ", "), stageNumbers(summary.stages),
             String(summary.decisionNodes), String(summary.endings), String(summary.minutes)]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        let numeric: Set<Int> = [5, 6, 7]
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return numeric.contains(column) ? padding + cell : cell + padding
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        return ([line(header)] + rows.map(line)).joined(separator: "\n")
    }

    /// Id, title, setting, audience, stages and source: what a supervisor needs to choose a scenario.
    static func markdown(_ summaries: [ScenarioSummary]) -> String {
        func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
        var lines = ["| id | title | setting | audience | stages | source |", "|---|---|---|---|---|---|"]
        for summary in summaries {
            let stages = summary.stages.map(\.rawValue).joined(separator: ", ")
            lines.append("| `\(summary.id)` | \(cell(summary.title)) | \(summary.setting) | \(summary.audience.joined(separator: ", ")) | \(stages) | \(cell(summary.source)) |")
        }
        return lines.joined(separator: "\n")
    }

    /// Stage numbers with runs shortened: `1-6`, `1-3,5`.
    static func stageNumbers(_ stages: [WorkflowStage]) -> String {
        var parts: [String] = []
        var run: [Int] = []
        func flush() {
            guard let first = run.first, let last = run.last else { return }
            parts.append(run.count > 2 ? "\(first)-\(last)" : run.map(String.init).joined(separator: ","))
            run = []
        }
        for number in stages.map(\.number).sorted() {
            if let last = run.last, number != last + 1 { flush() }
            run.append(number)
        }
        flush()
        return parts.joined(separator: ",")
    }
}
