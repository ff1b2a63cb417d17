import Foundation

/// One HTTP request to an LRS.
public struct LRSRequest: Sendable, Hashable {
    /// `POST` or `GET`.
    public var method: String
    public var url: URL
    /// Header names as sent.
    public var headers: [String: String]
    public var body: Data?

    /// A request; `headers` are sent as given.
    public init(method: String, url: URL, headers: [String: String] = [:], body: Data? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}

/// What the LRS answered.
public struct LRSResponse: Sendable, Hashable {
    /// The HTTP status code.
    public var status: Int
    /// Header names in lowercase.
    public var headers: [String: String]
    public var body: Data

    /// A response; header names are lowercased so look-ups ignore case, as HTTP does.
    public init(status: Int, headers: [String: String] = [:], body: Data = Data()) {
        self.status = status
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        self.body = body
    }

    /// The body as text, for reasons shown to a person.
    var text: String { String(decoding: body, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) }
}

/// Carries requests to an LRS and brings back its answers. `URLSessionTransport` is the real one;
/// tests give a scripted one, so batching, retries and rejections are checked without a network.
public protocol LRSTransport: Sendable {
    /// Sends `request` and waits for the answer.
    /// - Throws: when no answer came at all (connection refused, timed out, reset): the client
    ///   treats that as a failure worth retrying.
    func send(_ request: LRSRequest) throws -> LRSResponse
}
