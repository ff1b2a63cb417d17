/// Why a credential could not be issued, published or imported. Messages are lowercase and say what to do.
public enum CredentialError: Error, Sendable, Hashable, CustomStringConvertible {
    case unknownSignOff(String)
    case ambiguousSignOff(String)
    case voided(String)
    case traineeErased(String)
    /// The key given is not the one that signed the sign-off.
    case wrongKey(signOff: String, signedWith: String)
    /// `credential import` of a credential that does not verify; the problems say why.
    case doesNotVerify([String])
    /// The credential's salted identifier does not match its display name.
    case nameMismatch(String)
    case alreadyImported(String)
    case unreadable(String)
    case unknownPack(String)

    public var description: String {
        switch self {
        case .unknownSignOff(let id): "no sign-off \(id): 'safedrill records list' shows them, or give at least 6 characters of its id"
        case .ambiguousSignOff(let id): "sign-off id prefix \(id) is ambiguous: give more characters"
        case .voided(let id): "sign-off \(id.prefix(8)) is void: a voided sign-off is not issued as a credential"
        case .traineeErased(let id): "sign-off \(id.prefix(8)) is about someone who was erased: there is no one to issue it to"
        case .wrongKey(let id, let key):
            "sign-off \(id.prefix(8)) was signed with key \(SigningKey.short(key)): its credential is issued with that supervisor's key"
        case .doesNotVerify(let problems): "the credential does not verify, so it is not recorded: " + problems.joined(separator: "; ")
        case .nameMismatch(let name): "the credential's salted identifier is not '\(name)', the name it shows: it is not recorded"
        case .alreadyImported(let id): "credential \(id) is already recorded here"
        case .unreadable(let path): "cannot read \(path): check the path"
        case .unknownPack(let id): "the sign-off is for pack '\(id)', which is not in the packs file: give it with --packs FILE"
        }
    }
}
