import Foundation

extension YAMLDocument {
    /// The largest YAML file read (4 MiB, about eighty times the largest bundled scenario or
    /// policy): parsing grows with the file, and a 50 MB file took minutes and gigabytes.
    public static let largestFile = 4 << 20

    /// - Throws: an `SD007` diagnostic at the start of the file when `size` bytes exceed `limit`.
    static func checkSize(_ size: Int, limit: Int, path: String) throws(DiagnosticError) {
        guard size > limit else { return }
        throw DiagnosticError(Diagnostic(
            .error, "SD007", "the file is \(megabytes(size)), over the limit of \(megabytes(limit))",
            hint: "split it, or check that it is the file you meant to give",
            at: SourceLocation(file: path, line: 1, column: 1)))
    }

    /// A size as people read it: "1 MiB", "49.9 MiB", "812 KiB".
    static func megabytes(_ bytes: Int) -> String {
        if bytes < 1 << 20 { return "\((bytes + 1023) / 1024) KiB" }
        let mebibytes = Double(bytes) / Double(1 << 20)
        return mebibytes == mebibytes.rounded() ? "\(Int(mebibytes)) MiB" : String(format: "%.1f MiB", mebibytes)
    }
}
