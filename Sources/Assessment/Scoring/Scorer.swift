import Foundation
import ScenarioKit
import ThresholdEngine

/// Marks attempts: each decision against the scenario's points, the threshold engine, the minimum
/// necessary or the recording rubric; then stages and the outcome per the workflow's pass rules.
public struct Scorer: Sendable {
    public let policy: Policy
    public let workflow: Workflow
    public let rubrics: RecordingRubrics

    public init(policy: Policy, workflow: Workflow, rubrics: RecordingRubrics) {
        self.policy = policy
        self.workflow = workflow
        self.rubrics = rubrics
    }

    /// Marks one answered step; the critical errors it commits come with it. For a free-text
    /// answer, `moderated` gives the assessor's judgement of elements by id (see `RecordMarking`).
    public func mark(
        _ step: Session.Step, in scenario: Scenario, override: ScoreOverride? = nil, moderated: [String: Bool] = [:]
    ) -> (DecisionResult, [CriticalError]) {
        mark(step, in: scenario, override: override, moderated: moderated, engine: engineJudgement(facts:))
    }

    /// Marks one step, reading the engine through `engine` (what it says on some facts, before
    /// anything is chosen), so that a whole attempt reads it once per distinct set of facts.
    private func mark(
        _ step: Session.Step, in scenario: Scenario, override: ScoreOverride?, moderated: [String: Bool],
        engine: (Facts) -> EscalationJudgement
    ) -> (DecisionResult, [CriticalError]) {
        guard let node = scenario[step.node], let stage = node.stage else {
            return (DecisionResult(node: step.node, stage: .safety, kind: step.answer.kind, answer: step.answer.input, fraction: 0, feedback: []), [])
        }
        var result = DecisionResult(node: node.id, stage: stage, kind: node.kind.name, answer: step.answer.input, fraction: 0, feedback: [])
        var critical: [CriticalError] = []
        switch (node.kind, step.answer) {
        case (.choices(let choices), .choice(let id)):
            guard let choice = choices.first(where: { $0.id == id }) else { break }
            let best = choices.map(\.points).max() ?? 0
            result.answer = choice.text
            result.fraction = best > 0 ? max(0, choice.points) / best : 1
            result.feedback = [choice.feedback]
            if let why = choice.critical { critical.append(CriticalError(node: node.id, what: choice.text, why: why)) }
        case (.escalate, .escalate(let chosen)):
            let judgement = judgement(chosen, on: engine(step.facts))
            result.escalation = judgement
            result.answer = chosen.isEmpty ? "no escalation" : policy.escalations.filter { chosen.contains($0.id) }.map(\.label).joined(separator: "; ")
            result.fraction = Self.overlap(hits: judgement.required.filter(chosen.contains).count, expected: judgement.required.count, extra: judgement.overUsed.count)
            result.feedback = escalationFeedback(judgement)
            for id in judgement.missed where workflow.criticalEscalations.contains(id) {
                critical.append(CriticalError(node: node.id, what: "did not escalate: \(label(of: id))", why: "the threshold policy requires it for the facts known at this point"))
            }
        case (.disclose(let disclosure, _), .disclose(let shared)):
            let needed = disclosure.items.filter(\.needed)
            let judgement = DisclosureJudgement(
                recipient: disclosure.recipient,
                shared: disclosure.items.filter { shared.contains($0.id) }.map(\.text),
                withheld: needed.filter { !shared.contains($0.id) }.map(\.text),
                overshared: disclosure.items.filter { !$0.needed && shared.contains($0.id) }.map(\.text))
            result.disclosure = judgement
            result.answer = judgement.shared.isEmpty ? "nothing shared" : judgement.shared.joined(separator: "; ")
            result.fraction = Self.overlap(hits: needed.count - judgement.withheld.count, expected: needed.count, extra: judgement.overshared.count)
            result.feedback = disclosureFeedback(judgement)
        case (.record(let task, _), .record(let text)):
            guard let rubric = rubrics[task.rubric] else { break }
            let marking = RecordMarking(text, rubric: rubric, moderated: moderated)
            result.record = RecordJudgement(
                rubric: rubric.id, present: marking.present.map(\.label), missing: marking.missing.map(\.label),
                weakening: marking.penalties.map { "\($0.label) (\"\($0.evidence ?? "")\")" }, model: task.model,
                evidence: Dictionary(marking.present.compactMap { finding in finding.span.map { (finding.id, $0) } }, uniquingKeysWith: { first, _ in first }),
                moderated: moderated.isEmpty ? nil : moderated)
            result.fraction = marking.fraction
            result.feedback = recordFeedback(marking)
        default:
            break
        }
        if let override {
            result.override = override
            result.fraction = min(100, max(0, override.percent)) / 100
        }
        return (result, critical)
    }

