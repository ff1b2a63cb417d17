import Crypto
import Foundation
import GRDB

/// Each person's random salt. The chain commits to `SHA-256(salt || name)`, never to the name:
/// erasing a person deletes the salt, and what the chain holds then identifies no one.
enum PersonSalt {
    /// The person's salt, made on first use inside the caller's write transaction.
    static func salt(for personID: Int64, in db: Database) throws -> Data {
        if let salt = try Data.fetchOne(db, sql: "SELECT salt FROM person_salt WHERE person_id = ?", arguments: [personID]) {
            return salt
        }
        let salt = randomSalt()
        try db.execute(sql: "INSERT INTO person_salt (person_id, salt) VALUES (?, ?)", arguments: [personID, salt])
        return salt
    }

    /// The salt if the person has one; verification reads, it never makes salts.
    static func existingSalt(for personID: Int64, in db: Database) throws -> Data? {
        try Data.fetchOne(db, sql: "SELECT salt FROM person_salt WHERE person_id = ?", arguments: [personID])
    }

    /// The salted hash that stands for a person in the chain and in signed payloads.
    static func identity(name: String, salt: Data) -> String {
        Hex.salted(salt, "person\u{0}" + name)
    }

    /// 32 random bytes from the system's secure generator.
    static func randomSalt() -> Data {
        Data(SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) })
    }
}
