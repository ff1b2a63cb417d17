import Exports
import Testing

@Suite("LRS endpoint")
struct LRSEndpointTests {
    @Test("one spelling per endpoint", arguments: [
        ("http://127.0.0.1:8100/xAPI", "http://127.0.0.1:8100/xAPI/"),
        ("http://127.0.0.1:8100/xAPI/", "http://127.0.0.1:8100/xAPI/"),
        (" HTTP://LRS.Example.ORG:80/xapi ", "http://lrs.example.org/xapi/"),
        ("https://lrs.example.org:443", "https://lrs.example.org/"),
        ("https://lrs.example.org:8443/data/xAPI", "https://lrs.example.org:8443/data/xAPI/"),
    ])
    func normalised(text: String, address: String) throws {
        let endpoint = try LRSEndpoint(text)
        #expect(endpoint.address == address)
        #expect(endpoint.statements.absoluteString == address + "statements")
    }

    @Test("anything but a plain http or https address is refused", arguments: [
        "", "127.0.0.1:8100/xAPI", "ftp://127.0.0.1/xAPI/", "http:///xAPI", "http://user:pw@127.0.0.1/xAPI/",
        "http://127.0.0.1/xAPI/?limit=1", "http://127.0.0.1/xAPI/#top",
    ])
    func refused(text: String) {
        #expect(throws: LRSError.self) { try LRSEndpoint(text) }
    }

    @Test("a user basic authentication cannot carry is refused", arguments: ["", "a:b"])
    func invalidUser(user: String) {
        #expect(throws: LRSError.invalidUser(user)) { try LRSCredentials(user: user, password: "pw") }
    }

    @Test("user information is redacted wherever an address is printed", arguments: [
        ("http://trainer:s3cret@lrs.example.org/xAPI/", "http://***@lrs.example.org/xAPI/"),
        ("https://trainer@lrs.example.org", "https://***@lrs.example.org"),
        ("http://a:b@c@[bad/x", "http://***@[bad/x"),
        ("http://lrs.example.org/path@here", "http://lrs.example.org/path@here"),
        ("not a url", "not a url"),
    ])
    func redacted(text: String, printed: String) {
        #expect(RedactedURL.text(text) == printed)
    }

    @Test("plain http to another machine sends the password in the clear", arguments: [
        ("http://lrs.example.org/xAPI/", true), ("http://10.0.0.5:8100/xAPI/", true), ("https://lrs.example.org/xAPI/", false),
        ("http://127.0.0.1:8100/xAPI/", false), ("http://localhost:8100/xAPI/", false), ("http://[::1]:8100/xAPI/", false),
    ])
    func inTheClear(text: String, clear: Bool) throws {
        #expect(try LRSEndpoint(text).sendsCredentialsInTheClear == clear)
    }
}
