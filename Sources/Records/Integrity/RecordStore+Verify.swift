import Crypto
import Foundation
import GRDB

extension RecordStore {
    /// Walks the chain and recomputes every record's digest from what the store holds now.
    ///
    /// Reads everything in one snapshot, in bulk (one query per table), so that verifying costs
    /// little more than hashing the bytes.
    public func verify() throws -> VerificationReport {
        try writer.read { db in try ChainVerifier(db: db).run() }
    }
}

/// The checks behind `RecordStore.verify()`.
struct ChainVerifier {
    let db: Database

    func run() throws -> VerificationReport {
        let entries = try ChainEntry.order(ChainEntry.CodingKeys.seq).fetchAll(db)
        var current = try currentDigests()
        let disposed = try disposedIDs()
        var problems: [VerificationReport.Problem] = []
        // Where each link belongs: follow the links from the genesis, whatever order the rows are in now.
        var nextByPrev: [String: ChainEntry] = [:]
        for entry in entries { nextByPrev[entry.prevSHA256] = entry }
        var belongs: [String: Int] = [:]
        var cursor = ChainEntry.genesis
        while let next = nextByPrev[cursor], belongs[next.entrySHA256] == nil {
            belongs[next.entrySHA256] = belongs.count + 1
            cursor = next.entrySHA256
        }
        var prev = ChainEntry.genesis
        for (index, entry) in entries.enumerated() {
            func report(_ finding: VerificationReport.Finding, _ detail: String) {
                problems.append(.init(kind: entry.kind, recordID: entry.recordID, finding: finding, detail: detail))
            }
            if let position = belongs[entry.entrySHA256], position != index + 1 {
                report(.reordered, "it is at position \(index + 1) of the chain but was written at position \(position)")
            } else if belongs[entry.entrySHA256] == nil, entry.prevSHA256 != prev {
                report(.reordered, "the chain entry before it (position \(index)) was removed, moved or changed")
            }
            if entry.entrySHA256 != ChainEntry.link(prev: entry.prevSHA256, kind: entry.kind, recordID: entry.recordID, content: entry.contentSHA256) {
                report(.edited, "its chain entry (position \(entry.seq)) was changed")
            }
            let key = Key(kind: entry.kind, id: entry.recordID)
            if let found = current.removeValue(forKey: key) {
                if let signature = found.signatureProblem { report(.badSignature, signature) }
                if found.digest != entry.contentSHA256 {
                    report(.edited, found.digest == nil ? "its person or salt is gone" : "its content no longer matches what the chain committed")
                }
            } else if !disposed.contains(entry.recordID) {
                report(.removed, "the chain names it but the store no longer holds it")
            }
            prev = entry.entrySHA256
        }
        for (key, _) in current.sorted(by: { $0.key.id < $1.key.id }) {
            problems.append(.init(kind: key.kind, recordID: key.id, finding: .unchained, detail: "it was added outside safedrill or its chain entry was removed"))
        }
        return VerificationReport(entries: entries.count, head: prev, problems: problems)
    }

    struct Key: Hashable {
        var kind: ChainEntry.Kind
        var id: String
    }

    struct Found {
        var digest: String?
        var signatureProblem: String?
    }

    private func currentDigests() throws -> [Key: Found] {
        var found: [Key: Found] = [:]
        let people = Dictionary(try Person.fetchAll(db).compactMap { p in p.id.map { ($0, p.name) } }, uniquingKeysWith: { a, _ in a })
        let salts = Dictionary(try Row.fetchAll(db, sql: "SELECT person_id, salt FROM person_salt").map { ($0["person_id"] as Int64, $0["salt"] as Data) }, uniquingKeysWith: { a, _ in a })
        var answers: [String: [RecordedAnswer]] = [:]
        for answer in try RecordedAnswer.order(RecordedAnswer.CodingKeys.attemptID, RecordedAnswer.CodingKeys.seq).fetchAll(db) {
            answers[answer.attemptID, default: []].append(answer)
        }
        for attempt in try Attempt.filter(Attempt.CodingKeys.status == Attempt.Status.completed.rawValue).fetchAll(db) {
            var digest: String?
            if let name = people[attempt.personID], let salt = salts[attempt.personID] {
                digest = AttemptDigest.content(of: attempt, answers: answers[attempt.id] ?? [], personName: name, salt: salt)
            }
            found[Key(kind: .attempt, id: attempt.id)] = Found(digest: digest)
        }
        func identityMatches(_ personID: Int64?, _ hash: String) -> Bool {
            guard let personID else { return true }
            guard let name = people[personID], let salt = salts[personID] else { return false }
            return PersonSalt.identity(name: name, salt: salt) == hash
        }
        for decision in try RecordedDecision.fetchAll(db) {
            found[Key(kind: .decision, id: decision.id)] = Found(digest: identityMatches(decision.personID, decision.recorderSHA256) ? decision.digest : nil)
        }
        var keys: [String: SigningKey] = [:]
        for key in try SigningKey.fetchAll(db) {
            keys[key.fingerprint] = key
            let honest = KeyFingerprint.of(key.publicKey) == key.fingerprint && identityMatches(key.personID, key.ownerSHA256)
            found[Key(kind: .key, id: key.fingerprint)] = Found(digest: honest ? key.digest : "")
        }
        for signOff in try SignOff.fetchAll(db) {
            var problem: String?
            if let key = keys[signOff.keyFingerprint], let publicKey = try? Curve25519.Signing.PublicKey(rawRepresentation: key.publicKey) {
                if !publicKey.isValidSignature(signOff.signature, for: signOff.signedBytes) {
                    problem = "the signature does not verify with key \(key.shortFingerprint)"
                }
            } else {
                problem = "signed with key \(SigningKey.short(signOff.keyFingerprint)), which is not registered"
            }
            let people = identityMatches(signOff.traineeID, signOff.traineeSHA256) && identityMatches(signOff.supervisorID, signOff.supervisorSHA256)
            found[Key(kind: .signoff, id: signOff.id)] = Found(digest: people ? signOff.digest : "", signatureProblem: problem)
        }
        for void in try Voiding.fetchAll(db) {
            found[Key(kind: .void, id: void.id)] = Found(digest: void.digest)
        }
        for disposal in try Disposal.fetchAll(db) {
            found[Key(kind: .disposal, id: disposal.id)] = Found(digest: disposal.digest)
        }
        return found
    }

    /// Records removed on purpose, by a chained erasure or purge.
    private func disposedIDs() throws -> Set<String> {
        var ids = Set<String>()
        for disposal in try Disposal.fetchAll(db) { ids.formUnion(disposal.recordIDs) }
        return ids
    }
}
