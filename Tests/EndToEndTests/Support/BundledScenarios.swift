import Assessment
import Foundation
import Testing
import ThresholdEngine

/// The scenario library shipped in Scenarios/, and its analysis as `safedrill analyse --json` gives it.
enum BundledScenarios {
    static var ids: [String] {
        let folder = SafeDrillProcess.projectRoot.appendingPathComponent("Scenarios").path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// The bundled scenarios with the bundled policy and rubrics, loaded once.
    static func library() throws -> TrainingLibrary { try loaded.get() }

    private static let loaded = Result { () throws(DiagnosticError) in
        try TrainingLibrary.load(
            scenariosFolder: SafeDrillProcess.projectRoot.appendingPathComponent("Scenarios").path,
            policyPath: SafeDrillProcess.projectRoot.appendingPathComponent("Scoring/thresholds.yaml").path)
    }

    struct Analysis: Decodable {
        struct Step: Decodable {
            var node: String
            var input: String
        }

        var best_path: [Step]
        var worst_path: [Step]
        var best_result: String
        var worst_result: String
    }

    static func analysis(_ id: String) throws -> Analysis {
        let result = try SafeDrillProcess.run(["analyse", id, "--json"])
        return try JSONDecoder().decode(Analysis.self, from: Data(result.stdout.utf8))
    }
}
