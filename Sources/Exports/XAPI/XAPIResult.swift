/// The outcome of a step: a score, success and completion, the response given, the time taken.
public struct XAPIResult: Codable, Sendable, Hashable {
    public var score: XAPIScore?
    public var success: Bool?
    public var completion: Bool?
    /// The trainee's answer in the form the interaction type prescribes (choice ids joined by `[,]`).
    public var response: String?
    /// ISO 8601 duration, such as `PT4M30.25S`.
    public var duration: String?

    public init(score: XAPIScore? = nil, success: Bool? = nil, completion: Bool? = nil, response: String? = nil, duration: String? = nil) {
        self.score = score
        self.success = success
        self.completion = completion
        self.response = response
        self.duration = duration
    }
}

/// A score: `scaled` in -1…1, `raw` between `min` and `max`.
public struct XAPIScore: Codable, Sendable, Hashable {
    public var scaled: Double?
    public var raw: Double?
    public var min: Double?
    public var max: Double?

    public init(scaled: Double?, raw: Double?, min: Double?, max: Double?) {
        self.scaled = scaled
        self.raw = raw
        self.min = min
        self.max = max
    }

    /// A percentage (0 to 100) as xAPI wants it: scaled 0…1, raw the percentage out of 0…100.
    static func percent(_ percent: Double) -> XAPIScore {
        let raw = (percent * 100).rounded() / 100
        return XAPIScore(scaled: raw / 100, raw: raw, min: 0, max: 100)
    }
}
