import Crypto
import Foundation
import GRDB

extension RecordStore {
    /// Endorses a key already registered: how a legacy key (registered before keys needed
    /// endorsing) becomes one that may sign. `fingerprint` is the full fingerprint or a unique
    /// prefix of 8 or more hex digits (colons ignored); `endorser` is the registration key, a
    /// manager's endorsed key, or, when the owner already holds an endorsed key, that key.
    @discardableResult
    public func endorseKey(fingerprint: String, endorsedBy endorser: Curve25519.Signing.PrivateKey, at: Date) throws -> KeyEndorsement {
        let at = StoredTime.normalised(at)
        return try writer.write { db in
            let key = try Self.signingKey(matching: fingerprint, in: db)
            guard let personID = key.personID, let owner = try Person.fetchOne(db, key: personID) else {
                throw SignOffError.keyOwnerErased
            }
            guard owner.role != .trainee else { throw KeyError.roleMismatch(name: owner.name, role: owner.role.rawValue) }
            return try Self.endorse(key, role: owner.role, by: endorser, at: at, in: db)
        }
    }

    /// Throws unless the key with this fingerprint may sign now: registered, endorsed, not
    /// replaced, and not the registration key.
    public func checkSigningAuthority(fingerprint: String) throws {
        try writer.read { db in _ = try Self.checkSigningAuthority(fingerprint: fingerprint, in: db) }
    }

    /// The endorsement that lets the key sign, or why it may not.
    @discardableResult
    static func checkSigningAuthority(fingerprint: String, in db: Database) throws -> KeyEndorsement {
        let authority = try KeyAuthority.load(db)
        if fingerprint == authority.registration?.fingerprint { throw KeyError.registrationKeyCannotSign }
        guard let key = authority.keys[fingerprint] else { throw KeyError.notRegistered(fingerprint: fingerprint) }
        let standing = authority.standing(of: fingerprint)
        if case .replaced(let successor, _) = standing { throw KeyError.replaced(fingerprint: fingerprint, successor: successor) }
        guard standing.maySign, let endorsement = authority.endorsements[fingerprint] else {
            let owner = try key.personID.flatMap { try Person.fetchOne(db, key: $0) }?.name ?? "erased"
            throw KeyError.unendorsed(fingerprint: fingerprint, owner: owner)
        }
        return endorsement
    }

    /// Signs and stores an endorsement of `key` for `role` by `endorser`, chained, inside the
    /// caller's write transaction, after checking `endorser` may make it.
    @discardableResult
    static func endorse(
        _ key: SigningKey, role: Person.Role, by endorser: Curve25519.Signing.PrivateKey, at: Date, in db: Database
    ) throws -> KeyEndorsement {
        let authority = try KeyAuthority.load(db)
        guard authority.registration != nil else { throw KeyError.noRegistrationKey }
        let endorserFingerprint = KeyFingerprint.of(endorser.publicKey.rawRepresentation)
        if let refusal = authority.refusal(endorser: endorserFingerprint, key: key.fingerprint, ownerSHA256: key.ownerSHA256, role: role) {
            throw KeyError.endorsementRefused(refusal)
        }
        var endorsement = KeyEndorsement(
            id: UUID().uuidString.lowercased(), keyFingerprint: key.fingerprint, publicKey: key.publicKey,
            ownerSHA256: key.ownerSHA256, role: role, endorserFingerprint: endorserFingerprint, endorsedAt: at, signature: Data())
        endorsement.signature = try endorser.signature(for: endorsement.signedBytes)
        try endorsement.insert(db)
        try ChainEntry.append(kind: .endorsement, recordID: endorsement.id, content: endorsement.digest, in: db)
        return endorsement
    }

    /// The registered key with this fingerprint or unique prefix (8+ hex digits, colons ignored).
    static func signingKey(matching fingerprint: String, in db: Database) throws -> SigningKey {
        let prefix = fingerprint.lowercased().filter { $0 != ":" && !$0.isWhitespace }
        if let exact = try SigningKey.fetchOne(db, key: prefix) { return exact }
        guard prefix.count >= 8, prefix.allSatisfy(\.isHexDigit) else { throw KeyError.notRegistered(fingerprint: fingerprint) }
        let matches = try SigningKey.filter(SigningKey.CodingKeys.fingerprint.like("\(prefix)%")).limit(2).fetchAll(db)
        guard matches.count < 2 else { throw KeyError.ambiguousFingerprint(fingerprint) }
        guard let match = matches.first else { throw KeyError.notRegistered(fingerprint: fingerprint) }
        return match
    }
}
