import Foundation
import GRDB

/// A prior sign-off from another provider, brought by the person as a credential, verified and
/// recorded here (`credential import`). The credential is kept exactly as received.
public struct ImportedCredential: Codable, Sendable, Hashable, Identifiable {
    /// The credential's own id (`urn:uuid:…`).
    public var id: String
    public var personID: Int64?
    /// The person as a salted hash, as the chain commits to.
    public var personSHA256: String
    /// The VC-JWT as received.
    public var credential: String
    public var packID: String
    /// The issuer's name and provider, as the credential gives them.
    public var issuer: String
    /// The `did:key` that signed it.
    public var issuerKey: String
    public var validFrom: Date
    public var validUntil: Date
    public var importedAt: Date

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case id, credential
        case issuer = "awarded_by"
        case personID = "person_id"
        case personSHA256 = "person_sha256"
        case packID = "pack_id"
        case issuerKey = "signer_did"
        case validFrom = "valid_from"
        case validUntil = "valid_until"
        case importedAt = "imported_at"
    }

    /// What the chain commits to.
    var digest: String {
        var encoding = CanonicalEncoding(kind: "imported-credential")
        encoding.field("id", id)
        encoding.field("person", personSHA256)
        encoding.field("credential-sha256", Hex.sha256(Data(credential.utf8)))
        encoding.field("pack", packID)
        encoding.field("issuer", issuer)
        encoding.field("issuer-key", issuerKey)
        encoding.field("valid-from", StoredTime.text(validFrom))
        encoding.field("valid-until", StoredTime.text(validUntil))
        encoding.field("imported-at", StoredTime.text(importedAt))
        return encoding.sha256
    }
}

extension ImportedCredential: FetchableRecord, PersistableRecord, StoredTimeRecord {
    public static let databaseTableName = "imported_credential"
}

extension RecordStore {
    /// Records a credential that `verification` found sound, for the person it names (registered
    /// as a trainee if new), chained. Refuses one that does not verify, whose salted identifier is
    /// not its display name, or that is already recorded.
    public func importCredential(_ text: String, verification: CredentialVerification, at: Date) throws -> ImportedCredential {
        guard verification.isOK, let credential = verification.credential else {
            throw CredentialError.doesNotVerify(verification.problems)
        }
        let name = credential.credentialSubject.name
        guard credential.isAbout(name) else { throw CredentialError.nameMismatch(name) }
        guard let from = StoredTime.date(from: credential.validFrom), let until = StoredTime.date(from: credential.validUntil) else {
            throw CredentialError.doesNotVerify(["its dates cannot be read"])
        }
        let at = StoredTime.normalised(at)
        return try writer.write { db in
            guard try ImportedCredential.fetchOne(db, key: credential.id) == nil else { throw CredentialError.alreadyImported(credential.id) }
            let person = try self.person(named: try requiredText(name, field: "a credential's name"), role: .trainee, at: at, in: db)
            let personID = person.id ?? db.lastInsertedRowID
            let issuer = [credential.issuer.name, credential.issuer.parentOrg?.name].compactMap { $0 }.joined(separator: ", ")
            let imported = ImportedCredential(
                id: credential.id, personID: personID,
                personSHA256: PersonSalt.identity(name: person.name, salt: try PersonSalt.salt(for: personID, in: db)),
                credential: text.trimmingCharacters(in: .whitespacesAndNewlines), packID: credential.packID, issuer: issuer,
                issuerKey: credential.issuer.id, validFrom: from, validUntil: until, importedAt: at)
            try imported.insert(db)
            try ChainEntry.append(kind: .credential, recordID: imported.id, content: imported.digest, in: db)
            return imported
        }
    }

    /// Credentials recorded by `credential import`, newest first.
    public func importedCredentials() throws -> [ImportedCredential] {
        try writer.read { db in try ImportedCredential.order(ImportedCredential.CodingKeys.importedAt.desc).fetchAll(db) }
    }
}
