import Foundation
import GRDB

extension RecordStore {
    /// Makes an API token for `owner` (registered as a manager if new). The secret is returned once.
    public func issueToken(for owner: String, at: Date) throws -> IssuedToken {
        let name = try requiredText(owner, field: "the name of the token's owner")
        let at = StoredTime.normalised(at)
        let secret = TokenSecret.make()
        return try writer.write { db in
            let person = try self.person(named: name, role: .manager, at: at, in: db)
            let personID = person.id ?? db.lastInsertedRowID
            let token = APIToken(id: TokenSecret.makeID(), personID: personID, tokenSHA256: TokenSecret.hash(secret), createdAt: at, revokedAt: nil)
            try token.insert(db)
            return IssuedToken(id: token.id, owner: name, secret: secret)
        }
    }

    /// Every token, oldest first, with its owner's name.
    public func tokens() throws -> [TokenListing] {
        try writer.read { db in
            let tokens = try APIToken.order(APIToken.CodingKeys.createdAt, APIToken.CodingKeys.id).fetchAll(db)
            return try tokens.map { token in
                let owner = try Person.fetchOne(db, key: token.personID)?.name ?? ""
                return TokenListing(id: token.id, owner: owner, createdAt: token.createdAt, revokedAt: token.revokedAt)
            }
        }
    }

    /// Revokes the token with this id; revoking it again changes nothing.
    /// - Throws: `RecordError.unknownToken` when no token has this id.
    public func revokeToken(id: String, at: Date) throws {
        let at = StoredTime.normalised(at)
        try writer.write { db in
            guard var token = try APIToken.fetchOne(db, key: id) else { throw RecordError.unknownToken(id) }
            guard token.revokedAt == nil else { return }
            token.revokedAt = at
            try token.update(db)
        }
    }

    /// The name of the person a valid (issued, not revoked) token belongs to; nil otherwise.
    public func tokenOwner(_ secret: String) throws -> String? {
        guard secret.hasPrefix(TokenSecret.prefix) else { return nil }
        let hash = TokenSecret.hash(secret)
        return try writer.read { db in
            guard let token = try APIToken.filter(APIToken.CodingKeys.tokenSHA256 == hash).fetchOne(db), token.revokedAt == nil else {
                return nil
            }
            return try Person.fetchOne(db, key: token.personID)?.name
        }
    }
}
