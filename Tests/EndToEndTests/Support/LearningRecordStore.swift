import Exports
import Foundation
import Testing

/// Ralph, a real learning record store (xAPI LRS), started fresh for one test on 127.0.0.1 in a
/// temporary folder of its own (file-system backend, its own credentials file) and stopped, with
/// every process it started, when the test lets go of it, whether the test passed or not.
///
/// Ralph's file-system backend accepts one write per target: a fresh instance per test keeps that
/// from mattering, and a sync to it must send its statements in one request.
final class LearningRecordStore {
    /// The xAPI endpoint, such as `http://127.0.0.1:41234/xAPI/`.
    let endpoint: String
    let user = "safedrill-test"
    /// A file holding the password (0600), for `sync --password-file`.
    let passwordFile: String
    private let password = UUID().uuidString
    private let folder: URL
    private let server: pid_t

    /// The virtual environment `make test` installs Ralph into.
    static let virtualEnvironment = SafeDrillProcess.projectRoot.appendingPathComponent(".build/lrs-venv")

    /// Starts Ralph and waits until it answers.
    /// - Throws: `Unavailable` saying what to do when Ralph is not installed or does not start.
    init() throws {
        let ralph = Self.virtualEnvironment.appendingPathComponent("bin/ralph").path
        guard FileManager.default.isExecutableFile(atPath: ralph) else {
            throw Unavailable("Ralph is not installed in .build/lrs-venv: run `make test` (or `make lrs-venv`), which installs it from PyPI")
        }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("safedrill-lrs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let environment = [
            "RALPH_APP_DIR": folder.appendingPathComponent("app").path,
            "RALPH_AUTH_FILE": folder.appendingPathComponent("app/auth.json").path,
            "RALPH_RUNSERVER_BACKEND": "fs",
        ]
        let log = folder.appendingPathComponent("ralph.log").path
        let credentials = try Self.spawn(
            ralph, ["auth", "-u", user, "-p", password, "-s", "all", "-M", "mailto:\(user)@example.org", "-w"],
            environment: environment, in: folder, log: log)
        guard try ChildProcess.exitStatus(of: credentials) == 0 else { throw Unavailable("`ralph auth` failed:\n\(Self.tail(of: log))") }
        passwordFile = folder.appendingPathComponent("password").path
        guard FileManager.default.createFile(atPath: passwordFile, contents: Data(password.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw Unavailable("cannot write \(passwordFile)")
        }
        let port = try Self.freePort()
        endpoint = "http://127.0.0.1:\(port)/xAPI/"
        // Run from the temporary folder: Ralph's development server watches its working folder for changes.
        server = try Self.spawn(
            ralph, ["runserver", "-b", "fs", "-h", "127.0.0.1", "-p", "\(port)",
                    "--fs-default-directory-path", folder.appendingPathComponent("data").path],
            environment: environment, in: folder, log: log)
        try waitUntilAnswering(port: port, log: log)
    }

    deinit {
        // The server runs in its own process group: the reloader and the worker it forks go together.
        kill(-server, SIGTERM)
        var status: Int32 = 0
        for _ in 0..<50 {
            if waitpid(server, &status, WNOHANG) != 0 { break }
            Thread.sleep(forTimeInterval: 0.1)
        }
        kill(-server, SIGKILL)
        waitpid(server, &status, WNOHANG)
        try? FileManager.default.removeItem(at: folder)
    }

    /// The client a test can send hand-made statements with.
    func client() throws -> LRSClient {
        LRSClient(
            endpoint: try LRSEndpoint(endpoint), credentials: try LRSCredentials(user: user, password: password),
            retry: RetryPolicy(tries: 1, firstDelay: .zero, longestDelay: .zero))
    }

    /// The statement Ralph holds with this id, as JSON, or nil when it holds none.
    func statement(id: String) throws -> [String: Any]? {
        let url = try #require(URL(string: endpoint + "statements?statementId=\(id)"))
        let response = try URLSessionTransport().send(LRSRequest(method: "GET", url: url, headers: [
            "Authorization": try LRSCredentials(user: user, password: password).authorization,
            "X-Experience-API-Version": LRSClient.xAPIVersion,
        ]))
        guard response.status == 200 else { return nil }
        let body = try #require(try JSONSerialization.jsonObject(with: response.body) as? [String: Any])
        // Ralph answers a single-statement query with a statement result ({"statements": [...]}),
        // where the specification has the statement itself.
        if let statements = body["statements"] as? [[String: Any]] { return statements.first }
        return body
    }

    /// What went wrong starting Ralph, with what to do about it.
    struct Unavailable: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    private func waitUntilAnswering(port: Int, log: String) throws {
        let heartbeat = try #require(URL(string: "http://127.0.0.1:\(port)/__heartbeat__"))
        let transport = URLSessionTransport(timeout: 2)
        // Generous: its development server starts a file watcher and a worker, slow on 2 busy cores.
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            if let response = try? transport.send(LRSRequest(method: "GET", url: heartbeat)), response.status == 200 { return }
            var status: Int32 = 0
            if waitpid(server, &status, WNOHANG) == server { throw Unavailable("Ralph exited before answering:\n\(Self.tail(of: log))") }
            Thread.sleep(forTimeInterval: 0.2)
        }
        throw Unavailable("Ralph did not answer within 120 s:\n\(Self.tail(of: log))")
    }

    /// Starts `executable` in `folder` in a new process group, output appended to `log`, input from /dev/null.
    private static func spawn(_ executable: String, _ arguments: [String], environment: [String: String], in folder: URL, log: String) throws -> pid_t {
        // The shell moves to `folder` and becomes the program (posix_spawn_file_actions_addchdir_np
        // is not visible from Swift's Glibc module).
        try ChildProcess.spawn(
            "/bin/sh", ["/bin/sh", "-c", #"cd "$0" && exec "$@""#, folder.path, executable] + arguments,
            environment: environment, output: .init(path: log, append: true, keepsErrors: true), ownProcessGroup: true)
    }

    /// A port nothing listens on now: bind to port 0, read the port the kernel chose, let it go.
    private static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw POSIXError(.EMFILE) }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(socket, generic, length) == 0 && getsockname(socket, generic, &length) == 0
            }
        }
        guard bound else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EADDRINUSE) }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    private static func tail(of log: String) -> String {
        let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").suffix(15).joined(separator: "\n")
    }
}
