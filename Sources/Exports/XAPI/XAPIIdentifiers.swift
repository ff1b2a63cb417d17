import Foundation

/// The fixed names SafeDrill's statements use: IRIs of its activities, extensions and accounts,
/// and the namespace its statement ids are derived in. Documented in docs/exports.md; changing
/// any of them makes an LRS see new activities and new people.
public enum XAPIIdentifiers {
    /// Every SafeDrill IRI starts here. `.invalid` is reserved (RFC 2606): it never resolves, so
    /// the IRIs name things without pointing anywhere.
    public static let base = "https://safedrill.invalid/xapi/"

    /// The system that issues the opaque account names of trainees and supervisors.
    public static let accountHomePage = base + "accounts"

    /// The language of every display string.
    public static let language = "en-GB"

    /// Context extension: the SHA-256 of the exact scenario file the attempt was played on.
    public static let scenarioSHA256Extension = base + "extensions/scenario-sha256"

    /// Context extension: practice, supervision or assessment.
    public static let modeExtension = base + "extensions/mode"

    /// A scenario, as an activity.
    public static func scenario(_ scenarioID: String) -> String {
        base + "scenarios/" + component(scenarioID)
    }

    /// One decision node of a scenario, as a `cmi.interaction` activity.
    public static func decision(_ nodeID: String, in scenarioID: String) -> String {
        scenario(scenarioID) + "/nodes/" + component(nodeID)
    }

    /// The statement id for one step of one attempt (`initialized`, `answered/3`, `result`…).
    public static func statement(attemptID: String, step: String) -> String {
        NameBasedUUID.make(namespace: statementNamespace, name: attemptID + "/" + step)
    }

    /// Chosen at random once; fixed forever so re-exports give the same statement ids.
    static let statementNamespace = UUID(uuid: (
        0x6f, 0x1d, 0x5c, 0x3e, 0x92, 0x0b, 0x4a, 0x51, 0x8d, 0x27, 0xc4, 0x4e, 0x1a, 0x73, 0xb9, 0x06))

    /// Scenario and node ids are kebab-case already; anything else is percent-encoded so the IRI
    /// stays absolute and unambiguous.
    private static func component(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))) ?? text
    }
}
