/// The keys each part of a scenario file may have (format in `docs/formats.md`).
enum ScenarioKeys {
    static let format = "safedrill/1"
    static let topLevel = [
        "format", "id", "title", "version", "summary", "setting", "audience", "source", "content-warning",
        "minutes", "facts", "start", "nodes",
    ]
    /// What a node does; a node has exactly one of these.
    static let kinds = ["choices", "escalate", "disclose", "record", "ending"]
    static let node = ["stage", "text", "reveal", "prompt"] + kinds
    static let choice = ["id", "text", "points", "feedback", "goto", "critical", "when"]
    static let escalate = ["prompt"]
    static let disclose = ["recipient", "items"]
    static let item = ["id", "text", "needed"]
    static let record = ["prompt", "rubric", "model"]
}
