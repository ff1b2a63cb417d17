import ScenarioKit

extension RecordingRubrics {
    /// The mark of a `record` node's model answer on rubric `id`, or nil when there is no such rubric.
    public func modelMark(rubric id: String, model: String) -> ModelMark? {
        guard let rubric = self[id] else { return nil }
        let marking = RecordMarking(model, rubric: rubric)
        return ModelMark(percent: 100 * marking.fraction, missing: marking.missing.map(\.label), weakening: marking.penalties.map(\.label))
    }
}
