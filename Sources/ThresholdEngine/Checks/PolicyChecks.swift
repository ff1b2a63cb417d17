/// Static checks of a policy that loads without errors: mistakes that make part of it dead weight.
/// They are warnings (`SD030`–`SD034`); a policy with warnings can still be used.
///
/// Whether a rule can fire, and whether one rule shadows another, is decided exactly by searching
/// every combination of the facts involved (each with "unknown" as a possible value), pruning
/// branches whose answer is already settled. A question needing more than `budget` search steps is
/// skipped without a warning.
public enum PolicyChecks {
    /// The default number of search steps per question.
    public static let defaultBudget = 200_000

    /// Every warning for `policy`, in file order.
    public static func run(_ policy: Policy, budget: Int = defaultBudget) -> DiagnosticList {
        var diagnostics = DiagnosticList()
        let compiled = policy.storage.compiled
        let start = SourceLocation(file: policy.path, line: 1, column: 1)
        let reaches = compiled.conditions.map { RuleReach($0, encoders: compiled.encoders, budget: budget) }
        for (rule, reach) in zip(policy.rules, reaches) {
            guard let reach, !reach.canBeTrue else { continue }
            if reach.canFire {
                diagnostics.warning(
                    "SD030", "rule '\(rule.id)' can never be true: it only fires as consult while facts are unknown",
                    hint: "look for a contradiction in its condition, such as 'a and not a' or 'n > 5 and n < 3'",
                    at: rule.location ?? start)
            } else {
                diagnostics.warning(
                    "SD030", "rule '\(rule.id)' can never fire: its condition is false whatever the facts",
                    hint: "look for a contradiction in its condition, such as 'known(a) and not known(a)'",
                    at: rule.location ?? start)
            }
        }
        checkUnreadFacts(policy, start: start, diagnostics: &diagnostics)
        checkUnreachableEscalations(policy, reaches: reaches, start: start, diagnostics: &diagnostics)
        checkShadowing(policy, reaches: reaches, budget: budget, start: start, diagnostics: &diagnostics)
        checkRelevance(policy, budget: budget, start: start, diagnostics: &diagnostics)
        return DiagnosticList(diagnostics.sorted)
    }

    /// `SD031`: a fact no rule reads. `aware_at` is read by every deadline, so it is never unused.
    private static func checkUnreadFacts(_ policy: Policy, start: SourceLocation, diagnostics: inout DiagnosticList) {
        let read = Set(policy.rules.flatMap { $0.when.facts.map(\.id) })
        for fact in policy.schema.definitions where !read.contains(fact.id) {
            if fact.id == Policy.awareAtFact, fact.type == .datetime { continue }
            diagnostics.warning(
                "SD031", "no rule reads the fact '\(fact.id)'",
                hint: "use it in a rule's 'when', or remove it so that assess does not ask about it",
                at: fact.location ?? start)
        }
    }

    /// `SD032`: an escalation no rule can make required or consult.
    private static func checkUnreachableEscalations(_ policy: Policy, reaches: [RuleReach?], start: SourceLocation, diagnostics: inout DiagnosticList) {
        for escalation in policy.escalations {
            let named = policy.rules.indices.filter { policy.rules[$0].outcomes.contains { $0.escalation == escalation.id } }
            // A rule too large to search is assumed able to fire.
            guard !named.contains(where: { reaches[$0]?.canFire ?? true }) else { continue }
            let why = named.isEmpty ? "no rule names it in 'then'" : "the rules that name it can never fire"
            diagnostics.warning(
                "SD032", "no rule can reach the escalation '\(escalation.id)': \(why)",
                hint: "add a rule whose 'then' names it, or remove it", at: escalation.location ?? start)
        }
    }

    /// `SD033`: a rule that adds nothing another rule does not. When two rules shadow each other, the
    /// later one is reported.
    private static func checkShadowing(_ policy: Policy, reaches: [RuleReach?], budget: Int, start: SourceLocation, diagnostics: inout DiagnosticList) {
        let shadowing = Shadowing(policy: policy, budget: budget)
        // A rule that can never be true has its own warning (SD030); it would be "shadowed" by almost anything.
        for shadowed in policy.rules.indices where reaches[shadowed]?.canBeTrue ?? true {
            for other in policy.rules.indices where other != shadowed {
                guard shadowing.isShadowed(shadowed, by: other) == true else { continue }
                if other > shadowed, shadowing.isShadowed(other, by: shadowed) == true { continue }
                let rule = policy.rules[shadowed]
                diagnostics.warning(
                    "SD033", "rule '\(rule.id)' is shadowed by rule '\(policy.rules[other].id)': whenever it fires, that rule asks for as much, as soon",
                    hint: "remove it, or narrow the other rule, or give this one a stronger outcome or an earlier deadline",
                    at: rule.location ?? start)
                break
            }
        }
    }

    /// `SD034`: a rule that can raise an escalation, even as `consult`, in an incident the escalation's
    /// `about` says it is not about, so an unrelated unknown fact would put it on the checklist.
    private static func checkRelevance(_ policy: Policy, budget: Int, start: SourceLocation, diagnostics: inout DiagnosticList) {
        let relevance = Relevance(policy: policy, budget: budget)
        for escalation in policy.escalations {
            guard let about = escalation.about else { continue }
            for (index, rule) in policy.rules.enumerated() where rule.outcomes.contains(where: { $0.escalation == escalation.id }) {
                guard relevance.canFireOutside(rule: index, about: about) == true else { continue }
                diagnostics.warning(
                    "SD034", "rule '\(rule.id)' can raise '\(escalation.id)' in an incident it is not about: its 'about' is false but the rule is true or unknown",
                    hint: "add the escalation's 'about' condition to the rule's 'when', so that an unrelated unknown fact cannot make it consult",
                    at: rule.location ?? start)
            }
        }
    }
}
