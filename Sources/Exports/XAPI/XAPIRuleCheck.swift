import Foundation

/// One pass over a statement, collecting each broken rule with the path of the property at fault.
/// Section numbers are those of the xAPI 1.0.3 data model (part two of the specification).
struct XAPIRuleCheck {
    private(set) var problems: [String] = []

    mutating func statement(_ statement: XAPIStatement) {
        uuid(statement.id, at: "id", rule: "§2.4.1")
        agent(statement.actor, at: "actor")
        verb(statement.verb)
        activity(statement.object, at: "object")
        if let result = statement.result { self.result(result, object: statement.object) }
        if let context = statement.context { self.context(context) }
        timestamp(statement.timestamp)
    }

    private mutating func report(_ path: String, _ problem: String) {
        problems.append("\(path): \(problem)")
    }

    // MARK: Actor and instructor

    private mutating func agent(_ agent: XAPIAgent, at path: String) {
        if let type = agent.objectType, type != "Agent" {
            report(path + ".objectType", "must be \"Agent\" here, not \"\(type)\" (§2.4.2.1)")
        }
        let identifiers = [
            agent.mbox.map { _ in "mbox" }, agent.mboxSHA1Sum.map { _ in "mbox_sha1sum" },
            agent.openid.map { _ in "openid" }, agent.account.map { _ in "account" },
        ].compactMap { $0 }
        if identifiers.count != 1 {
            report(path, "an Agent needs exactly one inverse functional identifier, found \(identifiers.isEmpty ? "none" : identifiers.joined(separator: ", ")) (§2.4.2.1)")
        }
        if let mbox = agent.mbox, !XAPIFormats.isMailto(mbox) {
            report(path + ".mbox", "must be a mailto: IRI (§2.4.2.3)")
        }
        if let sum = agent.mboxSHA1Sum, !XAPIFormats.isSHA1(sum) {
            report(path + ".mbox_sha1sum", "must be 40 hexadecimal digits (§2.4.2.3)")
        }
        if let openid = agent.openid { iri(openid, at: path + ".openid", rule: "§2.4.2.3") }
        if let account = agent.account {
            iri(account.homePage, at: path + ".account.homePage", rule: "§2.4.2.4")
            if account.name.isEmpty { report(path + ".account.name", "must not be empty (§2.4.2.4)") }
        }
        // SafeDrill's own rule: a person is known to an LRS only by an opaque account.
        if agent.name != nil || agent.mbox != nil || agent.mboxSHA1Sum != nil || agent.openid != nil {
            report(path, "SafeDrill privacy rule: identify people only by an opaque account, never by name, email or openid")
        }
    }

    // MARK: Verb and object

    private mutating func verb(_ verb: XAPIVerb) {
        if verb.id.isEmpty {
            report("verb.id", "a verb must have an id (§2.4.3)")
        } else {
            iri(verb.id, at: "verb.id", rule: "§2.4.3")
        }
        if let display = verb.display { languageMap(display, at: "verb.display") }
    }

    private mutating func activity(_ activity: XAPIActivity, at path: String) {
        if let type = activity.objectType, type != "Activity" {
            report(path + ".objectType", "must be \"Activity\", not \"\(type)\" (§2.4.4.1)")
        }
        iri(activity.id, at: path + ".id", rule: "§2.4.4.1")
        guard let definition = activity.definition else { return }
        if let name = definition.name { languageMap(name, at: path + ".definition.name") }
        if let description = definition.description { languageMap(description, at: path + ".definition.description") }
        if let type = definition.type { iri(type, at: path + ".definition.type", rule: "§2.4.4.1") }
        if let interactionType = definition.interactionType, !Self.interactionTypes.contains(interactionType) {
            report(path + ".definition.interactionType", "\"\(interactionType)\" is not an interaction type (§2.4.4.1.1)")
        }
        if let choices = definition.choices {
            if !["choice", "sequencing"].contains(definition.interactionType ?? "") {
                report(path + ".definition.choices", "only choice and sequencing interactions list choices (§2.4.4.1.2)")
            }
            let ids = choices.map(\.id)
            if ids.contains("") { report(path + ".definition.choices", "every component needs an id (§2.4.4.1.2)") }
            if Set(ids).count != ids.count { report(path + ".definition.choices", "component ids must be distinct (§2.4.4.1.2)") }
            for (index, choice) in choices.enumerated() {
                if let description = choice.description { languageMap(description, at: path + ".definition.choices[\(index)].description") }
            }
        }
    }

