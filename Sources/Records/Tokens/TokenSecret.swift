import Crypto
import Foundation

/// How tokens are made and compared: 32 random bytes, written base64url after a `sdt_` prefix (so a
/// leaked token is easy to recognise in a log or a repository), kept only as a SHA-256.
enum TokenSecret {
    static let prefix = "sdt_"

    /// A new token from the system's cryptographic random source.
    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let text = Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        return prefix + text
    }

    /// A short random id that names the token without revealing it.
    static func makeID() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<6).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }.joined()
    }

    /// The hex SHA-256 of the token's text: what the store keeps and looks tokens up by.
    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
