import ArgumentParser
import Records

/// Where the records live: `--db FILE`, else `$XDG_DATA_HOME/safedrill/records.sqlite`.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Records file (SQLite). Created 0600 in a 0700 folder.", valueName: "file"))
    var db: String?

    var path: String { db ?? RecordStore.defaultPath() }

    /// Opens the store; when opening it upgraded an older store to the person register, names
    /// that differ only in case or spacing are listed once, on standard error, for merging.
    func open() throws -> RecordStore {
        let store = try RecordStore(path: path)
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
