import ThresholdEngine

extension ScenarioChecks {
    /// `SD063`: a record node whose model answer scores below 100% on its own rubric. The model is
    /// the best path's answer and what trainees are shown, so it must meet every element.
    mutating func checkModelAnswers() {
        guard let markModel = context.markModel else { return }
        for (index, node) in scenario.nodes.enumerated() {
            guard case .record(let task, _) = node.kind, !task.model.isEmpty, let mark = markModel(task.rubric, task.model), mark.percent < 100 else { continue }
            let gaps = mark.missing.map { "misses '\($0)'" } + mark.weakening.map { "weakened by '\($0)'" }
            diagnostics.warning(
                "SD063", "the model answer of node '\(node.id)' scores \(Int(mark.percent.rounded(.down)))% on rubric '\(task.rubric)': \(gaps.joined(separator: "; "))",
                hint: "state each missing element in a sentence of the model (not a list of words, not negated), or widen the rubric's patterns; 'safedrill analyse \(scenario.id)' shows the model's mark",
                at: source(ofNode: index).model ?? source(ofNode: index).id)
        }
    }
}
