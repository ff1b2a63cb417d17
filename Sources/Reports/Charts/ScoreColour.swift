/// A score's colour in the heat map: red at 0, amber at 50, green at 100, light enough for dark
/// text on top (the figure is always printed in the cell too, so nothing depends on colour).
enum ScoreColour {
    static func fill(_ percent: Double) -> String {
        let clamped = min(max(percent, 0), 100)
        return "hsl(\(Int((clamped * 1.2).rounded())), 70%, 78%)"
    }
}
