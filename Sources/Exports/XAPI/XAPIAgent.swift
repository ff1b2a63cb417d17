/// An xAPI Agent. SafeDrill identifies people only by an opaque `account`; the other inverse
/// functional identifiers exist so that statements from elsewhere can be decoded and checked.
public struct XAPIAgent: Codable, Sendable, Hashable {
    /// "Agent"; "Group" is not used by SafeDrill and is refused by the validator.
    public var objectType: String?
    /// A display name. SafeDrill never sets it: a name here would reveal who the account is.
    public var name: String?
    public var mbox: String?
    /// `mbox_sha1sum` in JSON.
    public var mboxSHA1Sum: String?
    public var openid: String?
    public var account: XAPIAccount?

    enum CodingKeys: String, CodingKey {
        case objectType, name, mbox, openid, account
        case mboxSHA1Sum = "mbox_sha1sum"
    }

    /// An agent known only by an account on `homePage`.
    public init(account: XAPIAccount) {
        objectType = "Agent"
        self.account = account
    }
}

/// An account on a system: `name` is the opaque id, `homePage` the system that issued it.
public struct XAPIAccount: Codable, Sendable, Hashable {
    public var homePage: String
    public var name: String

    public init(homePage: String, name: String) {
        self.homePage = homePage
        self.name = name
    }
}
