import Foundation
import ThresholdEngine

/// The project's own files, found from this source file so a fuzz target runs from any folder.
public enum BundledFiles {
    /// The repository's root folder: `Fuzz/Sources/FuzzSupport/` is three folders below it.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The bundled policy, `Scoring/thresholds.yaml`: scenarios and facts files are checked against its facts.
    /// A harness that cannot read it cannot fuzz anything, so it stops with the diagnostics.
    public static func policy() -> Policy {
        let path = root.appendingPathComponent("Scoring/thresholds.yaml").path
        do {
            return try Policy.load(path: path)
        } catch {
            fatalError("cannot load the bundled policy \(path): \(error.diagnostics.sorted.map(\.description))")
        }
    }
}
