import Foundation
import GRDB

/// The checks `verify` makes on the heads signed inside the store: each checkpoint's, and the one
/// each sign-off signs (the chain head it was appended after).
///
/// A signed head is the one thing in the store that someone without a key cannot redo: after an
/// edit they can recompute every content hash and link from the formula, but the head each
/// checkpoint and sign-off signed then differs from the link at that place in the chain.
struct CheckpointChecks {
    let db: Database

    /// The problems found, and how far the chain is covered by a signed head that holds.
    func run(entries: [ChainEntry]) throws -> (problems: [VerificationReport.Problem], signedThrough: Int) {
        var problems: [VerificationReport.Problem] = []
        var signedThrough = 0
        var positions: [String: Int] = [:]
        for (index, entry) in entries.enumerated() where entry.kind == .checkpoint || entry.kind == .signoff {
            positions[entry.recordID] = index + 1
        }
        let signer = CheckpointSigner(authority: try KeyAuthority.load(db))
        for checkpoint in try Checkpoint.fetchAll(db) {
            func problem(_ finding: VerificationReport.Finding, _ detail: String) {
                problems.append(.init(kind: .checkpoint, recordID: checkpoint.id, finding: finding, detail: detail))
            }
            if let (finding, detail) = signer.problem(with: checkpoint) { problem(finding, detail) ; continue }
            guard let own = positions[checkpoint.id], checkpoint.length < own else {
                problem(.misdated, "it covers \(checkpoint.length) records but is not after them in the chain")
                continue
            }
            if let broken = Self.breach(length: Int(checkpoint.length), head: checkpoint.head, entries: entries) {
                problem(.rewritten, "it signed head \(checkpoint.head.prefix(16)) for the first \(checkpoint.length) records, but \(broken)")
            } else {
                // Its own entry is signed too when it comes straight after what it covers.
                signedThrough = max(signedThrough, own == checkpoint.length + 1 ? own : Int(checkpoint.length))
            }
        }
        for signOff in try SignOff.filter(SignOff.CodingKeys.chainHead != nil).fetchAll(db) {
            guard let head = signOff.chainHead, let own = positions[signOff.id] else { continue }
            if let broken = Self.breach(length: own - 1, head: head, entries: entries) {
                problems.append(.init(
                    kind: .signoff, recordID: signOff.id, finding: .rewritten,
                    detail: "it signed chain head \(head.prefix(16)), the \(own - 1) records before it, but \(broken)"))
            } else {
                signedThrough = max(signedThrough, own)
            }
        }
        return (problems, signedThrough)
    }

    /// Why the first `length` entries of `entries` do not end in `head`, or nil when they do.
    static func breach(length: Int, head: String, entries: [ChainEntry]) -> String? {
        if length > entries.count {
            return "the chain now has only \(entries.count) records: its newest records were deleted, or the store was replaced by an older copy"
        }
        let now = length == 0 ? ChainEntry.genesis : entries[length - 1].entrySHA256
        guard now != head else { return nil }
        return "record \(length) of the chain now ends in \(now.prefix(16)): records up to it were changed and the chain re-hashed, or the store was replaced by another copy"
    }
}
