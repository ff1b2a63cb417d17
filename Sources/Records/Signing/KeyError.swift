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
        }
    }
}
