import HTTPTypes
import Hummingbird
import NIOCore
import Reports

/// Server-rendered pages: text escaped for HTML, wrapped in the one page layout, sent with headers
/// that keep incident details out of caches and other sites.
enum HTML {
    /// `text` safe to place in element content and in double-quoted attributes: the reports' escaping.
    static func escape(_ text: String) -> String { HTMLText.escaped(text) }

    /// A whole page: British English, phone-width viewport, the shared style, a skip link to `main`.
    static func page(title: String, main: String) -> String {
        """
        <!doctype html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <title>\(escape(title)) – SafeDrill on call</title>
        <style>\(PageStyle.css)</style>
        </head>
        <body>
        <a class="skip" href="#main">Skip to main content</a>
        <header><p class="service">SafeDrill <span>on call</span></p></header>
        <main id="main">
        \(main)
        </main>
        <footer><p>Decided by the same threshold policy as <code>safedrill assess</code>. Nothing here is recorded.</p></footer>
        </body>
        </html>

        """
    }

    /// A page as a response. Incident details must not be cached, framed or leak in a referrer.
    static func response(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers: HTTPFields = [
            .contentType: "text/html; charset=utf-8",
            .cacheControl: "no-store",
            .contentSecurityPolicy: "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
            .xContentTypeOptions: "nosniff",
        ]
        if let referrerPolicy = HTTPField.Name("Referrer-Policy") { headers[referrerPolicy] = "no-referrer" }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }

    /// See Other: the browser follows with a GET, so reloading never resubmits an answer.
    static func redirect(to location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location, .cacheControl: "no-store"])
    }
}
