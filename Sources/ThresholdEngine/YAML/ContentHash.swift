import Crypto
import Foundation

/// The SHA-256 of a file's exact bytes, in lowercase hex: how records pin the scenario, policy and
/// rubrics an attempt was scored with.
public enum ContentHash {
    public static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    public static func sha256(_ text: String) -> String { sha256(Data(text.utf8)) }
}
