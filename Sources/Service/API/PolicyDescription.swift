import ThresholdEngine

/// The body of `GET /v1/policy`: which policy decides, the facts it reads (as JSON Schema) and the
/// escalations it can ask for. Built once: a running service never changes its policy.
enum PolicyDescription {
    static func json(of policy: Policy) -> String {
        let escalations = policy.escalations.map { escalation in
            JSONValue.object([
                "id": .string(escalation.id), "label": .string(escalation.label), "who": .string(escalation.who),
                "how": .string(escalation.how), "deadline": .string(escalation.deadline.description),
            ])
        }
        return JSONValue.object([
            "policy": .object([
                "id": .string(policy.id), "version": .string(policy.version), "sha256": .string(policy.sha256),
                "title": .string(policy.title), "jurisdiction": .string(policy.jurisdiction),
            ]),
            "facts": FactJSONSchema.schema(of: policy),
            "escalations": .array(escalations),
        ]).text() + "\n"
    }
}
