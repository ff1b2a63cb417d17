import Exports
import Foundation
import Synchronization

/// An LRS in memory, for the client's tests: it stores what it is sent, rejects the ids it is told
/// to (400, with a reason naming the first such id), already holds others (409), and serves any
/// failures it is scripted to give first, once `answering` requests have been answered normally. Every request and every pause is kept for the test to read.
final class LRSFake: LRSTransport {
    /// Something to answer instead of storing, once, in order.
    enum Failure: Sendable, Hashable {
        /// An HTTP status, optionally with a `Retry-After` header value.
        case status(Int, retryAfter: String? = nil)
        /// No answer at all, as when the connection is refused.
        case network
        /// This answer exactly, as a misconfigured server or a proxy would give it.
        case answer(LRSResponse)
    }

    struct Request: Sendable {
        var method: String
        var url: URL
        var headers: [String: String]
        /// The ids of the statements in the body, in order.
        var ids: [String]
    }

    private struct State {
        var failures: [Failure]
        var answering: Int
        var rejected: Set<String>
        var held: Set<String>
        var stored: [String] = []
        var requests: [Request] = []
        var pauses: [Duration] = []
    }

    private let state: Mutex<State>

    init(failures: [Failure] = [], after answering: Int = 0, rejecting rejected: Set<String> = [], holding held: Set<String> = []) {
        state = Mutex(State(failures: failures, answering: answering, rejected: rejected, held: held))
    }

    /// Ids stored, in the order they arrived.
    var stored: [String] { state.withLock { $0.stored } }
    var requests: [Request] { state.withLock { $0.requests } }
    /// The waits the client asked for between tries.
    var pauses: [Duration] { state.withLock { $0.pauses } }

    /// A pause that records the wait and returns at once.
    var pause: Pause { { duration in self.state.withLock { $0.pauses.append(duration) } } }

    func send(_ request: LRSRequest) throws -> LRSResponse {
        let objects = (try? JSONSerialization.jsonObject(with: request.body ?? Data())) as? [[String: Any]] ?? []
        let ids = objects.compactMap { $0["id"] as? String }
        return try state.withLock { state in
            state.requests.append(Request(method: request.method, url: request.url, headers: request.headers, ids: ids))
            if state.requests.count > state.answering, !state.failures.isEmpty {
                switch state.failures.removeFirst() {
                case .network: throw URLError(.cannotConnectToHost)
                case .answer(let response): return response
                case .status(let status, let retryAfter):
                    return LRSResponse(status: status, headers: retryAfter.map { ["Retry-After": $0] } ?? [:], body: Data(#"{"message": "busy"}"#.utf8))
                }
            }
            if let bad = ids.first(where: state.rejected.contains) {
                return LRSResponse(status: 400, body: Data(#"{"message": "statement \#(bad) has no verb id"}"#.utf8))
            }
            if let known = ids.first(where: state.held.contains) {
                return LRSResponse(status: 409, body: Data(#"{"message": "a different statement \#(known) exists"}"#.utf8))
            }
            state.stored += ids
            return LRSResponse(status: 200, body: try JSONSerialization.data(withJSONObject: ids))
        }
    }
}
