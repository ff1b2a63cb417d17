import Foundation
import Testing
import ThresholdEngine

/// A fixture file whose text marks, with `⚑`, each place a diagnostic must point. The markers are
/// removed before loading; their positions (line and column, columns in Unicode scalars as libYAML
/// counts them) are what the test expects.
struct MarkedFixture: CustomTestStringConvertible, Sendable {
    static let marker: Unicode.Scalar = "⚑"

    /// The file name, e.g. `sd042-goto-missing.yaml`; also the path diagnostics carry.
    let name: String
    /// The text with the markers removed.
    let text: String
    /// Where the markers were, in order.
    let marks: [(line: Int, column: Int)]
    /// The code named on the first line, `# expect: SD042 (...)`.
    let expectedCode: String

    var testDescription: String { name }

    init(url: URL) throws {
        name = url.lastPathComponent
        let raw = try String(contentsOf: url, encoding: .utf8)
        var clean = String.UnicodeScalarView()
        var marks: [(Int, Int)] = []
        var line = 1, column = 1
        for scalar in raw.unicodeScalars {
            if scalar == Self.marker {
                marks.append((line, column))
                continue
            }
            clean.append(scalar)
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        text = String(clean)
        self.marks = marks
        let firstLine = raw.prefix { $0 != "\n" }
        expectedCode = firstLine.split(separator: " ").dropFirst(2).first.map(String.init) ?? ""
    }

    /// The fixtures in `Fixtures/<folder>`, sorted by name.
    static func all(in folder: String) -> [MarkedFixture] {
        guard let base = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else { return [] }
        let directory = base.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().compactMap { try? MarkedFixture(url: directory.appendingPathComponent($0)) }
    }
}
