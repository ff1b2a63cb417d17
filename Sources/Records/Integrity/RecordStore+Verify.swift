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
        let entries = try chainEntries()
        let disposed = try disposedIDs()
        var current = try currentDigests(disposed: disposed)
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
                for evidence in found.evidenceProblems { report(.evidenceChanged, evidence) }
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
        var evidenceProblems: [String] = []
    }

    private func currentDigests(disposed: Set<String>) throws -> [Key: Found] {
        var found: [Key: Found] = [:]
        let people = Dictionary(try Person.fetchAll(db).compactMap { p in p.id.map { ($0, p.name) } }, uniquingKeysWith: { a, _ in a })
        let salts = Dictionary(
            try Row.fetchAll(db, sql: "SELECT person_id, salt FROM person_salt").compactMap { row in
                Int64.fromDatabaseValue(row[0]).flatMap { id in Data.fromDatabaseValue(row[1]).map { (id, $0) } }
            },
            uniquingKeysWith: { a, _ in a })
        try attemptDigests(people: people, salts: salts) { id, digest in found[Key(kind: .attempt, id: id)] = Found(digest: digest) }
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
            found[Key(kind: .signoff, id: signOff.id)] = Found(
                digest: people ? signOff.digest : "", signatureProblem: problem, evidenceProblems: try evidenceProblems(of: signOff, disposed: disposed))
        }
        for void in try Voiding.fetchAll(db) {
            found[Key(kind: .void, id: void.id)] = Found(digest: void.digest)
        }
        for disposal in try Disposal.fetchAll(db) {
            found[Key(kind: .disposal, id: disposal.id)] = Found(digest: disposal.digest)
        }
        return found
    }

    /// The chain in order, read row by row: it has a link for every record, so it is most of what verify reads.
    private func chainEntries() throws -> [ChainEntry] {
        var entries: [ChainEntry] = []
        let rows = try Row.fetchCursor(db, sql: """
            SELECT seq, kind, record_id, content_sha256, prev_sha256, entry_sha256 FROM chain_entry ORDER BY seq
            """)
        while let row = try rows.next() {
            // A kind the code does not know cannot match any record: it reads as a void with no record.
            let kind = row.storedText(1).flatMap(ChainEntry.Kind.init(rawValue:)) ?? .void
            entries.append(ChainEntry(
                seq: Int64.fromDatabaseValue(row[0]) ?? 0, kind: kind, recordID: row.storedText(2) ?? "", contentSHA256: row.storedText(3) ?? "",
                prevSHA256: row.storedText(4) ?? "", entrySHA256: row.storedText(5) ?? ""))
        }
        return entries
    }

    /// Every completed attempt's digest (nil when its person or salt is gone), hashed from the stored
    /// text of the attempt and its answers in one ordered pass: no record decoding, no date parsing.
    private func attemptDigests(people: [Int64: String], salts: [Int64: Data], _ found: (String, String?) -> Void) throws {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT a.id, a.person_id, a.scenario_id, a.scenario_sha256, a.policy_sha256, a.rubrics_sha256,
                   a.mode, a.supervisor, a.started_at, a.finished_at, a.status, a.outcome, a.percent, a.result_json,
                   n.seq, n.node_id, n.kind, n.input, n.answered_at
            FROM attempt a LEFT JOIN answer n ON n.attempt_id = a.id
            WHERE a.status = 'completed'
            ORDER BY a.id, n.seq
            """)
        var identities: [Int64: String] = [:]
        var current: (fields: AttemptDigest.Fields, personID: Int64, answers: AttemptDigest.Answers?)?
        func finish() {
            guard let (fields, personID, answers) = current else { return }
            guard let answers, let salt = salts[personID], let identity = identities[personID] else {
                return found(fields.id, nil)
            }
            found(fields.id, AttemptDigest.content(of: fields, answers: answers, traineeIdentity: identity, salt: salt))
        }
        while let row = try rows.next() {
            let id = row.storedText(0) ?? ""
            if current?.fields.id != id {
                finish()
                let personID = Int64.fromDatabaseValue(row[1]) ?? -1
                var answers: AttemptDigest.Answers?
                if let name = people[personID], let salt = salts[personID] {
                    answers = AttemptDigest.Answers(salt: salt)
                    if identities[personID] == nil { identities[personID] = PersonSalt.identity(name: name, salt: salt) }
                }
                let fields = AttemptDigest.Fields(
                    id: id, scenarioID: row.storedText(2) ?? "", scenarioSHA256: row.storedText(3) ?? "",
                    policySHA256: row.storedText(4) ?? "", rubricsSHA256: row.storedText(5) ?? "", mode: row.storedText(6) ?? "",
                    supervisor: row.storedText(7), startedAt: row.storedText(8) ?? "", finishedAt: row.storedText(9),
                    status: row.storedText(10) ?? "", outcome: row.storedText(11), percent: row.storedText(12),
                    resultJSON: row.storedText(13))
                current = (fields, personID, answers)
            }
            if let seq = row.storedText(14) {
                current?.answers?.add(
                    seq: seq, node: row.storedText(15) ?? "", kind: row.storedText(16) ?? "", input: row.storedText(17) ?? "",
                    answeredAt: row.storedText(18) ?? "")
            }
        }
        finish()
    }

    /// Checks a sign-off's evidence against the attempts as stored now. The chain finds an edited
    /// attempt too, but only the signature ties the sign-off to those exact results: this still holds
    /// if someone rebuilt the whole chain after editing an attempt.
    private func evidenceProblems(of signOff: SignOff, disposed: Set<String>) throws -> [String] {
        return try signOff.evidence.compactMap { item in
            let named = "evidence attempt \(item.attemptID.prefix(8)) (\(item.scenarioID))"
            guard let row = try Row.fetchOne(db, sql: """
                SELECT person_id, status, outcome, result_json FROM attempt WHERE id = ?
                """, arguments: [item.attemptID])
            else {
                return disposed.contains(item.attemptID) ? nil : "\(named) is gone and no chained erasure or purge covers it"
            }
            if let traineeID = signOff.traineeID, Int64.fromDatabaseValue(row[0]) != traineeID {
                return "\(named) belongs to someone else now"
            }
            if row.storedText(1) != Attempt.Status.completed.rawValue || row.storedText(2) != Attempt.Outcome.competent.rawValue {
                return "\(named) is no longer a completed Competent attempt"
            }
            if Hex.sha256(Data((row.storedText(3) ?? "").utf8)) != item.resultSHA256 {
                return "\(named): its result no longer hashes to what the supervisor signed"
            }
            return nil
        }
    }

    /// Records removed on purpose, by a chained erasure or purge.
    private func disposedIDs() throws -> Set<String> {
        var ids = Set<String>()
        for disposal in try Disposal.fetchAll(db) { ids.formUnion(disposal.recordIDs) }
        return ids
    }
}
