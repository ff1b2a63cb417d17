import Foundation
import ThresholdEngine
import Yams

/// Scenario text is shown to trainees, and a control character in it (YAML's `"\e"` writes an
/// ESC) could clear their screen, move the cursor over what they read or set the window title.
/// It has no use in a scenario, so each text holding one is an `SD008` error at the character.
enum ControlCharacters {
    /// Adds an `SD008` error for the first control character of every scalar, keys included.
    static func check(_ document: YAMLDocument, diagnostics: inout DiagnosticList) {
        var pending = [document.root]
        while let node = pending.popLast() {
            switch node {
            case .scalar(let scalar):
                guard let (offset, character) = firstControl(in: scalar.string) else { continue }
                diagnostics.error(
                    "SD008", "the text holds a control character (U+\(String(format: "%04X", character.value)))",
                    hint: "remove it: it could rewrite the trainee's screen (escapes such as \\e or \\x1b in a quoted text write one)",
                    at: document.location(ofOffset: offset, in: node))
            case .mapping(let mapping):
                for (key, value) in mapping { pending += [key, value] }
            case .sequence(let sequence):
                pending += Array(sequence)
            case .alias:
                continue
            }
        }
    }

    /// The offset (in Unicode scalars) and value of the first control character but line feed and tab.
    private static func firstControl(in text: String) -> (Int, Unicode.Scalar)? {
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            switch scalar.value {
            case 0x0A, 0x09: continue
            case 0x00...0x1F, 0x7F...0x9F: return (offset, scalar)
            default: continue
            }
        }
        return nil
    }
}
