import Foundation
import GRDB

extension RecordStore {
    /// Registers the provider's registration key (`safedrill keys init`): its public half only,
    /// chained. Once per store: a second call throws `KeyError.registrationKeyExists`.
    @discardableResult
    public func registerProvider(publicKey: Data, at: Date) throws -> RegistrationKey {
        let at = StoredTime.normalised(at)
        return try writer.write { db in
            if let existing = try RegistrationKey.fetchOne(db) {
                throw KeyError.registrationKeyExists(fingerprint: existing.fingerprint)
            }
            let fingerprint = KeyFingerprint.of(publicKey)
            if try SigningKey.fetchOne(db, key: fingerprint) != nil {
                throw KeyError.endorsementRefused("that key is already registered as a signing key")
            }
            let key = RegistrationKey(fingerprint: fingerprint, publicKey: publicKey, createdAt: at)
            try key.insert(db)
            try ChainEntry.append(kind: .registration, recordID: key.fingerprint, content: key.digest, in: db)
            return key
        }
    }

    /// The provider's registration key, if `keys init` has been run.
    public func registrationKey() throws -> RegistrationKey? {
        try writer.read { db in try RegistrationKey.fetchOne(db) }
    }
}
