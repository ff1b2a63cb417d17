import Assessment
import FuzzSupport
import ThresholdEngine

/// libFuzzer's entry point: one `Scoring/recording.yaml` file's bytes, decoded as UTF-8, through
/// `RecordingRubrics.load(text:path:)`, which also compiles every pattern. A thrown
/// `DiagnosticError` is the expected outcome; only a crash, a trap, a leak or a hang is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRubric(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let text = FuzzInput.text(bytes, size) else { return 0 }
    _ = try? RecordingRubrics.load(text: text, path: "Scoring/recording.yaml")
    return 0
}

/// The executable's entry point (SwiftPM links `main` to it): hands the command line to libFuzzer.
@_cdecl("FuzzRubric_main")
public func fuzzRubricMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv, fuzzRubric)
}
