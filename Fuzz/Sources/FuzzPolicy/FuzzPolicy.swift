import FuzzSupport
import ThresholdEngine

/// libFuzzer's entry point: one policy file's bytes, decoded as `Policy.load(path:)` decodes them,
/// through `Policy(text:path:)`. A thrown `DiagnosticError` is the expected outcome; only a crash,
/// a trap, a leak or a hang is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPolicy(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let text = FuzzInput.text(bytes, size) else { return 0 }
    _ = try? Policy(text: text, path: "Scoring/fuzz.yaml")
    return 0
}

/// The executable's entry point (SwiftPM links `main` to it): hands the command line to libFuzzer.
@_cdecl("FuzzPolicy_main")
public func fuzzPolicyMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv, fuzzPolicy)
}
