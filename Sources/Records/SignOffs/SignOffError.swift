import Foundation

/// Why a sign-off was refused. Each message says what to do instead.
public enum SignOffError: Error, Sendable, Hashable, CustomStringConvertible {
    case unknownTrainee(String)
    case selfSignOff(String)
    case signerIsTrainee(String)
    case keyOwnerErased
    case methodNotAccepted(method: String, pack: String, accepted: [String])
    case missingEvidence(trainee: String, pack: String, problems: [String])
    /// A sign-off dated before the key signing it was registered or endorsed.
    case beforeKey(at: Date, key: String)
    /// The trainee is already signed off in the pack on the same evidence attempts.
    case duplicate(existingID: String, trainee: String, pack: String)

    public var description: String {
        switch self {
        case .unknownTrainee(let name):
            "no trainee called '\(name)' in the records: check the name ('safedrill records list' shows attempts by trainee)"
        case .selfSignOff(let name):
            "\(name) cannot sign off their own competence: ask another supervisor to sign"
        case .signerIsTrainee(let name):
            "\(name) is registered as a trainee and cannot sign off: use a supervisor's key"
        case .keyOwnerErased:
            "the owner of this key has been erased from the records: register a new key"
        case .methodNotAccepted(let method, let pack, let accepted):
            "method '\(method)' is not accepted for \(pack): use \(accepted.joined(separator: ", "))"
        case .missingEvidence(let trainee, let pack, let problems):
            "cannot sign off \(pack) for \(trainee): missing or failed evidence:\n  " + problems.joined(separator: "\n  ")
        case .beforeKey(let at, let key):
            "a sign-off dated \(at.ISO8601Format()) is before key \(key) was registered and endorsed: sign with the time it is signed"
        case .duplicate(let existingID, let trainee, let pack):
            "\(trainee) is already signed off in \(pack) on this evidence (sign-off \(existingID)): "
                + "void that one first to sign again ('safedrill records void \(existingID.prefix(8)) --reason TEXT')"
        }
    }
}
