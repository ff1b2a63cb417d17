import Foundation

/// The bytes libFuzzer hands a target, as the command line would read them from a file.
public enum FuzzInput {
    /// The bytes copied into `Data`, as `FileManager.contents(atPath:)` gives them.
    public static func data(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> Data {
        guard let bytes, size > 0 else { return Data() }
        return Data(bytes: bytes, count: size)
    }

    /// The bytes decoded as UTF-8 the way `String(contentsOfFile:encoding: .utf8)` does: nil for
    /// invalid UTF-8, which the loaders report as "not UTF-8 text" before any parsing.
    public static func text(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> String? {
        String(data: data(bytes, size), encoding: .utf8)
    }
}
