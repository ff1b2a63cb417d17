import Crypto
import Foundation
import GRDB

/// A credential as issued: the VC-JWT to hand over, and the credential inside it.
public struct IssuedCredential: Sendable, Hashable {
    public var jwt: String
    public var credential: OpenBadgeCredential
}

extension RecordStore {
    /// Issues sign-off `id` (or a unique prefix of 6 or more characters) as an Open Badges 3.0
    /// credential for its pack in `packs`, signed with `key`, which must be the key that signed the sign-off. Its status
    /// entry is the sign-off's place in the chain, in the list at `statusURL` (default: the
    /// store's `defaultStatusURL()`), which `statusList` publishes.
    public func issueCredential(
        signOff id: String, packs: PackCatalogue, provider: String, statusURL: String?, key: Curve25519.Signing.PrivateKey, at: Date
    ) throws -> IssuedCredential {
        try writer.read { db in
            let signOff = try Self.signOff(matching: id, in: db)
            guard let pack = packs.pack(signOff.packID) else { throw CredentialError.unknownPack(signOff.packID) }
            let fingerprint = KeyFingerprint.of(key.publicKey.rawRepresentation)
            guard fingerprint == signOff.keyFingerprint else { throw CredentialError.wrongKey(signOff: signOff.id, signedWith: signOff.keyFingerprint) }
            guard try Int.fetchOne(db, sql: "SELECT count(*) FROM void WHERE target_id = ?", arguments: [signOff.id]) == 0 else {
                throw CredentialError.voided(signOff.id)
            }
            guard let trainee = try signOff.traineeID.flatMap({ try Person.fetchOne(db, key: $0) }) else {
                throw CredentialError.traineeErased(signOff.id)
            }
            let supervisor = try signOff.supervisorID.flatMap { try Person.fetchOne(db, key: $0) }?.name ?? "a supervisor"
            let registration = try RegistrationKey.fetchOne(db)
            let index = try Int.fetchOne(db, sql: "SELECT seq FROM chain_entry WHERE kind = 'signoff' AND record_id = ?", arguments: [signOff.id]) ?? 0
            let list = statusURL ?? Self.defaultStatusURL(registration: registration)
            let salt = Hex.string(PersonSalt.randomSalt())
            let evidence = try signOff.evidence.map { item in
                let attempt = try Attempt.fetchOne(db, key: item.attemptID)
                let percent = attempt?.percent.map { " (\(Int($0.rounded()))%)" } ?? ""
                let finished = attempt?.finishedAt.map { ", finished \(StoredTime.text($0))" } ?? ""
                return OpenBadgeCredential.Evidence(
                    type: ["Evidence"], name: item.scenarioID,
                    description: "Scenario \(item.scenarioID): Competent\(percent) in assessment mode\(finished); result SHA-256 \(item.resultSHA256)")
            }
            let credential = OpenBadgeCredential(
                context: OpenBadgeCredential.contexts, id: "urn:uuid:" + signOff.id, type: OpenBadgeCredential.types, name: pack.title,
                issuer: .init(
                    id: DIDKey.of(key.publicKey.rawRepresentation), type: ["Profile"], name: supervisor,
                    parentOrg: .init(id: registration.map { DIDKey.of($0.publicKey) } ?? "urn:safedrill:provider:" + Hex.sha256(Data(provider.utf8)), type: ["Profile"], name: provider)),
                validFrom: StoredTime.text(signOff.signedAt), validUntil: StoredTime.text(signOff.refreshDue), awardedDate: StoredTime.text(signOff.signedAt),
                credentialSubject: .init(
                    type: ["AchievementSubject"], name: trainee.name,
                    identifier: [.init(type: "IdentityObject", identityHash: OpenBadgeCredential.identityHash(name: trainee.name, salt: salt), identityType: "name", hashed: true, salt: salt)],
                    achievement: .init(
                        id: OpenBadgeCredential.packPrefix + pack.id, type: ["Achievement"], achievementType: "Competency", name: pack.title,
                        description: "SafeDrill pack \(pack.id): \(pack.title).",
                        criteria: .init(narrative: "A Competent assessment-mode attempt at each of \(pack.scenarios.joined(separator: ", ")) within \(pack.validityMonths) months, confirmed by a supervisor by \(pack.methods.map(\.rawValue).joined(separator: ", ") ); refreshed every \(pack.validityMonths) months."))),
                evidence: evidence + [.init(type: ["Evidence"], name: "Sign-off", description: "Confirmed by \(supervisor) by \(signOff.method.rawValue), \(StoredTime.text(signOff.signedAt)).")],
                credentialStatus: .init(id: "\(list)#\(index)", type: "BitstringStatusListEntry", statusPurpose: "revocation", statusListIndex: String(index), statusListCredential: list),
                credentialSchema: [.init(id: OpenBadgeCredential.schema, type: "1EdTechJsonSchemaValidator2019")])
            let claims = CredentialClaims(
                vc: credential, iss: credential.issuer.id, jti: credential.id, nbf: Self.seconds(signOff.signedAt),
                iat: Self.seconds(at), exp: Self.seconds(signOff.refreshDue))
            let jwt = try CompactJWS.sign(
                payload: try CredentialJSON.encoder.encode(claims), kid: DIDKey.verificationMethod(of: key.publicKey.rawRepresentation), type: "JWT", key: key)
            return IssuedCredential(jwt: jwt, credential: credential)
        }
    }

