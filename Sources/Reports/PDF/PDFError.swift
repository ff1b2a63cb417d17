/// Why a report could not be printed to PDF; each says what to do instead.
public enum PDFError: Error, Equatable, CustomStringConvertible {
    /// No Chromium on `PATH`.
    case chromiumNotFound
    /// Chromium ran but wrote no PDF; `detail` is the end of what it printed.
    case chromiumFailed(status: Int32, detail: String)
    /// Chromium did not finish within `seconds`.
    case timedOut(seconds: Int)

    public var description: String {
        switch self {
        case .chromiumNotFound:
            "--pdf needs headless Chromium, and no chromium, chromium-browser or google-chrome is on PATH: "
                + "install it (Debian and Ubuntu: sudo apt-get install chromium), or write the report with --html and print that"
        case .chromiumFailed(let status, let detail):
            "chromium exited \(status) without writing the PDF\(detail.isEmpty ? "" : ": \(detail)"); write the report with --html instead"
        case .timedOut(let seconds):
            "chromium did not finish printing within \(seconds) s; write the report with --html instead"
        }
    }
}
