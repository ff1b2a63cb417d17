import Foundation
import Records
import Testing

@Suite("API tokens in the records")
struct TokenStoreTests {
    @Test func aTokenIdentifiesItsOwnerUntilRevoked() throws {
        let store = try RecordStore.inMemory()
        let token = try store.issueToken(for: "Mo Manager", at: Date())
        #expect(token.secret.hasPrefix("sdt_"))
        #expect(token.secret.count >= 4 + 43)
        #expect(try store.tokenOwner(token.secret) == "Mo Manager")
        #expect(try store.tokenOwner(token.secret + "x") == nil)
        #expect(try store.tokenOwner("") == nil)
        let listed = try store.tokens()
        #expect(listed.map(\.id) == [token.id])
        #expect(listed.first?.revokedAt == nil)
        try store.revokeToken(id: token.id, at: Date())
        #expect(try store.tokenOwner(token.secret) == nil)
        #expect(try store.tokens().first?.revokedAt != nil)
        #expect(throws: RecordError.unknownToken("nope")) { try store.revokeToken(id: "nope", at: Date()) }
    }

    @Test func twoTokensAreNeverTheSame() throws {
        let store = try RecordStore.inMemory()
        let first = try store.issueToken(for: "A", at: Date()), second = try store.issueToken(for: "A", at: Date())
        #expect(first.secret != second.secret)
        #expect(first.id != second.id)
    }

    @Test func erasingThePersonRemovesTheirTokens() throws {
        let store = try RecordStore.inMemory()
        let token = try store.issueToken(for: "Leaver", at: Date())
        try store.erase(personName: "Leaver", at: Date())
        #expect(try store.tokenOwner(token.secret) == nil)
        #expect(try store.tokens().isEmpty)
    }
}
