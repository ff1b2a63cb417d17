/// What `records verify` found: OK, or each record that was edited, removed, reordered or badly signed.
public struct VerificationReport: Sendable, Hashable, Codable {
    /// How many chain entries were checked.
    public var entries: Int
    /// The last link hash: write it down somewhere else to detect a rewritten chain later.
    public var head: String
    public var problems: [Problem]
    /// Completed attempts replayed from their stored answers (`verify(replayingWith:)` only).
    public var replayed = 0
    /// Completed attempts not replayed: scored with another policy or other rubrics than today's.
    public var notReplayed = 0
    /// Things to act on that are not tampering: legacy keys to endorse, a sign-off by such a key
    /// that was voided, a pack whose refresh rule could not be checked. They do not fail `verify`.
    public var warnings: [String] = []
    /// How many of the first records a signed head that still holds covers (a checkpoint's, or
    /// the head a sign-off signed): past it, an edit followed by re-hashing the chain cannot be
    /// told from the store alone.
    public var signedThrough = 0

    /// True when nothing is wrong.
    public var isOK: Bool { problems.isEmpty }

    /// One thing wrong with one record.
    public struct Problem: Sendable, Hashable, Codable, CustomStringConvertible {
        public var kind: ChainEntry.Kind
        public var recordID: String
        public var finding: Finding
        public var detail: String

        public var description: String {
            "\(kind.rawValue) \(recordID): \(finding.rawValue) — \(detail)"
        }
    }

    /// The kinds of tampering `verify` tells apart.
    public enum Finding: String, Sendable, Hashable, Codable {
        /// The record's content no longer hashes to what the chain committed.
        case edited
        /// The chain names the record but it is gone, and no chained erasure or purge covers it.
        case removed
        /// The chain entry is not where it was written: its link does not follow the one before.
        case reordered
        /// The signature does not verify with the registered key, or the key is not registered.
        case badSignature = "bad signature"
        /// A completed record with no place in the chain: added behind safedrill's back, or its link removed.
        case unchained = "not in the chain"
        /// A sign-off's evidence no longer is what was signed: an attempt it names is gone, belongs
        /// to someone else, is no longer Competent, or its result no longer hashes to the signed value.
        case evidenceChanged = "evidence changed"
        /// A completed attempt whose stored result is not what its stored answers give when
        /// replayed, or whose answers are filed under nodes they were not given at.
        case notReplayable = "does not replay"
        /// A sign-off made with a key that no registration key or manager endorsed, or after a
        /// rotation replaced the key.
        case unendorsedKey = "unendorsed key"
        /// An endorsement that does not hold: bad signature, an endorser not itself endorsed, or
        /// an endorser whose role may not endorse.
        case badEndorsement = "bad endorsement"
        /// A sign-off dated before its evidence or its key, out of chain order, or with a refresh
        /// date the pack's rule does not give.
        case misdated
        /// A signed head (a checkpoint's, or the one a sign-off signed) is no longer the chain's
        /// link at that place: records were changed and the chain re-hashed, deleted, or the store
        /// replaced by another copy.
        case rewritten = "history rewritten"
    }
}