    /// Marks a whole attempt. `ending` is the kind of ending reached, nil while unfinished;
    /// `overrides` are supervisors' marks by node, `moderated` assessors' element judgements by node.
    public func mark(
        _ scenario: Scenario, steps: [Session.Step], ending: EndingKind?, overrides: [String: ScoreOverride] = [:],
        moderated: [String: [String: Bool]] = [:]
    ) -> AttemptResult {
        var decisions: [DecisionResult] = []
        var critical: [CriticalError] = []
        var marked = Set<String>()
        // The engine is read once per distinct set of facts: most steps of an attempt share them.
        var readings: [Facts: EscalationJudgement] = [:]
        let engine = { (facts: Facts) -> EscalationJudgement in
            if let known = readings[facts] { return known }
            let reading = engineJudgement(facts: facts)
            readings[facts] = reading
            return reading
        }
        // A loop back to a node is a second look, not a second decision: each node's first answer counts.
        for step in steps where marked.insert(step.node).inserted {
            let (decision, errors) = mark(step, in: scenario, override: overrides[step.node], moderated: moderated[step.node] ?? [:], engine: engine)
            decisions.append(decision)
            critical.append(contentsOf: errors)
        }
        if let ending, let last = steps.last, !steps.contains(where: { if case .escalate = $0.answer { true } else { false } }) {
            let required = requiredEscalations(facts: last.facts)
            if !required.isEmpty {
                critical.append(CriticalError(
                    node: last.node, what: "reached the \(ending.rawValue) ending without any escalation decision",
                    why: "the threshold policy requires \(required.map(label(of:)).joined(separator: ", ")) on what was known"))
            }
        }
        let exercised = Set(scenario.nodes.compactMap { $0.isDecision ? $0.stage : nil })
        let stages = workflow.stages.map { stage in
            let marks = decisions.filter { $0.stage == stage.id }.map(\.fraction)
            return StageScore(
                stage: stage.id, title: stage.title,
                percent: marks.isEmpty ? nil : 100 * marks.reduce(0, +) / Double(marks.count),
                decisions: marks.count, floor: stage.floor)
        }
        let weights = decisionWeights(for: scenario)
        let totalWeight = decisions.reduce(0) { $0 + (weights[$1.stage] ?? 0) }
        // Clamped: summing weighted fractions can land a hair above 100 in floating point.
        let percent = totalWeight > 0 ? min(100, max(0, 100 * decisions.reduce(0) { $0 + $1.fraction * (weights[$1.stage] ?? 0) } / totalWeight)) : 0
        var reasons = critical.map { "critical error at '\($0.node)': \($0.what) — \($0.why)" }
        if percent < workflow.passMark {
            reasons.append("overall \(Int(percent.rounded()))% is below the pass mark of \(Int(workflow.passMark))%")
        }
        for score in stages {
            if let value = score.percent, value < score.floor {
                reasons.append("\(score.title): \(Int(value.rounded()))% is below the stage floor of \(Int(score.floor))%")
            } else if score.percent == nil, exercised.contains(score.stage) {
                reasons.append("\(score.title): not reached")
            }
        }
        if ending == .poor { reasons.append("the scenario ended badly for the person") }
        if ending == nil { reasons.append("the attempt is not finished") }
        let competent = reasons.isEmpty
        if competent {
            reasons.append("overall \(Int(percent.rounded()))% (pass mark \(Int(workflow.passMark))%), every stage above its floor, no critical error")
        }
        return AttemptResult(
            scenarioID: scenario.id, decisions: decisions, stages: stages, percent: percent, competent: competent,
            reasons: reasons, criticalErrors: critical, ending: ending)
    }

    /// Each decision's weight in the overall score: its stage's weight shared among the scenario's
    /// decision nodes of that stage. The overall score is then one weighted mean over the decisions
    /// made, which keeps every path comparable and lets the analysis find its exact range.
    public func decisionWeights(for scenario: Scenario) -> [WorkflowStage: Double] {
        var counts: [WorkflowStage: Int] = [:]
        for node in scenario.nodes where node.isDecision {
            if let stage = node.stage { counts[stage, default: 0] += 1 }
        }
        return counts.reduce(into: [:]) { weights, entry in
            weights[entry.key] = (workflow[entry.key]?.weight ?? 1) / Double(entry.value)
        }
    }

    /// The engine's decision for the facts at the node, compared with what was chosen.
    public func judgeEscalation(_ chosen: Set<String>, facts: Facts) -> EscalationJudgement {
        judgement(chosen, on: engineJudgement(facts: facts))
    }

    /// `reading` (the engine on some facts, nothing chosen) compared with what was chosen.
    func judgement(_ chosen: Set<String>, on reading: EscalationJudgement) -> EscalationJudgement {
        var judgement = reading
        judgement.chosen = policy.escalations.map(\.id).filter(chosen.contains)
        judgement.missed = reading.required.filter { !chosen.contains($0) }
        judgement.overUsed = judgement.chosen.filter { !reading.required.contains($0) && !reading.consult.contains($0) }
        return judgement
    }

