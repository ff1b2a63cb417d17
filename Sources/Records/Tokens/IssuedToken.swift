/// A token just made: the secret is shown once and never stored.
public struct IssuedToken: Sendable, Hashable {
    /// The token's id, for `tokens list` and `tokens revoke`; not a secret.
    public var id: String
    /// Whose token it is.
    public var owner: String
    /// The token a client sends as `Authorization: Bearer TOKEN`.
    public var secret: String
}
