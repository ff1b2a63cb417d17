/// The object of every SafeDrill statement: a scenario, or one decision in it.
public struct XAPIActivity: Codable, Sendable, Hashable {
    /// "Activity".
    public var objectType: String?
    /// An absolute IRI under `XAPIIdentifiers.base`.
    public var id: String
    public var definition: XAPIActivityDefinition?

    public init(id: String, definition: XAPIActivityDefinition?) {
        objectType = "Activity"
        self.id = id
        self.definition = definition
    }
}

/// What an activity is. For a decision: a `cmi.interaction` with its interaction type and, for
/// choices, the options offered.
public struct XAPIActivityDefinition: Codable, Sendable, Hashable {
    public var name: XAPILanguageMap?
    public var description: XAPILanguageMap?
    /// An activity type IRI, such as http://adlnet.gov/expapi/activities/cmi.interaction.
    public var type: String?
    /// choice, long-fill-in… (xAPI 1.0.3 §2.4.4.1.1); only for `cmi.interaction` activities.
    public var interactionType: String?
    /// The options of a `choice` interaction.
    public var choices: [XAPIInteractionComponent]?

    public init(
        name: XAPILanguageMap?, description: XAPILanguageMap?, type: String?,
        interactionType: String? = nil, choices: [XAPIInteractionComponent]? = nil
    ) {
        self.name = name
        self.description = description
        self.type = type
        self.interactionType = interactionType
        self.choices = choices
    }
}

/// One option of an interaction: the id a response names, and what the trainee saw.
public struct XAPIInteractionComponent: Codable, Sendable, Hashable {
    public var id: String
    public var description: XAPILanguageMap?

    public init(id: String, description: XAPILanguageMap?) {
        self.id = id
        self.description = description
    }
}