    static let interactionTypes: Set<String> = [
        "true-false", "choice", "fill-in", "long-fill-in", "matching", "performance", "sequencing", "likert", "numeric", "other",
    ]

    // MARK: Result

    private mutating func result(_ result: XAPIResult, object: XAPIActivity) {
        if let score = result.score { self.score(score) }
        if let duration = result.duration { self.duration(duration) }
        if let response = result.response, let definition = object.definition { self.response(response, to: definition) }
    }

    private mutating func score(_ score: XAPIScore) {
        if let scaled = score.scaled, !(-1...1).contains(scaled) {
            report("result.score.scaled", "\(scaled) is outside -1…1 (§2.4.5.1.1)")
        }
        if let min = score.min, let max = score.max, !(min < max) {
            report("result.score.min", "\(min) must be less than max \(max) (§2.4.5.1.1)")
        }
        if let raw = score.raw {
            if let min = score.min, raw < min { report("result.score.raw", "\(raw) is below min \(min) (§2.4.5.1.1)") }
            if let max = score.max, raw > max { report("result.score.raw", "\(raw) is above max \(max) (§2.4.5.1.1)") }
        }
    }

    private mutating func duration(_ duration: String) {
        if !XAPIFormats.isDuration(duration) {
            report("result.duration", "\"\(duration)\" is not an ISO 8601 duration such as PT4M30.5S (§2.4.5.1)")
        }
    }

    /// The response format each interaction type prescribes (§2.4.4.1.1, "response pattern").
    private mutating func response(_ response: String, to definition: XAPIActivityDefinition) {
        switch definition.interactionType {
        case "choice", "sequencing":
            let known = Set((definition.choices ?? []).map(\.id))
            let given = response.isEmpty ? [] : response.components(separatedBy: "[,]")
            for id in given where !known.contains(id) {
                report("result.response", "\"\(id)\" is not one of the interaction's choices (§2.4.4.1.1)")
            }
            if Set(given).count != given.count { report("result.response", "a choice is given twice (§2.4.4.1.1)") }
        case "true-false":
            if !["true", "false"].contains(response) { report("result.response", "must be true or false (§2.4.4.1.1)") }
        default:
            break
        }
    }

    // MARK: Context and timestamp

    private mutating func context(_ context: XAPIContext) {
        if let registration = context.registration { uuid(registration, at: "context.registration", rule: "§2.4.6.1") }
        if let instructor = context.instructor { agent(instructor, at: "context.instructor") }
        let related = (context.contextActivities?.parent ?? []) + (context.contextActivities?.grouping ?? [])
        for (index, activity) in related.enumerated() { self.activity(activity, at: "context.contextActivities[\(index)]") }
        if let language = context.language, !XAPIFormats.isLanguageTag(language) {
            report("context.language", "\"\(language)\" is not an RFC 5646 language tag (§2.4.6)")
        }
        for key in (context.extensions ?? [:]).keys.sorted() { iri(key, at: "context.extensions", rule: "§2.4.6 extensions") }
    }

    private mutating func timestamp(_ timestamp: String) {
        switch XAPIFormats.timestampProblem(timestamp) {
        case .notISO8601:
            report("timestamp", "\"\(timestamp)\" is not an ISO 8601 date and time with a time zone (§2.4.7)")
        case .negativeZeroOffset:
            report("timestamp", "the offset -00:00 is not allowed (§2.4.7)")
        case nil:
            break
        }
    }

    // MARK: Shared formats

    private mutating func uuid(_ text: String, at path: String, rule: String) {
        if !XAPIFormats.isUUID(text) {
            report(path, "\"\(text)\" is not a UUID (\(rule))")
        }
    }

    private mutating func iri(_ text: String, at path: String, rule: String) {
        if !XAPIFormats.isAbsoluteIRI(text) {
            report(path, "\"\(text)\" is not an absolute IRI (\(rule))")
        }
    }

    private mutating func languageMap(_ map: XAPILanguageMap, at path: String) {
        for key in map.keys.sorted() where !XAPIFormats.isLanguageTag(key) {
            report(path, "\"\(key)\" is not an RFC 5646 language tag (§4.2.5 language map)")
        }
    }
}
