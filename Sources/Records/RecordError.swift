/// Why the store refused a request. Database failures pass through as GRDB's `DatabaseError`,
/// which names the SQL that failed.
public enum RecordError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No attempt has this id.
    case unknownAttempt(String)
    /// The attempt is completed: it takes no more answers, overrides or results.
    case alreadyFinished(String)
    /// More than one attempt id starts with this prefix.
    case ambiguousPrefix(String)
    /// A prefix shorter than six characters: too likely to match the wrong attempt later.
    case prefixTooShort(String)
    /// A name, author or reason that is empty once surrounding spaces are removed.
    case emptyText(field: String)
    /// Text holding a NUL character, which the store cannot keep whole.
    case nulCharacter(field: String)
    /// The scenario bytes do not hash to the SHA-256 given with them.
    case hashMismatch(expected: String, actual: String)
    /// The folder or file could not be created, or its permissions not restricted.
    case storeUnavailable(path: String, reason: String)
    /// No completed attempt, decision or sign-off has this id.
    case unknownRecord(String)
    /// The record cannot be voided.
    case cannotVoid(String, reason: String)
    /// No person has this name.
    case unknownPerson(String)
    /// A report or export file could not be created or written.
    case cannotWrite(path: String, reason: String)
    /// Another session is playing the attempt; `holder` says which process, where and since when.
    case attemptHeld(String, holder: String)
    /// This session's lease on the attempt was taken over (its holder had gone quiet): it may not
    /// answer any more, since the attempt may have moved on without it.
    case leaseLost(String, holder: String?)
    /// No API token has this id.
    case unknownToken(String)
    /// No site has this name.
    case unknownSite(String)
    /// A `postgres://` URL that cannot be used as written.
    case badDatabaseURL(text: String, reason: String)
    /// A password file that group or others can read: ignored, as libpq ignores it.
    case insecurePasswordFile(path: String)
    /// A part of the records that the PostgreSQL engine does not keep yet.
    case notOnPostgres(String)
    /// The records server could not be reached, or refused the login.
    case serverUnavailable(address: String, reason: String)

    public var description: String {
        switch self {
        case .unknownAttempt(let id):
            "unknown attempt \(id)"
        case .alreadyFinished(let id):
            "attempt \(id) is already finished"
        case .ambiguousPrefix(let prefix):
            "attempt id prefix \(prefix) is ambiguous: give more characters"
        case .prefixTooShort(let prefix):
            "attempt id prefix \(prefix) is too short: give at least 6 characters"
        case .emptyText(let field):
            "\(field) must not be empty"
        case .nulCharacter(let field):
            "\(field) holds a NUL character, which the records cannot keep: remove it"
        case .hashMismatch(let expected, let actual):
            "scenario bytes hash to \(actual), not \(expected)"
        case .storeUnavailable(let path, let reason):
            "cannot open records store at \(path): \(reason)"
        case .unknownRecord(let id):
            "no completed record \(id): 'safedrill records list' shows them"
        case .cannotVoid(let id, let reason):
            "cannot void \(id): \(reason)"
        case .badDatabaseURL(let text, let reason):
            "cannot use the database URL \(text): \(reason)"
        case .insecurePasswordFile(let path):
            "the password file \(path) can be read by other users, so it is ignored: chmod 600 \(path)"
        case .notOnPostgres(let what):
            "\(what) is not kept on PostgreSQL yet: use an SQLite store (--db FILE) for it"
        case .serverUnavailable(let address, let reason):
            "cannot reach the records server \(address): \(reason)"
        case .unknownPerson(let name):
            "no one called '\(name)' in the records: check the spelling"
        case .cannotWrite(let path, let reason):
            "cannot write \(path): \(reason)"
        case .attemptHeld(let id, let holder):
            "attempt \(id.prefix(8)) is being played in another session (\(holder)): carry on there, or quit it there and resume again"
        case .leaseLost(let id, let holder):
            "another session took over attempt \(id.prefix(8))\(holder.map { " (\($0))" } ?? ""): nothing more is saved here; 'resume \(id.prefix(8))' to carry on from what is stored"
        case .unknownToken(let id):
            "no API token \(id): 'safedrill tokens list' shows them"
        case .unknownSite(let name):
            "no site named \(name): sites are made by playing or registering someone with --site \(name)"
        }
    }
}
