import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `safedrill serve` started for one test on a port the system picks, on 127.0.0.1, with its own
/// records file; stopped with SIGTERM when the test lets go of it.
final class ServeProcess {
    let folder: URL
    let db: String
    let base: String
    let log: String
    private let pid: pid_t
    private var stopped = false

    init() throws {
        folder = try SafeDrillProcess.temporaryFolder()
        db = folder.appendingPathComponent("records.sqlite").path
        log = folder.appendingPathComponent("serve.log").path
        pid = try ChildProcess.spawn(
            SafeDrillProcess.executable.path,
            ["safedrill", "serve", "--port", "0", "--db", db, "--policy", SafeDrillProcess.projectRoot.appendingPathComponent("Scoring/thresholds.yaml").path],
            environment: ["NO_COLOR": "1", "TZ": "Europe/London"], output: .init(path: log, keepsErrors: true))
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            if let range = text.range(of: "listening on http://") {
                let rest = text[range.upperBound...].prefix { $0 != "\n" }
                if text[range.upperBound...].contains("\n") {
                    base = "http://" + rest
                    return
                }
            }
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid { throw Failure("serve exited before listening:\n\(text)") }
            Thread.sleep(forTimeInterval: 0.05)
        }
        kill(pid, SIGKILL)
        throw Failure("serve did not start within 60 s")
    }

    deinit { if !stopped { _ = try? stop() } }

    /// Sends SIGTERM and returns the exit status.
    @discardableResult
    func stop() throws -> Int32 {
        stopped = true
        kill(pid, SIGTERM)
        return try ChildProcess.exitStatus(of: pid)
    }

    /// Whether the process is still running.
    var isRunning: Bool {
        var status: Int32 = 0
        return waitpid(pid, &status, WNOHANG) == 0
    }

    /// What serve wrote (the access log and its notices).
    var output: String { (try? String(contentsOfFile: log, encoding: .utf8)) ?? "" }

    /// One HTTP exchange; redirects are followed.
    func send(_ method: String, _ path: String, body: Data? = nil, headers: [String: String] = [:]) async throws -> (status: Int, headers: [String: String], body: Data) {
        let url = try #require(URL(string: base + path))
        var request = URLRequest(url: url, timeoutInterval: 30)
        request.httpMethod = method
        request.httpBody = body
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = try #require(response as? HTTPURLResponse)
        var fields: [String: String] = [:]
        for (name, value) in http.allHeaderFields { fields[String(describing: name).lowercased()] = String(describing: value) }
        return (http.statusCode, fields, data)
    }

    /// POSTs facts as JSON to /v1/decisions.
    func decide(_ json: String, query: String = "", token: String? = nil) async throws -> (status: Int, headers: [String: String], body: Data) {
        var headers = ["Content-Type": "application/json"]
        if let token { headers["Authorization"] = "Bearer \(token)" }
        return try await send("POST", "/v1/decisions" + query, body: Data(json.utf8), headers: headers)
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
