import FuzzSupport
import ScenarioKit
import ThresholdEngine

/// Scenarios are checked against the bundled policy's facts, as `safedrill validate` does.
private let loader = ScenarioLoader(schema: BundledFiles.policy().schema)

/// libFuzzer's entry point: one scenario file's bytes through `ScenarioLoader.load(data:path:)`.
/// Diagnostics are the expected outcome; only a crash, a trap, a leak or a hang is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenario(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    _ = loader.load(data: FuzzInput.data(bytes, size), path: "Scenarios/fuzz.yaml")
    return 0
}

/// The executable's entry point (SwiftPM links `main` to it): hands the command line to libFuzzer.
@_cdecl("FuzzScenario_main")
public func fuzzScenarioMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv, fuzzScenario)
}
