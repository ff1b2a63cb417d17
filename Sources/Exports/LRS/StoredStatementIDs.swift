import Foundation

/// The body of an LRS's 2xx answer to a POST of statements: the JSON array of the ids it stored,
/// in the order sent (xAPI 1.0.3 §7.2, "Array of Statement id(s)"). Anything else, such as a web
/// server's HTML page or a proxy's greeting, is no proof that anything was stored.
enum StoredStatementIDs {
    /// Checks that `response` carries exactly the ids `sent`, in order (UUIDs compare ignoring case).
    /// - Throws: `LRSError.unexpectedAnswer` saying what the body was instead.
    static func check(_ response: LRSResponse, sent: [String], url: URL) throws(LRSError) {
        let problem: String
        if let ids = try? JSONDecoder().decode([String].self, from: response.body) {
            if ids.map({ $0.lowercased() }) == sent.map({ $0.lowercased() }) { return }
            problem = "with \(ids.count) statement id\(ids.count == 1 ? "" : "s") that are not the \(sent.count) sent"
        } else if response.body.isEmpty {
            problem = "with an empty body instead of the stored statements' ids"
        } else {
            problem = "with a body that is not the stored statements' ids (\(summary(of: response)))"
        }
        throw .unexpectedAnswer(url: url.absoluteString, status: response.status, problem: problem)
    }

    /// The body's type and its first words, enough to recognise a web page.
    private static func summary(of response: LRSResponse) -> String {
        let type = response.headers["content-type"].map { $0 + ": " } ?? ""
        let words = response.text.split(whereSeparator: \.isWhitespace).prefix(8).joined(separator: " ")
        return type + (words.count > 80 ? String(words.prefix(80)) + "…" : words)
    }
}
