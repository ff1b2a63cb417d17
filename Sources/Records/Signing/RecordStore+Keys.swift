import Foundation
import GRDB

extension RecordStore {
    /// Registers `publicKey` for `ownerName`, registering the owner with `role` if new. A person
    /// already registered as a trainee cannot hold a signing key.
    @discardableResult
    public func registerKey(publicKey: Data, ownerName: String, role: Person.Role, at: Date) throws -> SigningKey {
        let name = try requiredText(ownerName, field: "a key owner's name")
        guard role != .trainee else { throw KeyError.roleMismatch(name: name, role: role.rawValue) }
        let at = StoredTime.normalised(at)
        return try writer.write { db in
            let person = try Self.person(named: name, role: role, at: at, in: db)
            guard person.role != .trainee else { throw KeyError.roleMismatch(name: name, role: person.role.rawValue) }
            let personID = person.id ?? db.lastInsertedRowID
            let salt = try PersonSalt.salt(for: personID, in: db)
            let key = SigningKey(
                fingerprint: KeyFingerprint.of(publicKey), personID: personID,
                ownerSHA256: PersonSalt.identity(name: name, salt: salt), publicKey: publicKey, createdAt: at)
            try key.insert(db)
            try ChainEntry.append(kind: .key, recordID: key.fingerprint, content: key.digest, in: db)
            return key
        }
    }

    /// Every registered key with its owner's name (nil once erased), oldest first.
    public func keys() throws -> [(key: SigningKey, owner: Person?)] {
        try writer.read { db in
            try SigningKey.order(SigningKey.CodingKeys.createdAt).fetchAll(db).map { key in
                (key, try key.personID.flatMap { try Person.fetchOne(db, key: $0) })
            }
        }
    }
}
