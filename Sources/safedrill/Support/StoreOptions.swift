import ArgumentParser
import Foundation
import Records

/// Where the records live: `--db FILE`, else `$XDG_DATA_HOME/safedrill/records.sqlite`; and the
/// site this install works for: `--site NAME`, else `$SAFEDRILL_SITE`, else `main`.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Records file (SQLite). Created 0600 in a 0700 folder.", valueName: "file"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp(
        "The home this install works for (default $SAFEDRILL_SITE, else main): new people and attempts belong to it; a report covers only it.",
        valueName: "name"))
    var site: String?

    var path: String { db ?? RecordStore.defaultPath() }

    /// The site named by `--site` or `SAFEDRILL_SITE`, or nil when neither says.
    func namedSite(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        site ?? environment["SAFEDRILL_SITE"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Opens the store; when opening it upgraded an older store to the person register, names
    /// that differ only in case or spacing are listed once, on standard error, for merging.
    func open() throws -> RecordStore {
        let store = try RecordStore(path: path, site: namedSite() ?? Site.defaultName)
        if let note = MergeCandidates.text(store.mergeCandidatesFromUpgrade) { printToStandardError(note + "\n") }
        return store
    }
}

/// How output looks.
struct DisplayOptions: ParsableArguments {
    @Flag(name: .long, help: "Plain text for screen readers: no colour, ASCII bars.")
    var plain = false

    var style: Style { Style.detect(plain: plain) }
}
