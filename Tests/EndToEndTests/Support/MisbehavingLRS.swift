import Foundation
import Testing

/// A tiny HTTP server (Python's standard library, started as a child process for one test) that
/// stands where an LRS should be and misbehaves: it answers every POST with a 307 to a second
/// server on another port (another origin), with a 200 web page, or with a 400 whose reason holds
/// terminal escape sequences. Both servers log each request
/// they get (port, method, path, whether it carried `Authorization`, body length), so a test can
/// see where the credentials and the statements went.
final class MisbehavingLRS {
    /// How the first server answers.
    enum Behaviour: String {
        /// 307 to the second server, the way a hijacked or moved endpoint would.
        case redirect
        /// 200 with an HTML page, as a web server or a captive portal would.
        case htmlPage = "html"
        /// 400 with a reason holding terminal escape sequences.
        case rejectWithEscapes = "escapes"
    }

    /// One request either server received.
    struct Request: Decodable {
        var port: Int
        var method: String
        var path: String
        var authorization: Bool
        var length: Int
    }

    /// The endpoint to give `sync --lrs`.
    let endpoint: String
    /// Where the redirect points: a server on another port, so another origin.
    let elsewhere: String
    private let folder: URL
    private let server: pid_t

    private static let script = #"""
        import http.server, json, sys, threading
        mode, folder = sys.argv[1], sys.argv[2]
        lock = threading.Lock()
        servers = []
        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args): pass
            def handle_one(self):
                length = int(self.headers.get("Content-Length") or 0)
                if length: self.rfile.read(length)
                port = self.server.server_address[1]
                with lock, open(folder + "/requests.jsonl", "a") as log:
                    log.write(json.dumps({"port": port, "method": self.command, "path": self.path,
                                          "authorization": "Authorization" in self.headers, "length": length}) + "\n")
                if mode == "escapes":
                    body = b"bad statement \x1b[2J\x1b]0;owned\x07"
                    self.send_response(400)
                    self.send_header("Content-Type", "text/plain")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                elif port == servers[0].server_address[1] and mode == "redirect":
                    self.send_response(307)
                    self.send_header("Location", "http://127.0.0.1:%d/steal" % servers[1].server_address[1])
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                else:
                    body = b"<!doctype html><html><head><title>Welcome</title></head><body>It works!</body></html>"
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
            do_POST = do_GET = do_PUT = handle_one
        for _ in range(2):
            servers.append(http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler))
        for server in servers:
            threading.Thread(target=server.serve_forever, daemon=True).start()
        with open(folder + "/ports.tmp", "w") as f:
            f.write(" ".join(str(s.server_address[1]) for s in servers))
        import os; os.rename(folder + "/ports.tmp", folder + "/ports")
        threading.Event().wait()
        """#

    /// Starts both servers and waits until they listen.
    init(_ behaviour: Behaviour) throws {
        folder = try SafeDrillProcess.temporaryFolder()
        let scriptFile = folder.appendingPathComponent("lrs.py")
        try Self.script.write(to: scriptFile, atomically: true, encoding: .utf8)
        server = try ChildProcess.spawn(
            "/usr/bin/env", ["/usr/bin/env", "python3", scriptFile.path, behaviour.rawValue, folder.path],
            output: .init(path: folder.appendingPathComponent("server.log").path, keepsErrors: true), ownProcessGroup: true)
        let portsFile = folder.appendingPathComponent("ports")
        let deadline = Date().addingTimeInterval(30)
        while !FileManager.default.fileExists(atPath: portsFile.path) {
            guard Date() < deadline else { throw POSIXError(.ETIMEDOUT) }
            Thread.sleep(forTimeInterval: 0.05)
        }
        let ports = try String(contentsOf: portsFile, encoding: .utf8).split(separator: " ")
        let first = try #require(ports.first), second = try #require(ports.last)
        endpoint = "http://127.0.0.1:\(first)/xAPI/"
        elsewhere = "http://127.0.0.1:\(second)/steal"
    }

    deinit {
        kill(-server, SIGKILL)
        var status: Int32 = 0
        waitpid(server, &status, 0)
        try? FileManager.default.removeItem(at: folder)
    }

    /// Every request received so far, in order.
    func requests() throws -> [Request] {
        let log = folder.appendingPathComponent("requests.jsonl")
        guard let text = try? String(contentsOf: log, encoding: .utf8) else { return [] }
        return try text.split(separator: "\n").map { try JSONDecoder().decode(Request.self, from: Data($0.utf8)) }
    }
}
