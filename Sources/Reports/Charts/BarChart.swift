/// Horizontal bars, one group per row and one bar per series in each group.
struct BarChart {
    struct Series {
        var name: String
        /// Sets the colour (see the report's style sheet).
        var cssClass: String
    }

    struct Row {
        var label: String
        var values: [Double]
        /// How each value reads, such as "80% (8 of 10)".
        var valueLabels: [String]
    }

    var id: String
    var title: String
    var series: [Series]
    var rows: [Row]
    /// The value a full-length bar stands for.
    var maximum: Double

    private let labelWidth = 220.0, barSpace = 360.0, valueWidth = 130.0, barHeight = 16.0, gap = 10.0

    func render() -> String {
        let legendHeight = series.count > 1 ? 24.0 : 0
        let groupHeight = barHeight * Double(series.count) + gap
        let height = legendHeight + groupHeight * Double(max(rows.count, 1))
        var body = ""
        if series.count > 1 {
            var x = labelWidth
            for item in series {
                body += "<rect x=\"\(SVGFigure.number(x))\" y=\"4\" width=\"14\" height=\"14\" class=\"\(item.cssClass)\"/>"
                body += SVGFigure.text(item.name, x: x + 20, y: 16)
                // About 7 pixels a character at the chart's 12px type.
                x += 20 + Double(item.name.count) * 7 + 24
            }
        }
        for (rowIndex, row) in rows.enumerated() {
            let top = legendHeight + groupHeight * Double(rowIndex)
            body += SVGFigure.text(SVGFigure.fitted(row.label, width: labelWidth - 12), x: labelWidth - 8, y: top + barHeight * Double(series.count) / 2 + 5, anchor: "end")
            for (index, item) in series.enumerated() where index < row.values.count {
                let y = top + barHeight * Double(index)
                let length = maximum > 0 ? barSpace * min(max(row.values[index], 0) / maximum, 1) : 0
                let label = index < row.valueLabels.count ? row.valueLabels[index] : ""
                body += "<rect x=\"\(SVGFigure.number(labelWidth))\" y=\"\(SVGFigure.number(y + 1))\" width=\"\(SVGFigure.number(max(length, 1)))\" height=\"\(SVGFigure.number(barHeight - 2))\" class=\"\(item.cssClass)\">"
                body += "<title>\(HTMLText.escaped("\(row.label), \(item.name): \(label)"))</title></rect>"
                body += SVGFigure.text(label, x: labelWidth + max(length, 1) + 6, y: y + barHeight - 4, cssClass: "value")
            }
        }
        let width = Int(labelWidth + barSpace + valueWidth)
        return SVGFigure(id: id, title: title, description: description, width: width, height: Int(height)).render(body)
    }

    /// Every bar in words.
    private var description: String {
        guard !rows.isEmpty else { return "Nothing to show in this period." }
        return rows.map { row in
            row.label + ": " + zip(series, row.valueLabels).map { series.count > 1 ? "\($0.name) \($1)" : $1 }.joined(separator: ", ")
        }.joined(separator: "; ") + "."
    }
}
