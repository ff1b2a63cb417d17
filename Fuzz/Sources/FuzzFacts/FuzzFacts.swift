import FuzzSupport
import ThresholdEngine

/// Facts files are read against the bundled policy's facts, as `safedrill assess --facts` does.
private let schema = BundledFiles.policy().schema

/// libFuzzer's entry point: one `assess --facts` file's bytes (YAML or JSON, which is YAML), read as
/// the command reads them: decoded as UTF-8, parsed with the facts file's size limit, then checked
/// against the schema. Diagnostics are the expected outcome; only a crash, a trap, a leak or a hang
/// is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFacts(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let text = FuzzInput.text(bytes, size) else { return 0 }
    guard let document = try? YAMLDocument(text: text, path: "facts.yaml", byteLimit: FactSchema.largestFactsFile) else { return 0 }
    var diagnostics = DiagnosticList()
    _ = schema.readFacts(document.root, in: document, diagnostics: &diagnostics)
    return 0
}

/// The executable's entry point (SwiftPM links `main` to it): hands the command line to libFuzzer.
@_cdecl("FuzzFacts_main")
public func fuzzFactsMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv, fuzzFacts)
}
