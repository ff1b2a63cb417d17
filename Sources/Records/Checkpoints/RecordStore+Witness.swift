import Foundation
import GRDB

extension RecordStore {
    /// Checks that every witnessed checkpoint is a prefix of the chain as it is now, signed by a
    /// key with the authority to sign it, under the registration key the store still holds.
    ///
    /// Finds an edit followed by re-hashing the chain, the newest records deleted, and the store
    /// replaced by an older copy: each leaves some witnessed head that the chain no longer has.
    /// Only the first checkpoint that fails is named, with how many later ones fail too.
    public func checkWitnessed(_ witnessed: [WitnessedCheckpoint]) throws -> [VerificationReport.Problem] {
        try writer.read { db in
            let entries = try ChainEntry.order(ChainEntry.CodingKeys.seq).fetchAll(db)
            let authority = try KeyAuthority.load(db)
            let signer = CheckpointSigner(authority: authority)
            var failed: [(WitnessedCheckpoint, VerificationReport.Finding, String)] = []
            for item in witnessed {
                let checkpoint = item.checkpoint
                if let broken = CheckpointChecks.breach(length: Int(checkpoint.length), head: checkpoint.head, entries: entries) {
                    failed.append((item, .rewritten, broken))
                } else if let (finding, detail) = signer.problem(with: checkpoint) {
                    failed.append((item, finding, detail))
                } else if let signedUnder = checkpoint.registrationFingerprint, signedUnder != authority.registration?.fingerprint {
                    let now = authority.registration.map { "registration key \($0.shortFingerprint)" } ?? "no registration key"
                    failed.append((item, .rewritten, "it was signed under registration key \(SigningKey.short(signedUnder)), but the store now holds \(now)"))
                }
            }
            guard let (first, finding, detail) = failed.first else { return [] }
            let later = failed.count == 1 ? "" : " (\(failed.count - 1) later witnessed checkpoint\(failed.count == 2 ? "" : "s") fail too)"
            return [VerificationReport.Problem(
                kind: .checkpoint, recordID: first.checkpoint.id, finding: finding,
                detail: "witnessed in \(first.witness) (\(first.checkpoint.summary)) no longer holds: \(detail)\(later)")]
        }
    }
}
