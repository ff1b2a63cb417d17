import Foundation
import Testing

@testable import Exports

@Suite struct NameBasedUUIDTests {
    @Test func matchesTheVersion5ExampleOfRFC9562() throws {
        let dns = try #require(UUID(uuidString: "6ba7b810-9dad-11d1-80b4-00c04fd430c8"))
        #expect(NameBasedUUID.make(namespace: dns, name: "www.example.com") == "2ed6657d-e927-568b-95e1-2665a8aea6a2")
    }

    @Test func statementIdsLiveInTheDocumentedNamespace() {
        #expect(XAPIIdentifiers.statementNamespace.uuidString.lowercased() == "6f1d5c3e-920b-4a51-8d27-c44e1a73b906")
        #expect(XAPIIdentifiers.statement(attemptID: "a", step: "initialized") != XAPIIdentifiers.statement(attemptID: "a", step: "completed"))
    }
}
