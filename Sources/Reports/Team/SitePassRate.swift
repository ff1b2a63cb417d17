/// How one site's attempts went, mode by mode: the team report compares sites by these.
public struct SitePassRate: Sendable, Hashable {
    public var site: String
    public var modes: ModeSplit
}
