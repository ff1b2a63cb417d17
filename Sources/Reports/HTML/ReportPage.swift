/// The frame both reports share: one self-contained page (inline style, no scripts, and a content
/// security policy that forbids loading anything from outside it), whose first screen says that it
/// holds personal data about staff, what, and when it was made.
struct ReportPage {
    var title: String
    var scope: ReportScope
    /// What personal data the page holds, in a sentence.
    var contents: String

    func render(body: String) -> String {
        let period = (scope.since.map { "Attempts started on or after \(Figures.day($0))." } ?? "All attempts in the records.")
            + (scope.site.map { " Site \($0) only." } ?? "")
        return """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <title>\(HTMLText.escaped(title))</title>
            <style>
            \(ReportStyleSheet.css)
            </style>
            </head>
            <body>
            <header class="notice" role="note" aria-label="About this report">
            <h1>\(HTMLText.escaped(title))</h1>
            <p><strong>Confidential: personal data about staff.</strong> \(HTMLText.escaped(contents)) \
            Keep it as you keep the training records: share it only with people entitled to see it, and delete copies you no longer need.</p>
            <p>Made \(Figures.time(scope.madeAt)) by SafeDrill from its records. \(HTMLText.escaped(period)) \
            Voided attempts are left out of every figure.</p>
            </header>
            <main>
            \(body)
            </main>
            </body>
            </html>

            """
    }

    /// A titled section, labelled by its heading.
    static func section(_ id: String, _ heading: String, _ content: String) -> String {
        "<section id=\"\(id)\" aria-labelledby=\"\(id)-heading\"><h2 id=\"\(id)-heading\">\(HTMLText.escaped(heading))</h2>\(content)</section>"
    }
}
