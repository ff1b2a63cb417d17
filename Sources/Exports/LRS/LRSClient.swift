import Foundation

/// Talks to one LRS's statements resource: posts batches with basic authentication and the
/// xAPI version header, retrying what may succeed later and never what cannot.
public struct LRSClient: Sendable {
    /// The LRS.
    public let endpoint: LRSEndpoint
    let credentials: LRSCredentials
    let transport: any LRSTransport
    private let retry: RetryPolicy
    private let pause: Pause
    private let now: @Sendable () -> Date

    /// The xAPI version every request declares.
    public static let xAPIVersion = "1.0.3"

    /// - Parameters:
    ///   - pause: how to wait between tries; tests pass one that records the wait and returns.
    ///   - now: the clock a `Retry-After` date is measured against.
    public init(
        endpoint: LRSEndpoint, credentials: LRSCredentials, transport: any LRSTransport = URLSessionTransport(),
        retry: RetryPolicy = .standard, pause: @escaping Pause = sleepingPause, now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.endpoint = endpoint
        self.credentials = credentials
        self.transport = transport
        self.retry = retry
        self.pause = pause
        self.now = now
    }

    /// What the LRS made of one POST.
    enum Answer: Sendable, Hashable {
        /// Stored: a 2xx answering the ids sent; for xAPI, a statement it already held unchanged counts too.
        case accepted
        /// 409: the LRS already holds a statement with one of these ids.
        case conflict(reason: String)
        /// Any other 4xx but those that end the run: the content is at fault, so retrying cannot help.
        case rejected(status: Int, reason: String)
    }

    /// Posts `statements` as one JSON array, trying again after network failures, 408, 429 and
    /// 5xx with exponential back-off or the wait `Retry-After` asks for. A 2xx counts only when its
    /// body is the array of the ids sent (xAPI 1.0.3 §7.2); a redirect is never followed, since the
    /// credentials would go with it.
    /// - Throws: `LRSError.refused` (401, 403), `.notAnLRS` (404, 405), `.redirected` (3xx) and
    ///   `.unexpectedAnswer` (a 2xx without the ids) at once, since no statement can get through;
    ///   `.unavailable` when every try failed.
    func post(_ statements: some Collection<OutgoingStatement>) throws(LRSError) -> Answer {
        let request = LRSRequest(
            method: "POST", url: endpoint.statements,
            headers: [
                "Authorization": credentials.authorization,
                "X-Experience-API-Version": Self.xAPIVersion,
                "Content-Type": "application/json",
            ],
            body: OutgoingStatement.batch(statements))
        var failedTries = 0
        while true {
            let problem: String
            var requested: Duration?
            do {
                let response = try transport.send(request)
                switch response.status {
                case 200..<300:
                    try StoredStatementIDs.check(response, sent: statements.map(\.id), url: endpoint.statements)
                    return .accepted
                case 300..<400:
                    throw LRSError.redirected(
                        url: endpoint.statements.absoluteString, status: response.status, location: response.headers["location"] ?? "")
                case 401, 403:
                    throw LRSError.refused(status: response.status, reason: LRSReason.of(response))
                case 404, 405:
                    throw LRSError.notAnLRS(url: endpoint.statements.absoluteString, status: response.status)
                case 409:
                    return .conflict(reason: LRSReason.of(response))
                case 408, 429, 500...:
                    problem = "HTTP \(response.status): \(LRSReason.of(response))"
                    requested = RetryAfter.delay(in: response, now: now())
                default:
                    return .rejected(status: response.status, reason: LRSReason.of(response))
                }
            } catch let error as LRSError {
                throw error
            } catch {
                problem = error.localizedDescription
            }
            failedTries += 1
            if failedTries >= retry.tries { throw .unavailable(tries: failedTries, lastProblem: problem) }
            pause(retry.delay(afterTry: failedTries, requested: requested))
        }
    }
}
