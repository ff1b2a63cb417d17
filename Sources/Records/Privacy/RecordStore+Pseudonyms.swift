import Crypto
import Foundation
import GRDB

extension RecordStore {
    /// A stable, opaque id for every person in the store, by person id: what systems outside
    /// SafeDrill (an xAPI learning record store) may know a person by instead of their name.
    ///
    /// Each is an HMAC-SHA-256 keyed with the person's random salt, so it is the same on every
    /// export, reveals nothing about the name, differs from the salted hashes in the chain, and
    /// means nothing once the person is erased (the salt goes with them). A person without a salt
    /// yet gets one here, in the same transaction.
    public func pseudonyms() throws -> [Int64: String] {
        try writer.write { db in
            var pseudonyms: [Int64: String] = [:]
            for personID in try Int64.fetchAll(db, sql: "SELECT id FROM person") {
                pseudonyms[personID] = Self.pseudonym(salt: try PersonSalt.salt(for: personID, in: db))
            }
            return pseudonyms
        }
    }

    /// The pseudonym a salt gives: the first 16 bytes of HMAC-SHA-256("safedrill pseudonym"), in hex.
    static func pseudonym(salt: Data) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Data("safedrill pseudonym".utf8), using: SymmetricKey(data: salt))
        return Hex.string(code.prefix(16))
    }
}
