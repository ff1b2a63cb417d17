import CLibFuzzer

/// Starts libFuzzer on one target's input function. SwiftPM links each executable's `main` to
/// `<Target>_main`, so every fuzz target names its entry point so and calls this.
public enum FuzzDriver {
    /// The shape of `LLVMFuzzerTestOneInput`: the bytes of one input; returns 0.
    public typealias Input = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

    /// Runs libFuzzer with the command line's options; returns its exit status.
    public static func run(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ input: Input) -> CInt {
        var count = argc
        var arguments = argv
        return LLVMFuzzerRunDriver(&count, &arguments, input)
    }
}
