import Foundation
import Records
import ScenarioKit

/// The CSV export: one row per attempt, the columns documented in docs/exports.md. Meant for HR
/// and spreadsheets, so text that a spreadsheet would run as a formula is defused (see `SpreadsheetText`).
public enum AttemptCSV {
    /// The header row, in order.
    public static let columns = [
        "attempt_id", "trainee", "trainee_account", "scenario_id", "scenario_sha256", "mode", "supervisor",
        "started_at", "finished_at", "status", "outcome", "percent",
    ] + WorkflowStage.allCases.map { "\($0.rawValue)_percent" } + [
        "critical_errors", "critical_error_details", "ending", "decisions", "void", "void_reason", "voided_at",
    ]

    /// The attempts as CSV text with a header row.
    public static func text(_ attempts: [ExportedAttempt]) -> String {
        var table = CSVTable(header: columns)
        for attempt in attempts { table.append(row(attempt)) }
        return table.text
    }

    static func row(_ attempt: ExportedAttempt) -> [String] {
        let who: [String] = [
            attempt.id, text(attempt.trainee.name), attempt.trainee.pseudonym ?? "", attempt.scenarioID, attempt.scenarioSHA256,
            attempt.mode.rawValue, text(attempt.supervisor?.name ?? ""),
        ]
        let outcome: [String] = [
            ExportTime.text(attempt.startedAt), attempt.finishedAt.map(ExportTime.text) ?? "",
            attempt.status.rawValue, attempt.outcome?.rawValue ?? "", number(attempt.percent),
        ]
        let stages = WorkflowStage.allCases.map { number(attempt.percent(of: $0)) }
        let critical = attempt.result?.criticalErrors ?? []
        let details: [String] = [
            attempt.result.map { String($0.criticalErrors.count) } ?? "",
            text(critical.map { "\($0.node): \($0.what)" }.joined(separator: "; ")),
            attempt.result?.ending?.rawValue ?? "",
            attempt.result.map { String($0.decisions.count) } ?? "",
        ]
        let void: [String] = [
            attempt.void == nil ? "false" : "true",
            text(attempt.void?.reason ?? ""),
            attempt.void.map { ExportTime.text($0.voidedAt) } ?? "",
        ]
        return who + outcome + stages + details + void
    }

    /// A percentage to one decimal place, empty when there is none.
    private static func number(_ value: Double?) -> String {
        guard let value else { return "" }
        return String(format: "%.1f", value)
    }

    private static func text(_ value: String) -> String { SpreadsheetText.defused(value) }
}
