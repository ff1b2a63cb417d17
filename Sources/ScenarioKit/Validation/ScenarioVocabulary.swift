/// The words a scenario's header may use, shared by the validator and the authoring guide.
public enum ScenarioVocabulary {
    /// Where the scenario takes place.
    public static let settings = ["supported-living", "homecare", "care-home", "community", "online", "hospital", "day-service"]
    /// Who the scenario is written for.
    public static let audiences = ["care-worker", "senior", "manager", "supervisor"]
}
