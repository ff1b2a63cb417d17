import Records

/// One sign-off as the trainee report shows it.
public struct ReportedSignOff: Sendable {
    public var signOff: SignOff
    /// Nil once the supervisor has been erased (the signature still verifies).
    public var supervisor: String?
    /// Set when the sign-off was voided.
    public var void: Voiding?
    public var refresh: RefreshStatus.State
}
