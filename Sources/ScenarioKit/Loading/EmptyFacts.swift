import ThresholdEngine
import Yams

extension FactSchema {
    /// Reads a `facts` or `reveal` mapping, where an empty value (`reveal:` with nothing after it) is
    /// allowed and means no facts: authors leave the key in place while drafting.
    func readFacts(allowingEmpty node: Node, in document: YAMLDocument, diagnostics: inout DiagnosticList) -> Facts {
        if let scalar = node.scalar, scalar.style == .plain, ["", "~", "null"].contains(scalar.string) { return Facts() }
        return readFacts(node, in: document, diagnostics: &diagnostics)
    }
}
