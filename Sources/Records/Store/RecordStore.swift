import Foundation
import GRDB

/// The records store: people, attempts, answers, supervision notes and score overrides, in an
/// SQLite file (the embedded default) or a PostgreSQL database shared by many homes.
///
/// Every method commits before it returns, so a process killed at any moment loses nothing it
/// was told. Instances are safe to share between threads, and several processes may use the
/// same store at once: writes take SQLite's write lock at the start of each transaction, and on
/// PostgreSQL appends to the hash chain take the chain head's lock (`SQLConnection.lockChainHead`).
public final class RecordStore: Sendable {
    let engine: StoreEngine
    /// The site new people are registered at and attempts are played at (`Site`).
    public let site: String

    /// When this open upgraded an older store to the person register: the people whose names
    /// differ only in case or spacing, for `merge` (never merged silently). Empty otherwise.
    public let mergeCandidatesFromUpgrade: [[Person]]

    /// Opens (creating if needed) the store at `path`: parent folder 0700, file 0600, WAL mode,
    /// foreign keys on, and `synchronous = FULL` so a committed answer survives power loss too.
    /// New people and attempts belong to `site`, registered the first time it is used.
    public init(path: String, site: String = Site.defaultName) throws {
        self.site = try requiredText(site, field: "a site's name")
        try StoreFile.prepare(path: path)
        let pool = try Self.openPool(path: path)
        // GRDB sets `synchronous = NORMAL` when it turns WAL on, after any `prepareDatabase`
        // hook, so FULL goes on the writer connection here. Readers never commit.
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        let upgrading = try pool.read(StoreSchema.lacksPeopleRegister)
        try StoreSchema.migrate(pool)
        try StoreFile.restrictCompanions(of: path)
        engine = .sqlite(pool)
        mergeCandidatesFromUpgrade = upgrading ? try pool.read(Self.mergeCandidates(in:)) : []
    }

    private init(writer: any DatabaseWriter, site: String) throws {
        let upgrading = try writer.read(StoreSchema.lacksPeopleRegister)
        try StoreSchema.migrate(writer)
        engine = .sqlite(writer)
        self.site = try requiredText(site, field: "a site's name")
        mergeCandidatesFromUpgrade = upgrading ? try writer.read(Self.mergeCandidates(in:)) : []
    }

    /// Opens the PostgreSQL store `link` connects to, applying any migrations it has not had
    /// (a site's login, which may not change the schema, is told to run `safedrill db init`).
    public init(postgres link: PostgresLink, site: String = Site.defaultName) throws {
        self.site = try requiredText(site, field: "a site's name")
        let current = try link.transaction(readOnly: true) { try PostgresSchema.isCurrent($0) }
        if !current {
            do {
                try link.transaction { try PostgresSchema.migrate($0) }
            } catch SQLError.server(_, let state, _) where state == "42501" {
                throw RecordError.storeUnavailable(
                    path: link.address.description,
                    reason: "its tables are missing or out of date, and this login may not change them: "
                        + "run 'safedrill db init --db \(link.address)' as the database's owner")
            }
        }
        engine = .postgres(link)
        mergeCandidatesFromUpgrade = []
    }

    /// A private store in memory, for tests.
    public static func inMemory(site: String = Site.defaultName) throws -> RecordStore {
        try RecordStore(writer: DatabaseQueue(configuration: configuration), site: site)
    }

    /// `$XDG_DATA_HOME/safedrill/records.sqlite`, else `~/.local/share/safedrill/records.sqlite`.
    /// A relative `XDG_DATA_HOME` is ignored, as the XDG specification asks.
    public static func defaultPath(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String {
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg
        } else {
            let home = environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path
            dataHome = URL(fileURLWithPath: home).appendingPathComponent(".local/share").path
        }
        return URL(fileURLWithPath: dataHome)
            .appendingPathComponent("safedrill")
            .appendingPathComponent("records.sqlite").path
    }

    /// Opening a new file switches it to WAL, which needs the file to itself for a moment.
    /// When another process is doing the same, SQLite answers "database is locked" at once
    /// instead of waiting (it cannot wait without risking a deadlock), so wait here instead.
    private static func openPool(path: String) throws -> DatabasePool {
        let deadline = Date().addingTimeInterval(busyTimeout)
        while true {
            do {
                return try DatabasePool(path: path, configuration: configuration)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && Date() < deadline {
                Thread.sleep(forTimeInterval: 0.01)
            }
        }
    }

    /// How long to wait for another safedrill process holding the write lock before failing.
    private static let busyTimeout: TimeInterval = 10

    private static var configuration: Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // Another safedrill process may hold the write lock for a moment: wait rather than fail.
        configuration.busyMode = .timeout(busyTimeout)
        return configuration
    }

    /// A PRAGMA's value on the connection that writes, so tests can check the settings above.
    func pragma(_ name: String) throws -> String? {
        guard name.allSatisfy({ $0.isLetter || $0 == "_" }) else { return nil }
        return try writer.writeWithoutTransaction { db in
            try String.fetchOne(db, sql: "PRAGMA \(name)")
        }
    }

    /// How many rows a table holds, so tests can see that something was stored once.
    func rowCount(_ table: String) throws -> Int {
        try writer.read { db in
            try Table(table).fetchCount(db)
        }
    }
}
