/// A data table with a caption, column headers and a header cell per row, every cell escaped.
struct HTMLTable {
    /// One cell: plain text, optionally with a class (a status badge, a number column).
    struct Cell: ExpressibleByStringLiteral {
        var text: String
        var cssClass: String?

        init(_ text: String, class cssClass: String? = nil) {
            self.text = text
            self.cssClass = cssClass
        }

        init(stringLiteral text: String) { self.init(text) }
    }

    var caption: String
    var columns: [String]
    /// The first cell of each row heads it.
    var rows: [[Cell]]

    func render() -> String {
        var out = "<table><caption>\(HTMLText.escaped(caption))</caption><thead><tr>"
        for column in columns { out += "<th scope=\"col\">\(HTMLText.escaped(column))</th>" }
        out += "</tr></thead><tbody>"
        for row in rows {
            out += "<tr>"
            for (index, cell) in row.enumerated() {
                let tag = index == 0 ? "th scope=\"row\"" : "td"
                let attribute = cell.cssClass.map { " class=\"\(HTMLText.escaped($0))\"" } ?? ""
                out += "<\(tag)\(attribute)>\(HTMLText.escaped(cell.text))</\(index == 0 ? "th" : "td")>"
            }
            out += "</tr>"
        }
        if rows.isEmpty { out += "<tr><td colspan=\"\(max(columns.count, 1))\">None in this period.</td></tr>" }
        return out + "</tbody></table>"
    }
}
