import Crypto
import Foundation

/// A JWS in compact serialisation (RFC 7515) signed with Ed25519 (`alg: EdDSA`, RFC 8037):
/// `base64url(header) . base64url(payload) . base64url(signature)`.
public struct CompactJWS: Sendable, Hashable {
    /// The protected header, as JSON.
    public var header: [String: String]
    /// The payload bytes (JSON for a credential).
    public var payload: Data
    /// The text that was signed: the first two parts and the dot between them.
    var signingInput: String
    var signature: Data

    /// Signs `payload` with `key`, naming `kid` in the header.
    static func sign(payload: Data, kid: String, type: String, key: Curve25519.Signing.PrivateKey) throws -> String {
        let header = try JSONSerialization.data(withJSONObject: ["alg": "EdDSA", "kid": kid, "typ": type], options: [.sortedKeys])
        let input = Base64URL.encode(header) + "." + Base64URL.encode(payload)
        return input + "." + Base64URL.encode(try key.signature(for: Data(input.utf8)))
    }

    /// Splits and decodes `text`; nil when it is not a compact JWS with a JSON header.
    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let headerBytes = Base64URL.decode(parts[0]), let payload = Base64URL.decode(parts[1]),
            let signature = Base64URL.decode(parts[2]),
            let header = (try? JSONSerialization.jsonObject(with: headerBytes)) as? [String: Any]
        else { return nil }
        self.header = header.compactMapValues { $0 as? String }
        self.payload = payload
        self.signingInput = parts[0] + "." + parts[1]
        self.signature = signature
    }

    /// True when the header says EdDSA and `publicKey` signed the first two parts.
    public func isSigned(by publicKey: Data) -> Bool {
        guard header["alg"] == "EdDSA", let key = try? Curve25519.Signing.PublicKey(rawRepresentation: publicKey) else { return false }
        return key.isValidSignature(signature, for: Data(signingInput.utf8))
    }
}
