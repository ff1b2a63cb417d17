import ThresholdEngine

extension ScenarioChecks {
    /// `SD043` start, `SD042` goto, `SD041` duplicate choice and item ids, `SD021` chose/visited
    /// naming a missing node or choice, `SD052` unknown rubric, `SD053` negative points.
    mutating func checkReferences() {
        let ids = scenario.nodes.map(\.id)
        if !scenario.start.isEmpty, graph.index(of: scenario.start) == nil {
            diagnostics.error(
                "SD043", "'start' names a node that does not exist: '\(scenario.start)'",
                hint: Suggestion.hint(for: scenario.start, in: ids, noun: "'start'"), at: sourceMap.value("start"))
        }
        for (index, node) in scenario.nodes.enumerated() {
            let source = source(ofNode: index)
            switch node.kind {
            case .choices(let choices):
                checkChoices(choices, node: index)
            case .escalate(_, let goto), .record(_, let goto):
                checkGoto(goto, at: source.goto ?? source.id)
            case .disclose(let disclosure, let goto):
                checkGoto(goto, at: source.goto ?? source.id)
                checkUnique(disclosure.items.map(\.id), at: source.items, what: "item", in: node.id)
            case .ending:
                break
            }
            if case .record(let task, _) = node.kind, let rubrics = context.rubrics, !task.rubric.isEmpty, !rubrics.contains(task.rubric) {
                diagnostics.error(
                    "SD052", "unknown recording rubric '\(task.rubric)'",
                    hint: Suggestion.hint(for: task.rubric, in: rubrics.sorted(), noun: "the rubric") + " (rubrics are defined in Scoring/recording.yaml)",
                    at: source.rubric ?? source.id)
            }
        }
    }

    private mutating func checkChoices(_ choices: [Choice], node index: Int) {
        let nodeID = scenario.nodes[index].id
        let sources = choices.indices.map { source(ofChoice: $0, node: index) }
        checkUnique(choices.map(\.id), at: sources.map(\.id), what: "choice", in: nodeID)
        for (number, choice) in choices.enumerated() {
            checkGoto(choice.goto, at: sources[number].goto)
            if choice.points < 0 {
                diagnostics.error("SD055", "choice '\(choice.id)' has negative points", hint: "score a poor choice 0 and explain it in the feedback; mark never-events with 'critical'", at: sources[number].points)
            }
            for reference in sources[number].references { checkReference(reference) }
        }
    }

    private mutating func checkGoto(_ target: String, at location: SourceLocation) {
        guard !target.isEmpty, graph.index(of: target) == nil else { return }
        diagnostics.error(
            "SD042", "'goto' names a node that does not exist: '\(target)'",
            hint: hintForNode(target) + " Node ids are the keys under 'nodes'.", at: location)
    }

    /// `chose(node, choice)` needs a choices node with that choice; `visited(node)` needs the node.
    private mutating func checkReference(_ reference: PredicateReference) {
        guard let nodeArgument = reference.arguments.first else { return }
        guard let index = graph.index(of: nodeArgument.text) else {
            diagnostics.error("SD021", "'\(reference.name)' names a node that does not exist: '\(nodeArgument.text)'", hint: hintForNode(nodeArgument.text), at: nodeArgument.location)
            return
        }
        guard reference.name == "chose", reference.arguments.count > 1 else { return }
        let choiceArgument = reference.arguments[1]
        guard case .choices(let choices) = scenario.nodes[index].kind else {
            diagnostics.error("SD021", "'chose' names node '\(nodeArgument.text)', which has no choices", hint: "use visited(\(nodeArgument.text)) to ask whether the trainee was there", at: nodeArgument.location)
            return
        }
        let ids = choices.map(\.id)
        if !ids.contains(choiceArgument.text) {
            diagnostics.error(
                "SD021", "node '\(nodeArgument.text)' has no choice '\(choiceArgument.text)'",
                hint: Suggestion.hint(for: choiceArgument.text, in: ids, noun: "the choice"), at: choiceArgument.location)
        }
    }

    /// `SD041` at every repeat of an id within one node.
    private mutating func checkUnique(_ ids: [String], at locations: [SourceLocation], what: String, in nodeID: String) {
        var seen = Set<String>()
        for (number, id) in ids.enumerated() where !id.isEmpty && !seen.insert(id).inserted {
            diagnostics.error(
                "SD041", "node '\(nodeID)' has two \(what)s with the id '\(id)'",
                hint: "give each \(what) of a node its own id; ids are what records and 'chose(...)' refer to",
                at: number < locations.count ? locations[number] : scenario.nodes.first { $0.id == nodeID }?.location ?? sourceMap.file)
        }
    }

    private func hintForNode(_ id: String) -> String {
        if let near = Suggestion.closest(to: id, in: scenario.nodes.map(\.id)) { return "did you mean '\(near)'?" }
        return "add a node '\(id)' under 'nodes', or name an existing one."
    }
}
