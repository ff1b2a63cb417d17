import Crypto
import Foundation

/// How a public key is named: SHA-256 of its raw bytes in hex.
public enum KeyFingerprint {
    /// The fingerprint of a raw 32-byte Ed25519 public key.
    public static func of(_ publicKey: Data) -> String {
        Hex.sha256(publicKey)
    }
}
