import Foundation

/// One API token as `tokens list` shows it: no secret, no hash.
public struct TokenListing: Sendable, Hashable, Codable {
    /// The token's id.
    public var id: String
    /// Whose token it is.
    public var owner: String
    /// When it was made.
    public var createdAt: Date
    /// When it was revoked; nil while it is valid.
    public var revokedAt: Date?

    enum CodingKeys: String, CodingKey {
        case id, owner
        case createdAt = "created_at"
        case revokedAt = "revoked_at"
    }
}
