/// Why a key could not be made, read, opened or used. Messages are lowercase and say what to do.
public enum KeyError: Error, Sendable, Hashable, CustomStringConvertible {
    case wrongPassphrase
    case unreadable(String)
    case unwritable(String)
    case alreadyExists(String)
    case damagedFile(String)
    case cannotSeal
    case notRegistered(fingerprint: String)
    case roleMismatch(name: String, role: String)
    case emptyPassphrase
    /// `keys init` has not been run on this store.
    case noRegistrationKey
    /// `keys init` runs once per provider.
    case registrationKeyExists(fingerprint: String)
    /// The endorser may not endorse this key; the reason says who may.
    case endorsementRefused(String)
    /// The key has no endorsement that holds, so it may not sign.
    case unendorsed(fingerprint: String, owner: String)
    /// A rotation replaced the key.
    case replaced(fingerprint: String, successor: String)
    /// The registration key endorses keys; it signs no sign-offs.
    case registrationKeyCannotSign
    /// A fingerprint prefix that names several keys.
    case ambiguousFingerprint(String)

    public var description: String {
        switch self {
        case .wrongPassphrase: "wrong passphrase for this key file: try again"
        case .unreadable(let path): "cannot read key file \(path): check the path"
        case .unwritable(let path): "cannot write key file \(path): check the folder exists and is yours"
        case .alreadyExists(let path): "\(path) already exists: choose another --out, a key file is never overwritten"
        case .damagedFile(let reason): "damaged key file: \(reason)"
        case .cannotSeal: "could not seal the private key"
        case .notRegistered(let fingerprint): "key \(SigningKey.short(fingerprint)) is not registered in this records store: 'safedrill keys list' shows the registered keys"
        case .roleMismatch(let name, let role): "\(name) is registered as a \(role) and cannot hold a signing key: use a supervisor, assessor, lead or manager"
        case .emptyPassphrase: "the passphrase must not be empty"
        case .noRegistrationKey:
            "this records store has no registration key: the provider runs 'safedrill keys init' once, then endorses keys with it"
        case .registrationKeyExists(let fingerprint):
            "this records store already has registration key \(SigningKey.short(fingerprint)): 'keys init' runs once per provider"
        case .endorsementRefused(let reason): "cannot endorse: \(reason)"
        case .unendorsed(let fingerprint, let owner):
            "key \(SigningKey.short(fingerprint)) (\(owner)) is not endorsed, so it cannot sign: the holder of the registration key or a manager runs 'safedrill keys endorse --fingerprint \(fingerprint) --with THEIR_KEY'"
        case .replaced(let fingerprint, let successor):
            "key \(SigningKey.short(fingerprint)) was replaced by key \(SigningKey.short(successor)): sign with the new key"
        case .registrationKeyCannotSign:
            "this is the provider's registration key: it endorses keys and signs no sign-offs; use a supervisor's or assessor's key"
        case .ambiguousFingerprint(let prefix): "several keys start with \(prefix): give more of the fingerprint ('safedrill keys list')"
        }
    }
}
