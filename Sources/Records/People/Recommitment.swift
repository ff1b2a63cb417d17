/// A chained record whose digest a rename or merge changed (a trainee's renamed identity, an
/// attempt moved to another person's salt): the digest as it was before the change and as it is
/// after. `verify` follows these from what the chain committed to what the record hashes to now.
public struct Recommitment: Codable, Sendable, Hashable {
    public var kind: ChainEntry.Kind
    public var recordID: String
    public var was: String
    public var now: String

    enum CodingKeys: String, CodingKey {
        case kind, was, now
        case recordID = "record"
    }
}

/// Every recommitment in the store, for `verify`.
struct Recommitments: Sendable {
    private struct Step: Hashable {
        var kind: ChainEntry.Kind
        var recordID: String
        var was: String
    }

    private var next: [Step: String] = [:]

    init(_ changes: [PersonChange]) {
        for change in changes {
            for item in change.recommitments {
                next[Step(kind: item.kind, recordID: item.recordID, was: item.was)] = item.now
            }
        }
    }

    /// True when `current` is what the chain committed, or what a run of changes led to from it.
    /// Only a path that starts at the committed digest counts, so a record edited before a
    /// change still shows as edited after it.
    func accepts(committed: String, current: String?, kind: ChainEntry.Kind, recordID: String) -> Bool {
        guard let current else { return false }
        var digest = committed
        var seen: Set<String> = []
        while digest != current {
            guard seen.insert(digest).inserted, let following = next[Step(kind: kind, recordID: recordID, was: digest)] else { return false }
            digest = following
        }
        return true
    }
}