    /// The provider's status list as a signed `BitstringStatusListCredential`: a bit set for every
    /// voided sign-off, at its place in the chain. Signed with `key`: the registration key, or
    /// an endorsed signing key (a credential's verifier accepts its issuer's or its provider's).
    public func statusList(statusURL: String?, key: Curve25519.Signing.PrivateKey, at: Date) throws -> String {
        try writer.read { db in
            let fingerprint = KeyFingerprint.of(key.publicKey.rawRepresentation)
            let registration = try RegistrationKey.fetchOne(db)
            if registration?.fingerprint != fingerprint { try Self.checkSigningAuthority(fingerprint: fingerprint, in: db) }
            let list = statusURL ?? Self.defaultStatusURL(registration: registration)
            let voided = try Int.fetchAll(db, sql: """
                SELECT c.seq FROM chain_entry c JOIN void v ON v.target_id = c.record_id WHERE c.kind = 'signoff'
                """)
            let length = try Int.fetchOne(db, sql: "SELECT max(seq) FROM chain_entry") ?? 0
            let did = DIDKey.of(key.publicKey.rawRepresentation)
            let credential = StatusListCredential(
                context: ["https://www.w3.org/ns/credentials/v2"], id: list, type: ["VerifiableCredential", "BitstringStatusListCredential"],
                issuer: did, validFrom: StoredTime.text(at),
                credentialSubject: .init(
                    id: list + "#list", type: "BitstringStatusList", statusPurpose: "revocation",
                    encodedList: try BitstringStatusList.encode(revoked: Set(voided), bits: length + 1)))
            let claims = StatusListClaims(vc: credential, iss: did, jti: list, nbf: Self.seconds(at), iat: Self.seconds(at))
            return try CompactJWS.sign(
                payload: try CredentialJSON.encoder.encode(claims), kid: DIDKey.verificationMethod(of: key.publicKey.rawRepresentation), type: "JWT", key: key)
        }
    }

    /// Where the status list is published when no `--status-url` is given: a URN naming the
    /// provider's registration key, which the list and every credential then agree on.
    static func defaultStatusURL(registration: RegistrationKey?) -> String {
        "urn:safedrill:status-list:" + (registration?.fingerprint ?? "unregistered")
    }

    /// The sign-off with this id or unique prefix of at least 6 characters.
    static func signOff(matching id: String, in db: Database) throws -> SignOff {
        let key = id.trimmingCharacters(in: .whitespaces).lowercased()
        if let exact = try SignOff.fetchOne(db, key: key) { return exact }
        guard key.count >= 6, key.allSatisfy({ $0.isHexDigit || $0 == "-" }) else { throw CredentialError.unknownSignOff(id) }
        let matches = try SignOff.filter(SignOff.CodingKeys.id.like("\(key)%")).limit(2).fetchAll(db)
        guard matches.count < 2 else { throw CredentialError.ambiguousSignOff(id) }
        guard let only = matches.first else { throw CredentialError.unknownSignOff(id) }
        return only
    }

    static func seconds(_ date: Date) -> Int { Int(date.timeIntervalSince1970.rounded(.down)) }
}

/// How credentials are written as JSON: keys sorted, slashes left alone.
enum CredentialJSON {
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
