import Foundation

/// A sign-off as an Open Badges 3.0 `OpenBadgeCredential` (W3C Verifiable Credentials Data Model
/// 2.0): who issued it, who it is about, the pack, the evidence and how long it holds.
///
/// Only the fields SafeDrill writes are modelled; decoding ignores any others.
public struct OpenBadgeCredential: Codable, Sendable, Hashable {
    public static let contexts = ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]
    public static let types = ["VerifiableCredential", "OpenBadgeCredential"]
    public static let schema = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json"

    public var context: [String]
    /// `urn:uuid:` and the sign-off's id.
    public var id: String
    public var type: [String]
    public var name: String
    public var issuer: Issuer
    public var validFrom: String
    /// The sign-off's refresh date: after it the credential has expired.
    public var validUntil: String
    public var awardedDate: String?
    public var credentialSubject: Subject
    public var evidence: [Evidence]
    public var credentialStatus: StatusEntry?
    public var credentialSchema: [Schema]?

    enum CodingKeys: String, CodingKey {
        case context = "@context"
        case id, type, name, issuer, validFrom, validUntil, awardedDate, credentialSubject, evidence, credentialStatus, credentialSchema
    }

    /// The supervisor who signed, by the `did:key` of their key, within their provider.
    public struct Issuer: Codable, Sendable, Hashable {
        public var id: String
        public var type: [String]
        public var name: String
        public var parentOrg: Organisation?
    }

    /// The provider, by the `did:key` of its registration key when it has one.
    public struct Organisation: Codable, Sendable, Hashable {
        public var id: String
        public var type: [String]
        public var name: String
    }

    /// The person: a display name, and their name as a salted hash to check a name against.
    public struct Subject: Codable, Sendable, Hashable {
        public var type: [String]
        public var name: String
        public var identifier: [Identity]
        public var achievement: Achievement
    }

    /// An Open Badges `IdentityObject`: `sha256$` and the hex SHA-256 of the name followed by the salt.
    public struct Identity: Codable, Sendable, Hashable {
        public var type: String
        public var identityHash: String
        public var identityType: String
        public var hashed: Bool
        public var salt: String?
    }

    /// The pack.
    public struct Achievement: Codable, Sendable, Hashable {
        public var id: String
        public var type: [String]
        public var achievementType: String
        public var name: String
        public var description: String
        public var criteria: Criteria
    }

    /// What earning the pack takes, in words.
    public struct Criteria: Codable, Sendable, Hashable {
        public var narrative: String
    }

    /// One piece of evidence: an assessed scenario, or how the supervisor confirmed competence.
    public struct Evidence: Codable, Sendable, Hashable {
        public var type: [String]
        public var name: String
        public var description: String
    }

    /// A place in the provider's W3C Bitstring Status List of voided credentials.
    public struct StatusEntry: Codable, Sendable, Hashable {
        public var id: String
        public var type: String
        public var statusPurpose: String
        public var statusListIndex: String
        public var statusListCredential: String
    }

    /// The JSON Schema the credential follows.
    public struct Schema: Codable, Sendable, Hashable {
        public var id: String
        public var type: String
    }

    /// The pack id, from the achievement's `urn:safedrill:pack:` id.
    public var packID: String {
        credentialSubject.achievement.id.replacingOccurrences(of: Self.packPrefix, with: "")
    }

    static let packPrefix = "urn:safedrill:pack:"

    /// `sha256$…` for `name` with `salt`, as the subject's identifier holds it.
    public static func identityHash(name: String, salt: String) -> String {
        "sha256$" + Hex.sha256(Data((name + salt).utf8))
    }

    /// True when the subject's salted identifier is `name`.
    public func isAbout(_ name: String) -> Bool {
        credentialSubject.identifier.contains { $0.hashed && $0.salt.map { Self.identityHash(name: name, salt: $0) } == $0.identityHash }
    }
}

/// The JWT claims around a credential, as Open Badges 3.0 secures one with a VC-JWT: the
/// credential in `vc`, and its issuer, id and dates repeated as registered claims.
struct CredentialClaims: Codable {
    var vc: OpenBadgeCredential
    var iss: String
    var jti: String
    var nbf: Int
    var iat: Int
    var exp: Int
}
