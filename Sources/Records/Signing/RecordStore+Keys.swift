import Crypto
import Foundation
import GRDB

extension RecordStore {
    /// Registers `publicKey` for `ownerName`, registering the owner with `role` if new, endorsed
    /// by `endorser`: the registration key, a manager's endorsed key, or (when the owner already
    /// holds an endorsed key: a rotation) that key. A person registered as a trainee cannot
    /// hold a signing key; names are compared by `Person.comparisonKey(_:)`.
    @discardableResult
    public func registerKey(
        publicKey: Data, ownerName: String, role: Person.Role, endorsedBy endorser: Curve25519.Signing.PrivateKey, at: Date
    ) throws -> SigningKey {
        let name = try requiredText(ownerName, field: "a key owner's name")
        guard role != .trainee else { throw KeyError.roleMismatch(name: name, role: role.rawValue) }
        let at = StoredTime.normalised(at)
        return try writer.write { db in
            let person = try self.person(named: name, role: role, at: at, in: db)
            guard person.role != .trainee else { throw KeyError.roleMismatch(name: person.name, role: person.role.rawValue) }
            let key = try Self.insertKey(publicKey: publicKey, owner: person, at: at, in: db)
            try Self.endorse(key, role: person.role, by: endorser, at: at, in: db)
            return key
        }
    }

    /// Stores and chains a key registration, inside the caller's write transaction. On its own
    /// (no endorsement) it is what registering a key did before keys needed endorsing.
    static func insertKey(publicKey: Data, owner: Person, at: Date, in db: Database) throws -> SigningKey {
        let personID = owner.id ?? db.lastInsertedRowID
        let salt = try PersonSalt.salt(for: personID, in: db)
        let key = SigningKey(
            fingerprint: KeyFingerprint.of(publicKey), personID: personID,
            ownerSHA256: PersonSalt.identity(name: owner.name, salt: salt), publicKey: publicKey, createdAt: at)
        try key.insert(db)
        try ChainEntry.append(kind: .key, recordID: key.fingerprint, content: key.digest, in: db)
        return key
    }

    /// Every registered key with its owner's name (nil once erased), oldest first.
    public func keys() throws -> [(key: SigningKey, owner: Person?)] {
        try writer.read { db in
            try SigningKey.order(SigningKey.CodingKeys.createdAt).fetchAll(db).map { key in
                (key, try key.personID.flatMap { try Person.fetchOne(db, key: $0) })
            }
        }
    }

    /// Each registered key's standing (endorsed, replaced, unendorsed), by fingerprint.
    public func keyStandings() throws -> [String: KeyStanding] {
        try writer.read { db in
            let authority = try KeyAuthority.load(db)
            return Dictionary(uniqueKeysWithValues: authority.keys.keys.map { ($0, authority.standing(of: $0)) })
        }
    }
}
