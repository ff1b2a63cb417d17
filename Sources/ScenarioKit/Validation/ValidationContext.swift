import ThresholdEngine

/// What a scenario is checked against, from outside the scenario itself: the policy's fact schema,
/// the recording rubrics that exist, and the policy's decision on a set of facts.
public struct ValidationContext: Sendable {
    /// The policy's facts: scenario `facts`, `reveal` and `when` must use them.
    public var schema: FactSchema
    /// Rubric ids of `Scoring/recording.yaml`; nil skips the rubric check (`SD052`).
    public var rubrics: Set<String>?
    /// The escalations the policy makes `required` or `consult` for these facts; nil skips the check
    /// that an escalate node has something to escalate (`SD062`).
    public var escalationsNeeded: (@Sendable (Facts) -> [String])?
    /// How a record node's model answer scores on its rubric (nil for an unknown rubric); nil skips
    /// the check that every model answer scores 100% (`SD063`).
    public var markModel: (@Sendable (_ rubric: String, _ model: String) -> ModelMark?)?

    /// - Parameters:
    ///   - schema: the policy's fact schema.
    ///   - rubrics: the recording rubric ids, or nil not to check them.
    ///   - escalationsNeeded: the policy's decision, reduced to the ids that are `required` or
    ///     `consult`; nil not to check escalate nodes.
    public init(schema: FactSchema, rubrics: Set<String>? = nil, escalationsNeeded: (@Sendable (Facts) -> [String])? = nil) {
        self.schema = schema
        self.rubrics = rubrics
        self.escalationsNeeded = escalationsNeeded
    }
}
