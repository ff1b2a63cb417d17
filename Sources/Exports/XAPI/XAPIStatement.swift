/// One xAPI 1.0.3 statement: "this person did this to that, with this result, in this context, then".
///
/// Encodes to exactly one statement object as the specification defines it; absent optional parts
/// are left out rather than written as `null`. Built by `XAPIExport`, checked by `XAPIValidator`.
public struct XAPIStatement: Codable, Sendable, Hashable {
    /// A lowercase UUID, derived from the attempt and the step so a second export gives the same id.
    public var id: String
    public var actor: XAPIAgent
    public var verb: XAPIVerb
    public var object: XAPIActivity
    public var result: XAPIResult?
    public var context: XAPIContext?
    /// ISO 8601 with milliseconds and a time zone: when the step happened, not when it was exported.
    public var timestamp: String

    /// A statement from its parts; nothing is checked here (see `XAPIValidator`).
    public init(
        id: String, actor: XAPIAgent, verb: XAPIVerb, object: XAPIActivity,
        result: XAPIResult? = nil, context: XAPIContext? = nil, timestamp: String
    ) {
        self.id = id
        self.actor = actor
        self.verb = verb
        self.object = object
        self.result = result
        self.context = context
        self.timestamp = timestamp
    }
}

/// A natural-language text keyed by RFC 5646 language tag, as xAPI writes every display string.
public typealias XAPILanguageMap = [String: String]
