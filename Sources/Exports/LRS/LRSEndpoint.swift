import Foundation

/// A learning record store's xAPI endpoint, such as `http://127.0.0.1:8100/xAPI/`.
///
/// Written with or without the trailing slash, with the host in any case and with or without the
/// scheme's default port, it is the same endpoint: `address` is the one spelling under which the
/// records remember what the store has accepted.
public struct LRSEndpoint: Sendable, Hashable, CustomStringConvertible {
    /// The normalised base address: lowercase scheme and host, no default port, ending in `/`.
    public let address: String

    /// Parses and normalises `text`.
    /// - Throws: `LRSError.invalidEndpoint` for anything but an absolute http or https address
    ///   without credentials, query or fragment; it names the address with any credentials redacted.
    public init(_ text: String) throws(LRSError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard var parts = URLComponents(string: trimmed), let scheme = parts.scheme?.lowercased(),
            ["http", "https"].contains(scheme), let host = parts.host, !host.isEmpty
        else {
            throw .invalidEndpoint(RedactedURL.text(text), reason: "give an http or https address such as http://127.0.0.1:8100/xAPI/")
        }
        guard parts.user == nil, parts.password == nil else {
            throw .invalidEndpoint(RedactedURL.text(text), reason: "leave the credentials out of the address: use --user and --password-file")
        }
        guard parts.query == nil, parts.fragment == nil else {
            throw .invalidEndpoint(RedactedURL.text(text), reason: "the endpoint takes no query or fragment")
        }
        parts.scheme = scheme
        parts.host = host.lowercased()
        if parts.port == (scheme == "http" ? 80 : 443) { parts.port = nil }
        if !parts.percentEncodedPath.hasSuffix("/") { parts.percentEncodedPath += "/" }
        guard let address = parts.string, let statements = URL(string: address + "statements") else {
            throw .invalidEndpoint(RedactedURL.text(text), reason: "it is not a valid address")
        }
        self.address = address
        self.statements = statements
        let bareHost = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        let loopback = bareHost == "localhost" || bareHost == "::1" || bareHost.hasPrefix("127.")
        sendsCredentialsInTheClear = scheme == "http" && !loopback
    }

    /// True when basic authentication would cross a network unencrypted: plain http to a host
    /// other than this machine (localhost, 127.0.0.0/8, ::1).
    public let sendsCredentialsInTheClear: Bool

    /// The statements resource: `POST` sends, `GET ?statementId=` reads one back.
    public let statements: URL

    public var description: String { address }
}
