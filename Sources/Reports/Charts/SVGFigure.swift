/// The frame of every chart: an inline SVG labelled by its own `<title>` and `<desc>`, the
/// description saying in words what the chart shows, so it reads without sight of it.
struct SVGFigure {
    /// Unique in the page: the title and description are referenced by id.
    var id: String
    var title: String
    var description: String
    var width: Int
    var height: Int

    func render(_ body: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" "
            + "viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\">"
            + "<title id=\"\(id)-title\">\(HTMLText.escaped(title))</title>"
            + "<desc id=\"\(id)-desc\">\(HTMLText.escaped(description))</desc>"
            + body + "</svg>"
    }

    /// A text label; `anchor` is start, middle or end.
    static func text(_ text: String, x: Double, y: Double, anchor: String = "start", cssClass: String = "label") -> String {
        "<text x=\"\(number(x))\" y=\"\(number(y))\" text-anchor=\"\(anchor)\" class=\"\(cssClass)\">\(HTMLText.escaped(text))</text>"
    }

    /// `text` cut to what fits in `width` pixels at the charts' 12px type (about 6.5 pixels a
    /// character), ending in an ellipsis when cut. The whole text is in the chart's description
    /// and each mark's tooltip, and in the table that follows every chart.
    static func fitted(_ text: String, width: Double) -> String {
        let fits = max(Int(width / 6.5), 4)
        return text.count <= fits ? text : text.prefix(fits - 1).trimmingCharacters(in: .whitespaces) + "…"
    }

    /// Coordinates with at most one decimal: shorter files, no visible difference.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
