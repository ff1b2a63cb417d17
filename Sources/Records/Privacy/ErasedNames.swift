/// The name replacements of every erasure, for `verify`: where a column now holds the pseudonym
/// an erasure wrote there, the chain is checked against the hash committed before, not against a
/// hash of the pseudonym.
struct ErasedNames: Sendable {
    private struct Place: Hashable {
        var place: NameReplacement.Place
        var recordID: String
    }

    private var replacements: [Place: NameReplacement] = [:]

    /// No erasure: every value is hashed as it stands, as when a record is first written.
    static let none = ErasedNames()

    private init() {}

    init(_ disposals: [Disposal]) {
        for disposal in disposals {
            for replacement in disposal.replacements {
                replacements[Place(place: replacement.place, recordID: replacement.recordID)] = replacement
            }
        }
    }

    /// The hash the chain holds for `value` at `place` of `recordID`: the committed hash when an
    /// erasure wrote exactly this value there, else `hash(value)`. Any later edit of the column
    /// hashes as it stands, so it still shows as an edit. (For a result, `value` is already the
    /// SHA-256 and `hash` returns it.)
    func hashed(_ value: String?, at place: NameReplacement.Place, of recordID: String, hash: (String) -> String) -> String? {
        guard let value else { return nil }
        if let replacement = replacements[Place(place: place, recordID: recordID)], replacement.now == value,
            let committed = replacement.committedSHA256
        {
            return committed
        }
        return hash(value)
    }
}
