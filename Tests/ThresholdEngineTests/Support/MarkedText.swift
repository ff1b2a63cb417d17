import Foundation
import ThresholdEngine

/// Fixture text with `⚑` marking where diagnostics must point. The markers are removed before parsing;
/// each is recorded as the 1-based line and column (in Unicode scalars, as libYAML counts) of the
/// character that followed it.
struct MarkedText {
    static let marker: Unicode.Scalar = "⚑"

    let text: String
    let marks: [(line: Int, column: Int)]

    init(_ raw: String) {
        var text = String.UnicodeScalarView()
        var marks: [(line: Int, column: Int)] = []
        var line = 1, column = 1
        for scalar in raw.unicodeScalars {
            if scalar == Self.marker {
                marks.append((line, column))
                continue
            }
            text.append(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        self.text = String(text)
        self.marks = marks
    }

    /// Reads a fixture file; nil when it is missing.
    init?(fixture name: String) {
        guard let url = ProjectFiles.fixture(name), let raw = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        self.init(raw)
    }

    /// `line:col` of every mark, for comparing with diagnostics.
    var positions: [String] { marks.map { "\($0.line):\($0.column)" } }
}

extension Diagnostic {
    /// `line:col`, for comparing with `MarkedText.positions`.
    var position: String { "\(location.line):\(location.column)" }
}

/// The diagnostics of loading `text` as a policy; empty when it loads.
func policyDiagnostics(_ text: String, path: String = "policy.yaml") -> [Diagnostic] {
    do {
        _ = try Policy(text: text, path: path)
        return []
    } catch {
        return error.diagnostics.sorted
    }
}