    /// What the engine says on `facts` before anything is chosen: required and consult escalations,
    /// the reasons, the possibilities and the notes on each judgement call.
    func engineJudgement(facts: Facts) -> EscalationJudgement {
        let escalations = policy.decide(facts, at: Self.clock(for: facts)).escalations
        let required = escalations.filter { $0.status == .required }.map(\.id)
        let consult = escalations.filter { $0.status == .consult }.map(\.id)
        let raised = escalations.filter { $0.status != .notRequired }
        // A rule that fired is a reason; one that only might fire is a possibility, and says on what.
        let reasons = raised.flatMap { escalation in
            escalation.rules.filter { $0.truth == .true }.map { "\(label(of: escalation.id)): \($0.because) (\($0.source))" }
        }
        let possibilities = raised.flatMap { escalation in
            escalation.rules.filter { $0.truth == .unknown }.map { rule in
                "\(label(of: escalation.id)), if \(Self.words(rule.findOut)) were so: \(rule.because) (\(rule.source))"
            }
        }
        // A consult either waits on facts nobody knows yet, or is a judgement the policy leaves open.
        let consultNotes = escalations.filter { $0.status == .consult }.map { escalation in
            escalation.findOut.isEmpty
                ? "Judgement call: the policy leaves \(label(of: escalation.id)) to your judgement here; either answer is accepted, but record your reasoning."
                : "Judgement call: \(label(of: escalation.id)) depends on facts not yet known (find out: \(escalation.findOut.joined(separator: ", "))); either answer is accepted, but find out and record your reasoning."
        }
        return EscalationJudgement(
            required: required, consult: consult, chosen: [], missed: required, overUsed: [], reasons: reasons,
            possibilities: possibilities, consultNotes: consultNotes)
    }

    /// Every escalation's status on `facts`, in the policy's order: the statuses alone, without the
    /// reasons `judgeEscalation` words, for callers that only need to know what is raised.
    public func escalationStatuses(facts: Facts) -> [EscalationStatus] {
        policy.decide(facts, at: Self.clock(for: facts)).statuses
    }

    /// The ids of the escalations the policy requires on `facts`, in the policy's order.
    public func requiredEscalations(facts: Facts) -> [String] {
        zip(policy.escalations, escalationStatuses(facts: facts)).compactMap { $1 == .required ? $0.id : nil }
    }

    /// Fact ids as words for a sentence: `credible_threat`, `crime_suspected` → "credible threat or crime suspected".
    static func words(_ facts: [String]) -> String {
        let names = facts.map { String(decoding: $0.utf8.map { $0 == UInt8(ascii: "_") ? UInt8(ascii: " ") : $0 }, as: UTF8.self) }
        guard let last = names.last else { return "what is not known yet" }
        return names.count == 1 ? last : names.dropLast().joined(separator: ", ") + " or " + last
    }

    /// The label of an escalation id, for people.
    public func label(of id: String) -> String { policy.escalations.first { $0.id == id }?.label ?? id }

    /// Scoring does not depend on the hour: deadlines count from `aware_at`, else from a fixed epoch.
    static func clock(for facts: Facts) -> Date {
        if case .datetime(let date)? = facts["aware_at"] { return date }
        return Date(timeIntervalSince1970: 0)
    }

    /// Right answers over right plus wrong: missing a needed item and adding an unneeded one both cost.
    static func overlap(hits: Int, expected: Int, extra: Int) -> Double {
        let denominator = expected + extra
        return denominator == 0 ? 1 : Double(hits) / Double(denominator)
    }

    func escalationFeedback(_ judgement: EscalationJudgement) -> [String] {
        var lines: [String] = []
        if judgement.missed.isEmpty, judgement.overUsed.isEmpty {
            lines.append("Proportionate: you escalated what the thresholds require for what is known.")
        }
        for id in judgement.missed { lines.append("Under-escalation: \(label(of: id)) is required here.") }
        for id in judgement.overUsed {
            lines.append("Over-escalation: \(label(of: id)) is not required on these facts; sharing more widely than needed costs the person's confidentiality and trust.")
        }
        return lines + judgement.consultNotes
    }

    func disclosureFeedback(_ judgement: DisclosureJudgement) -> [String] {
        var lines: [String] = []
        if judgement.withheld.isEmpty, judgement.overshared.isEmpty {
            lines.append("Minimum necessary: you shared what \(judgement.recipient) needs, and nothing more.")
        }
        for item in judgement.withheld { lines.append("Withheld but needed: \(item).") }
        for item in judgement.overshared { lines.append("Shared but not needed: \(item).") }
        return lines
    }

    func recordFeedback(_ marking: RecordMarking) -> [String] {
        var lines = marking.present.map { "Has: \($0.label)" + ($0.evidence.map { " (\"\($0)\")" } ?? "") + "." }
        if marking.isKeywordList { lines.append("Reads as a list of keywords: write what happened in sentences, so each element is stated.") }
        lines += marking.missing.map { "Missing: \($0.label)." }
        lines += marking.penalties.map { "Weakens the record: \($0.label) (\"\($0.evidence ?? "")\")." }
        return lines
    }
}
