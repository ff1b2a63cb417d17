import Foundation
import Records
import Testing

/// The two ways the store runs: every behaviour is checked against both, as GRDB's own tests do.
enum StoreKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case inMemoryQueue
    case onDiskPool

    var testDescription: String { rawValue }

    /// A store, and the folder holding its file (keep it alive as long as the store).
    func makeStore() throws -> (RecordStore, TemporaryFolder?) {
        switch self {
        case .inMemoryQueue:
            return (try RecordStore.inMemory(), nil)
        case .onDiskPool:
            let folder = try TemporaryFolder()
            return (try RecordStore(path: folder.path("data", "records.sqlite")), folder)
        }
    }
}
