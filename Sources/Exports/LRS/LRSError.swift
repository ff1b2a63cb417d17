/// Why sending to an LRS could not start or had to stop. A statement the LRS rejects is not an
/// error: it is reported in the `SyncReport` and the rest still go.
public enum LRSError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The endpoint address cannot be used.
    case invalidEndpoint(String, reason: String)
    /// A user name basic authentication cannot carry.
    case invalidUser(String)
    /// The LRS refused the credentials (401) or the permission (403).
    case refused(status: Int, reason: String)
    /// The address answered, but not as an xAPI statements resource (404, 405).
    case notAnLRS(url: String, status: Int)
    /// The LRS answered with a redirect (3xx). It is not followed: the credentials would go to
    /// `location`, perhaps another host, and the POST's body would be lost on the way.
    case redirected(url: String, status: Int, location: String)
    /// A 2xx whose body is not the JSON array of the statement ids sent (xAPI 1.0.3 §7.2), such as
    /// a web page: nothing can be taken as stored.
    case unexpectedAnswer(url: String, status: Int, problem: String)
    /// No usable answer after every try: unreachable, timing out, failing (5xx) or still busy (429).
    case unavailable(tries: Int, lastProblem: String)

    /// True when the person running the command can fix it by changing what they typed.
    public var isInputError: Bool {
        switch self {
        case .invalidEndpoint, .invalidUser, .refused, .notAnLRS, .redirected, .unexpectedAnswer: true
        case .unavailable: false
        }
    }

    public var description: String {
        switch self {
        case .invalidEndpoint(let text, let reason):
            "cannot use '\(text)' as the LRS endpoint: \(reason)"
        case .invalidUser(let user):
            "cannot use '\(user)' as the LRS user: it must be non-empty and hold no colon"
        case .refused(let status, let reason):
            "the LRS refused the credentials (HTTP \(status)\(reason.isEmpty ? "" : ": \(reason)")): check --user and the password"
        case .notAnLRS(let url, let status):
            "\(url) answered HTTP \(status): is --lrs the xAPI endpoint (for Ralph, http://HOST:PORT/xAPI/)?"
        case .redirected(let url, let status, let location):
            "\(url) answered HTTP \(status), a redirect to \(location.isEmpty ? "nowhere (no Location header)" : RedactedURL.text(location)), "
                + "which is not followed (the credentials would go with it): give the address it redirects to as --lrs if you trust it"
        case .unexpectedAnswer(let url, let status, let problem):
            "\(url) answered HTTP \(status) but \(problem), so nothing is marked delivered: is --lrs the xAPI endpoint?"
        case .unavailable(let tries, let problem):
            "the LRS gave no usable answer in \(tries) tr\(tries == 1 ? "y" : "ies"), the last: \(problem)"
        }
    }
}
