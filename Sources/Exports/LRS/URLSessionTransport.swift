import Foundation
import Synchronization

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// HTTP through Foundation's URLSession (FoundationNetworking on Linux): an ephemeral session, so
/// no cookie, cache or credential is kept on disk.
///
/// Redirects are never followed. URLSession would resend the `Authorization` header to wherever a
/// 307 points, another host included, and on Linux it drops the body of a redirected POST, so the
/// new address would answer 200 to an empty request. The 3xx answer itself comes back instead, for
/// the client to report (see `LRSError.redirected`).
public struct URLSessionTransport: LRSTransport {
    private let session: URLSession
    private let refusal = RedirectRefusal()

    /// - Parameter timeout: seconds to wait for an answer before the request counts as failed.
    public init(timeout: TimeInterval = 30) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.urlCache = nil
        configuration.urlCredentialStorage = nil
        configuration.httpCookieStorage = nil
        session = URLSession(configuration: configuration, delegate: refusal, delegateQueue: nil)
    }

    public func send(_ request: LRSRequest) throws -> LRSResponse {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method
        urlRequest.httpBody = request.body
        for (name, value) in request.headers { urlRequest.setValue(value, forHTTPHeaderField: name) }
        // `sync` is a command-line run with nothing else to do meanwhile: wait for the answer here.
        let answer = Answer()
        let task = session.dataTask(with: urlRequest) { data, response, error in
            if let response = response as? HTTPURLResponse {
                let headers = response.allHeaderFields.reduce(into: [String: String]()) { headers, field in
                    if let name = field.key as? String { headers[name] = "\(field.value)" }
                }
                answer.finish(.success(LRSResponse(status: response.statusCode, headers: headers, body: data ?? Data())))
            } else {
                answer.finish(.failure(error ?? URLError(.badServerResponse)))
            }
        }
        // Per task as well as per session: FoundationNetworking asks the task's delegate.
        task.delegate = refusal
        task.resume()
        return try answer.wait().get()
    }

    /// Answers every redirect with "do not follow", so the 3xx itself is the response.
    private final class RedirectRefusal: NSObject, URLSessionTaskDelegate, Sendable {
        func urlSession(
            _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
            newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
        ) {
            completionHandler(nil)
        }
    }

    /// The one result of a data task, handed from URLSession's queue to the waiting caller.
    private final class Answer: Sendable {
        private let result = Mutex<Result<LRSResponse, any Error>?>(nil)
        private let done = DispatchSemaphore(value: 0)

        func finish(_ value: Result<LRSResponse, any Error>) {
            result.withLock { $0 = value }
            done.signal()
        }

        func wait() -> Result<LRSResponse, any Error> {
            done.wait()
            return result.withLock { $0 } ?? .failure(URLError(.unknown))
        }
    }
}
