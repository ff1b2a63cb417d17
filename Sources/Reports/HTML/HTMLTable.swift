/// A data table with a caption, column headers and a header cell per row, every cell escaped.
struct HTMLTable {
    /// One cell: plain text, optionally with a class (a status badge, a number column) and the id
    /// of the thing it names, shown small after the text and as the cell's tooltip.
    struct Cell: ExpressibleByStringLiteral {
        var text: String
        var cssClass: String?
        var id: String?

        init(_ text: String, class cssClass: String? = nil, id: String? = nil) {
            self.text = text
            self.cssClass = cssClass
            self.id = id
        }

        init(stringLiteral text: String) { self.init(text) }

        /// A number, right-aligned.
        static func number(_ text: String) -> Cell { Cell(text, class: "num") }

        func render(tag: String) -> String {
            var attributes = cssClass.map { " class=\"\(HTMLText.escaped($0))\"" } ?? ""
            var content = HTMLText.escaped(text)
            if let id, id != text {
                attributes += " title=\"\(HTMLText.escaped(id))\""
                content += " <small class=\"id\">\(HTMLText.escaped(id))</small>"
            }
            return "<\(tag)\(attributes)>\(content)</\(tag.split(separator: " ").first ?? "td")>"
        }
    }

    var caption: String
    var columns: [String]
    /// The first cell of each row heads it.
    var rows: [[Cell]]
    /// What an empty table says.
    var empty = "None in this period."

    func render() -> String {
        var out = "<table><caption>\(HTMLText.escaped(caption))</caption><thead><tr>"
        for column in columns { out += "<th scope=\"col\">\(HTMLText.escaped(column))</th>" }
        out += "</tr></thead><tbody>"
        for row in rows {
            out += "<tr>"
            for (index, cell) in row.enumerated() {
                out += cell.render(tag: index == 0 ? "th scope=\"row\"" : "td")
            }
            out += "</tr>"
        }
        if rows.isEmpty { out += "<tr><td colspan=\"\(max(columns.count, 1))\">\(HTMLText.escaped(empty))</td></tr>" }
        return out + "</tbody></table>"
    }
}
