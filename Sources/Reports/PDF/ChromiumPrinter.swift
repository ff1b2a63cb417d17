import Foundation
import Records

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Prints a report page to PDF with headless Chromium, at the A4 size its style sheet asks for.
///
/// The page holds personal data, so nothing of it is ever readable by anyone else: the HTML goes
/// to a 0600 file in a private 0700 folder, Chromium (which writes its own file with the umask)
/// prints into that folder, and the PDF is copied out through `PrivateFile` (0600 from its first
/// byte) to a temporary name beside the destination, then renamed over it, so the destination is
/// never half written. The private folder, Chromium's profile included, is deleted afterwards.
public struct ChromiumPrinter: Sendable {
    /// The browser to run.
    public var executable: String
    /// How long printing may take.
    public var timeout: TimeInterval = 120

    /// The names Chromium goes by, looked for on `PATH` in this order.
    public static let names = ["chromium", "chromium-browser", "google-chrome"]

    /// Prints with the browser at `executable`.
    public init(executable: String) { self.executable = executable }

    /// The first Chromium on `path` (a `PATH` value).
    /// - Throws: `PDFError.chromiumNotFound` when there is none.
    public static func find(path: String? = ProcessInfo.processInfo.environment["PATH"]) throws(PDFError) -> ChromiumPrinter {
        let folders = (path ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
        for name in names {
            for folder in folders {
                let candidate = (folder as NSString).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate) { return ChromiumPrinter(executable: candidate) }
            }
        }
        throw .chromiumNotFound
    }

    /// Prints `html` to a PDF at `destination`, replacing any file there.
    /// - Throws: `PDFError` when Chromium fails; `RecordError.cannotWrite` when a file cannot be written.
    public func print(html: String, to destination: String) throws {
        let folder = try Self.privateFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let page = folder + "/report.html", pdf = folder + "/report.pdf", log = folder + "/chromium.log"
        try PrivateFile.write(Data(html.utf8), to: page)
        try PrivateFile.write(Data(), to: log)
        let status = try run([
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--no-first-run",
            "--user-data-dir=\(folder)/profile", "--print-to-pdf=\(pdf)", URL(fileURLWithPath: page).absoluteString,
        ], log: log)
        guard let bytes = FileManager.default.contents(atPath: pdf), bytes.starts(with: Data("%PDF".utf8)) else {
            let said = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            let detail = said.split(separator: "\n").last { !$0.contains("dbus") && !$0.contains("bytes written") }.map(String.init) ?? ""
            throw PDFError.chromiumFailed(status: status, detail: detail)
        }
        try Self.replace(destination, with: bytes)
    }

    /// Runs Chromium with its output going to `log` (a file, not a pipe: helper processes that
    /// outlive the browser cannot hold it open) and returns its exit status.
    private func run(_ arguments: [String], log: String) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        guard let output = FileHandle(forWritingAtPath: log) else { throw RecordError.cannotWrite(path: log, reason: "cannot open it") }
        defer { try? output.close() }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = output
        do { try process.run() } catch { throw PDFError.chromiumFailed(status: -1, detail: "cannot start \(executable): \(error.localizedDescription)") }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw PDFError.timedOut(seconds: Int(timeout))
        }
        return process.terminationStatus
    }

    /// A new folder only its owner can enter (`mkdtemp` creates it 0700).
    private static func privateFolder() throws -> String {
        var template = Array((FileManager.default.temporaryDirectory.path + "/safedrill-pdf-XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.flatMap { mkdtemp($0) } }
        guard made != nil else {
            throw RecordError.cannotWrite(path: FileManager.default.temporaryDirectory.path, reason: String(cString: strerror(errno)).lowercased())
        }
        return template.withUnsafeBufferPointer { buffer in buffer.baseAddress.map { String(cString: $0) } ?? "" }
    }

    /// Writes `bytes` 0600 to a new name in `destination`'s folder, then renames it over
    /// `destination`: readers see the old file or the whole new one, never a part.
    private static func replace(_ destination: String, with bytes: Data) throws {
        let url = URL(fileURLWithPath: destination)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).part").path
        do {
            try PrivateFile.write(bytes, to: temporary)
        } catch RecordError.cannotWrite(_, let reason) {
            throw RecordError.cannotWrite(path: destination, reason: reason)
        }
        guard rename(temporary, destination) == 0 else {
            let reason = String(cString: strerror(errno)).lowercased()
            unlink(temporary)
            throw RecordError.cannotWrite(path: destination, reason: reason)
        }
    }
}
