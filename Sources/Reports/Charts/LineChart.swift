/// Lines over time on a 0 to 100 scale, one per series, with a point per period that has a value.
struct LineChart {
    struct Series {
        var name: String
        /// Sets the colour and dash (see the report's style sheet), so lines differ in print too.
        var cssClass: String
        /// 0 to 100, one per period; nil where the period has no value (the line breaks there).
        var values: [Double?]
    }

    var id: String
    var title: String
    /// One per period, oldest first.
    var periods: [String]
    var series: [Series]

    private let left = 50.0, top = 34.0, plotHeight = 160.0, step = 70.0, bottom = 30.0

    func render() -> String {
        let width = max(left + step * Double(max(periods.count - 1, 1)) + 60, 420)
        let height = top + plotHeight + bottom
        func y(_ value: Double) -> Double { top + plotHeight * (1 - min(max(value, 0), 100) / 100) }
        func x(_ index: Int) -> Double { left + 20 + step * Double(index) }
        var body = ""
        for (index, item) in series.enumerated() {
            let legendX = left + Double(index) * 170
            body += "<line x1=\"\(SVGFigure.number(legendX))\" y1=\"12\" x2=\"\(SVGFigure.number(legendX + 24))\" y2=\"12\" class=\"line \(item.cssClass)\"/>"
            body += SVGFigure.text(item.name, x: legendX + 30, y: 16)
        }
        for mark in [0.0, 50, 100] {
            body += "<line x1=\"\(SVGFigure.number(left))\" y1=\"\(SVGFigure.number(y(mark)))\" x2=\"\(SVGFigure.number(width - 10))\" y2=\"\(SVGFigure.number(y(mark)))\" class=\"grid\"/>"
            body += SVGFigure.text(Figures.percent(mark), x: left - 6, y: y(mark) + 4, anchor: "end", cssClass: "axis")
        }
        for (index, period) in periods.enumerated() {
            body += SVGFigure.text(period, x: x(index), y: top + plotHeight + 20, anchor: "middle", cssClass: "axis")
        }
        for item in series {
            for run in runs(item.values) where run.count > 1 {
                let points = run.map { "\(SVGFigure.number(x($0.index))),\(SVGFigure.number(y($0.value)))" }
                body += "<polyline points=\"\(points.joined(separator: " "))\" class=\"line \(item.cssClass)\"/>"
            }
            for (index, value) in item.values.enumerated() where index < periods.count {
                guard let value else { continue }
                body += "<circle cx=\"\(SVGFigure.number(x(index)))\" cy=\"\(SVGFigure.number(y(value)))\" r=\"4\" class=\"point \(item.cssClass)\">"
                body += "<title>\(HTMLText.escaped("\(periods[index]), \(item.name): \(Figures.percent(value))"))</title></circle>"
            }
        }
        return SVGFigure(id: id, title: title, description: description, width: Int(width), height: Int(height)).render(body)
    }

    /// Every point in words, period by period.
    private var description: String {
        guard !periods.isEmpty else { return "No attempts in this period." }
        return periods.enumerated().map { index, period in
            period + ": " + series.compactMap { item in index < item.values.count ? "\(item.name) \(item.values[index].map(Figures.percent) ?? "none")" : nil }.joined(separator: ", ")
        }.joined(separator: "; ") + "."
    }

    /// The stretches of consecutive periods that have values, each point with its period's index.
    private func runs(_ values: [Double?]) -> [[(index: Int, value: Double)]] {
        var runs: [[(index: Int, value: Double)]] = [[]]
        for (index, value) in values.enumerated() {
            if let value { runs[runs.count - 1].append((index, value)) } else if !(runs.last?.isEmpty ?? true) { runs.append([]) }
        }
        return runs
    }
}
