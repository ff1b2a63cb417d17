/// A grid of scores, rows by columns, each cell coloured by its score and labelled with it.
struct HeatMap {
    struct Row {
        var label: String
        /// One per column, 0 to 100; nil where there is no score.
        var cells: [Double?]
    }

    var id: String
    var title: String
    var columns: [String]
    var rows: [Row]

    private let labelWidth = 200.0, cellWidth = 92.0, cellHeight = 26.0, headerHeight = 28.0

    func render() -> String {
        let width = labelWidth + cellWidth * Double(columns.count)
        let height = headerHeight + cellHeight * Double(max(rows.count, 1))
        var body = ""
        for (index, column) in columns.enumerated() {
            body += SVGFigure.text(column, x: labelWidth + cellWidth * (Double(index) + 0.5), y: headerHeight - 9, anchor: "middle", cssClass: "axis")
        }
        for (rowIndex, row) in rows.enumerated() {
            let y = headerHeight + cellHeight * Double(rowIndex)
            body += SVGFigure.text(SVGFigure.fitted(row.label, width: labelWidth - 12), x: labelWidth - 8, y: y + cellHeight - 8, anchor: "end")
            for (index, cell) in row.cells.enumerated() {
                let x = labelWidth + cellWidth * Double(index)
                let fill = cell.map(ScoreColour.fill) ?? "#eeeeee"
                let label = cell.map(Figures.percent) ?? "–"
                body += "<rect x=\"\(SVGFigure.number(x + 1))\" y=\"\(SVGFigure.number(y + 1))\" width=\"\(SVGFigure.number(cellWidth - 2))\" height=\"\(SVGFigure.number(cellHeight - 2))\" fill=\"\(fill)\">"
                body += "<title>\(HTMLText.escaped("\(row.label), \(columns[index]): \(cell.map(Figures.percent) ?? "no score")"))</title></rect>"
                body += SVGFigure.text(label, x: x + cellWidth / 2, y: y + cellHeight - 8, anchor: "middle", cssClass: "value")
            }
        }
        return SVGFigure(id: id, title: title, description: description, width: Int(width), height: Int(height)).render(body)
    }

    /// Every cell in words, row by row.
    private var description: String {
        guard !rows.isEmpty else { return "No scores in this period." }
        return rows.map { row in
            row.label + ": " + zip(columns, row.cells).map { "\($0) \($1.map(Figures.percent) ?? "no score")" }.joined(separator: ", ")
        }.joined(separator: "; ") + "."
    }
}
