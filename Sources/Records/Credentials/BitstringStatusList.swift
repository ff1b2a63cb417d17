import Foundation

/// The W3C Bitstring Status List (v1.0): a GZIP-compressed bitstring, one bit per credential
/// (bit 0 the leftmost of the first byte), set when the credential is revoked, encoded as a
/// multibase base64url (`u`) string.
public enum BitstringStatusList {
    /// The smallest list the specification allows (16 KB), so a list says little about how many were issued.
    public static let minimumBits = 131_072
    /// No list a provider publishes needs more: larger claims are refused before expanding.
    static let maximumBytes = 16 * 1024 * 1024

    /// `encodedList` with the bits at `revoked` set, at least `minimumBits` long.
    static func encode(revoked: Set<Int>, bits: Int) throws -> String {
        var bytes = [UInt8](repeating: 0, count: (max(bits, minimumBits) + 7) / 8)
        for index in revoked where index >= 0 && index / 8 < bytes.count {
            bytes[index / 8] |= 0x80 >> UInt8(index % 8)
        }
        return "u" + Base64URL.encode(try Gzip.compress(Data(bytes)))
    }

    /// Whether bit `index` is set in `encodedList`.
    /// - Throws: `Gzip.Failure` or `Malformed` when the list cannot be read or is too short.
    static func isSet(_ index: Int, in encodedList: String) throws -> Bool {
        guard encodedList.hasPrefix("u"), let compressed = Base64URL.decode(encodedList.dropFirst()) else {
            throw Malformed(description: "its encodedList is not multibase base64url")
        }
        let bytes = try Gzip.decompress(compressed, limit: maximumBytes)
        guard index >= 0, index / 8 < bytes.count else { throw Malformed(description: "it has no entry \(index)") }
        return bytes[bytes.startIndex + index / 8] & (0x80 >> UInt8(index % 8)) != 0
    }

    /// Why a list could not be read.
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }
}

/// A provider's published status list, as a Verifiable Credential (`BitstringStatusListCredential`).
public struct StatusListCredential: Codable, Sendable, Hashable {
    public var context: [String]
    public var id: String
    public var type: [String]
    public var issuer: String
    public var validFrom: String
    public var credentialSubject: Subject

    /// The list itself.
    public struct Subject: Codable, Sendable, Hashable {
        public var id: String
        public var type: String
        public var statusPurpose: String
        public var encodedList: String
    }

    enum CodingKeys: String, CodingKey {
        case context = "@context"
        case id, type, issuer, validFrom, credentialSubject
    }
}

/// The JWT claims around a status list credential.
struct StatusListClaims: Codable {
    var vc: StatusListCredential
    var iss: String
    var jti: String
    var nbf: Int
    var iat: Int
}
