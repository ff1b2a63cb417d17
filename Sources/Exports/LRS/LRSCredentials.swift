import Foundation

/// The user name and password an LRS knows this client by (HTTP basic authentication).
///
/// The password never appears in a description, so printing or logging the credentials is safe.
public struct LRSCredentials: Sendable, CustomStringConvertible {
    /// The user name (an LRS "key").
    public let user: String
    private let password: String

    /// - Throws: `LRSError.invalidUser` for an empty name or one holding a colon, which basic
    ///   authentication cannot carry.
    public init(user: String, password: String) throws(LRSError) {
        guard !user.isEmpty, !user.contains(":") else { throw .invalidUser(user) }
        self.user = user
        self.password = password
    }

    /// The `Authorization` header's value.
    public var authorization: String {
        "Basic " + Data("\(user):\(password)".utf8).base64EncodedString()
    }

    public var description: String { "\(user) (password withheld)" }
}
