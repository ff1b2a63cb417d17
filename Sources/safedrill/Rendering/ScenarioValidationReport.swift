import Foundation
import ThresholdEngine

/// What `validate` prints: every diagnostic in file and position order, then a summary line; or the
/// same as JSON for tools.
struct ScenarioValidationReport {
    let files: Int
    let diagnostics: DiagnosticList

    /// `path:line:col: error[SDxxx]: message` and its hint, one after another, then `N files, E errors, W warnings`.
    func text(style: Style) -> String {
        var lines = diagnostics.sorted.map { diagnostic in
            diagnostic.formatted { $0 == .error ? style.red("error") : style.amber("warning") }
        }
        lines.append(summary)
        return lines.joined(separator: "\n")
    }

    var summary: String {
        func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
        return "\(count(files, "file")), \(count(diagnostics.errors.count, "error")), \(count(diagnostics.warnings.count, "warning"))"
    }

    /// `{"files":N,"errors":[...],"warnings":[...]}`, each finding `{file,line,column,severity,code,message,hint}`.
    var json: String {
        struct Finding: Encodable {
            var file: String
            var line: Int
            var column: Int
            var severity: String
            var code: String
            var message: String
            var hint: String
        }
        struct Report: Encodable {
            var files: Int
            var errors: [Finding]
            var warnings: [Finding]
        }
        func findings(_ list: [Diagnostic]) -> [Finding] {
            list.map { Finding(file: $0.location.file, line: $0.location.line, column: $0.location.column, severity: $0.severity.rawValue, code: $0.code, message: $0.message, hint: $0.hint) }
        }
        let sorted = DiagnosticList(diagnostics.sorted)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Report(files: files, errors: findings(sorted.errors), warnings: findings(sorted.warnings)))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
