import Crypto
import Foundation
import GRDB

extension RecordStore {
    /// Walks the chain and recomputes every record's digest from what the store holds now, then
    /// checks who signed each sign-off and when (`SignOffChecks`); with `packs`, each sign-off's
    /// refresh date is checked against its pack's rule too.
    ///
    /// Reads everything in one snapshot, a query per table, straight from SQLite's buffers;
    /// docs/records.md gives its cost against hashing the file's bytes.
    public func verify(packs: PackCatalogue? = nil) throws -> VerificationReport {
        try writer.read { db in
            // Verify reads the whole file: map it rather than copy it page by page through a small cache.
            try db.execute(sql: "PRAGMA mmap_size = 1073741824")
            defer { try? db.execute(sql: "PRAGMA mmap_size = 0") }
            return try ChainVerifier(db: db, packs: packs).run()
        }
    }
}

/// The checks behind `RecordStore.verify()`.
struct ChainVerifier {
    let db: Database
    var packs: PackCatalogue?

    func run() throws -> VerificationReport {
        let entries = try chainEntries()
        let disposed = try disposedIDs()
        let changes = try PersonChange.fetchAll(db)
        let recommitments = Recommitments(changes)
        var current = try currentDigests(disposed: disposed, expected: entries.count, changes: changes)
        var problems: [VerificationReport.Problem] = []
        let belongs = Self.positions(of: entries)
        var prev = ChainEntry.genesis
        for (index, entry) in entries.enumerated() {
            func report(_ finding: VerificationReport.Finding, _ detail: String) {
                problems.append(.init(kind: entry.kind, recordID: entry.recordID, finding: finding, detail: detail))
            }
            // With every link in place (no map), each entry is where it was written.
            let position: Int? = if let belongs { belongs[entry.entrySHA256] } else { index + 1 }
            if let position, position != index + 1 {
                report(.reordered, "it is at position \(index + 1) of the chain but was written at position \(position)")
            } else if position == nil, entry.prevSHA256 != prev {
                report(.reordered, "the chain entry before it (position \(index)) was removed, moved or changed")
            }
            if entry.entrySHA256 != ChainEntry.link(prev: entry.prevSHA256, kind: entry.kind, recordID: entry.recordID, content: entry.contentSHA256) {
                report(.edited, "its chain entry (position \(entry.seq)) was changed")
            }
            let key = Key(kind: entry.kind, id: entry.recordID)
            if let found = current.removeValue(forKey: key) {
                if let signature = found.signatureProblem { report(.badSignature, signature) }
                for evidence in found.evidenceProblems { report(.evidenceChanged, evidence) }
                if !recommitments.accepts(committed: entry.contentSHA256, current: found.digest, kind: entry.kind, recordID: entry.recordID) {
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
        let signers = try SignOffChecks(db: db, packs: packs).run(entries: entries)
        problems += signers.problems
        let heads = try CheckpointChecks(db: db).run(entries: entries)
        problems += heads.problems
        var report = VerificationReport(entries: entries.count, head: prev, problems: problems, warnings: signers.warnings)
        report.signedThrough = heads.signedThrough
        return report
    }

    /// Where each link was written, found by following the links from the genesis whatever order
    /// the rows are in now; nil when every link follows the one before it, as in an untouched chain.
    static func positions(of entries: [ChainEntry]) -> [String: Int]? {
        var prev = ChainEntry.genesis
        guard entries.contains(where: { entry in defer { prev = entry.entrySHA256 }; return entry.prevSHA256 != prev }) else { return nil }
        var nextByPrev: [String: ChainEntry] = [:]
        for entry in entries { nextByPrev[entry.prevSHA256] = entry }
        var belongs: [String: Int] = [:]
        var cursor = ChainEntry.genesis
        while let next = nextByPrev[cursor], belongs[next.entrySHA256] == nil {
            belongs[next.entrySHA256] = belongs.count + 1
            cursor = next.entrySHA256
        }
        return belongs
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

    /// What every chained record hashes to now; also how a rename or merge finds the digests it changes.
    /// - Parameter changes: the person register's changes, whose former identities still stand for their person.
    func currentDigests(disposed: Set<String>, expected: Int, changes: [PersonChange]) throws -> [Key: Found] {
        var found: [Key: Found] = [:]
        found.reserveCapacity(expected)
        let people = Dictionary(try Person.fetchAll(db).compactMap { p in p.id.map { ($0, p.name) } }, uniquingKeysWith: { a, _ in a })
        let salts = Dictionary(
            try Row.fetchAll(db, sql: "SELECT person_id, salt FROM person_salt").compactMap { row in
                Int64.fromDatabaseValue(row[0]).flatMap { id in Data.fromDatabaseValue(row[1]).map { (id, $0) } }
            },
            uniquingKeysWith: { a, _ in a })
        let disposals = try Disposal.fetchAll(db)
        let erased = ErasedNames(disposals)
        try attemptDigests(people: people, salts: salts, erased: erased) { id, digest in found[Key(kind: .attempt, id: id)] = Found(digest: digest) }
        var formerIdentities: [Int64: Set<String>] = [:]
        for change in changes { formerIdentities[change.personID, default: []].formUnion(change.formerIdentities) }
        func identityMatches(_ personID: Int64?, _ hash: String) -> Bool {
            guard let personID else { return true }
            guard let name = people[personID], let salt = salts[personID] else { return false }
            return PersonSalt.identity(name: name, salt: salt) == hash || formerIdentities[personID]?.contains(hash) == true
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
                digest: people ? signOff.digest : "", signatureProblem: problem, evidenceProblems: try evidenceProblems(of: signOff, disposed: disposed, erased: erased))
        }
        try StoredColumns.forEachRow(db, sql: """
            SELECT n.id, n.attempt_id, n.node_id, n.author, n.text, n.created_at, a.person_id
            FROM note n LEFT JOIN attempt a ON a.id = n.attempt_id
            """) { row in
            let id = row.text(0) ?? ""
            let digest = row.int64(6).flatMap { salts[$0] }.map { salt in
                NoteDigest.content(
                    id: id, attemptID: row.text(1) ?? "", nodeID: row.text(2) ?? "", author: row.text(3) ?? "",
                    text: row.text(4) ?? "", createdAt: row.text(5) ?? "", salt: salt, erased: erased)
            }
            found[Key(kind: .note, id: row.int64(0).map(NoteDigest.chainID) ?? "note-" + id)] = Found(digest: digest)
        }
        let traineeOf = Dictionary(
            try Row.fetchAll(db, sql: "SELECT id, person_id FROM attempt WHERE id IN (SELECT attempt_id FROM moderation)").compactMap { row in
                String.fromDatabaseValue(row[0]).flatMap { id in Int64.fromDatabaseValue(row[1]).map { (id, $0) } }
            },
            uniquingKeysWith: { a, _ in a })
        for moderation in try Moderation.fetchAll(db) {
            guard let id = moderation.id else { continue }
            let digest = traineeOf[moderation.attemptID].flatMap { salts[$0] }.map { ModerationDigest.content(of: moderation, salt: $0, erased: erased) }
            found[Key(kind: .moderation, id: ModerationDigest.chainID(id))] = Found(digest: digest)
        }
        for registration in try RegistrationKey.fetchAll(db) {
            let honest = KeyFingerprint.of(registration.publicKey) == registration.fingerprint
            found[Key(kind: .registration, id: registration.fingerprint)] = Found(digest: honest ? registration.digest : "")
        }
        for endorsement in try KeyEndorsement.fetchAll(db) {
            found[Key(kind: .endorsement, id: endorsement.id)] = Found(digest: endorsement.digest)
        }
        for void in try Voiding.fetchAll(db) {
            found[Key(kind: .void, id: void.id)] = Found(digest: void.digest(erased: erased))
        }
        for disposal in disposals {
            found[Key(kind: .disposal, id: disposal.id)] = Found(digest: disposal.digest)
        }
        for change in changes {
            found[Key(kind: .personChange, id: change.id)] = Found(digest: change.digest)
        }
        for checkpoint in try Checkpoint.fetchAll(db) {
            found[Key(kind: .checkpoint, id: checkpoint.id)] = Found(digest: checkpoint.digest)
        }
        for imported in try ImportedCredential.fetchAll(db) {
            found[Key(kind: .credential, id: imported.id)] = Found(digest: identityMatches(imported.personID, imported.personSHA256) ? imported.digest : nil)
        }
        return found
    }

    /// The chain in order, read row by row: it has a link for every record, so it is most of what verify reads.
    private func chainEntries() throws -> [ChainEntry] {
        var entries: [ChainEntry] = []
        try StoredColumns.forEachRow(db, sql: """
            SELECT seq, kind, record_id, content_sha256, prev_sha256, entry_sha256 FROM chain_entry ORDER BY seq
            """) { row in
            // A kind the code does not know cannot match any record: it reads as a void with no record.
            let kind = row.text(1).flatMap(ChainEntry.Kind.init(rawValue:)) ?? .void
            entries.append(ChainEntry(
                seq: row.int64(0) ?? 0, kind: kind, recordID: row.text(2) ?? "", contentSHA256: row.text(3) ?? "",
                prevSHA256: row.text(4) ?? "", entrySHA256: row.text(5) ?? ""))
        }
        return entries
    }

    /// Every completed attempt's digest (nil when its person or salt is gone), hashed from the stored
    /// text of the attempt and its answers in one ordered pass: no record decoding, no date parsing.
    /// Attempts go in the order they were written, so their answers are read nearly sequentially:
    /// ordering by attempt id instead made SQLite seek at random and tripled the time.
    private func attemptDigests(people: [Int64: String], salts: [Int64: Data], erased: ErasedNames, _ found: (String, String?) -> Void) throws {
        var identities: [Int64: String] = [:]
        var current: (fields: AttemptDigest.Fields, personID: Int64, answers: AttemptDigest.Answers?)?
        func finish() {
            guard let (fields, personID, answers) = current else { return }
            guard let answers, let salt = salts[personID], let identity = identities[personID] else {
                return found(fields.id, nil)
            }
            found(fields.id, AttemptDigest.content(of: fields, answers: answers, traineeIdentity: identity, salt: salt, erased: erased))
        }
        try StoredColumns.forEachRow(db, sql: """
            SELECT a.id, a.person_id, a.scenario_id, a.scenario_sha256, a.policy_sha256, a.rubrics_sha256,
                   a.mode, a.supervisor, a.started_at, a.finished_at, a.status, a.outcome, a.percent, a.result_json,
                   n.seq, n.node_id, n.kind, n.input, n.answered_at
            FROM attempt a LEFT JOIN answer n ON n.attempt_id = a.id
            WHERE a.status = 'completed'
            ORDER BY a.rowid, n.seq
            """) { row in
            let sameAttempt = current.map { current in
                row.withText(0) { id in id.map { current.fields.id.utf8.elementsEqual($0) } ?? false }
            } ?? false
            if !sameAttempt {
                finish()
                let personID = row.int64(1) ?? -1
                var answers: AttemptDigest.Answers?
                if let name = people[personID], let salt = salts[personID] {
                    answers = AttemptDigest.Answers(salt: salt)
                    if identities[personID] == nil { identities[personID] = PersonSalt.identity(name: name, salt: salt) }
                }
                let fields = AttemptDigest.Fields(
                    id: row.text(0) ?? "", scenarioID: row.text(2) ?? "", scenarioSHA256: row.text(3) ?? "",
                    policySHA256: row.text(4) ?? "", rubricsSHA256: row.text(5) ?? "", mode: row.text(6) ?? "",
                    supervisor: row.text(7), startedAt: row.text(8) ?? "", finishedAt: row.text(9),
                    status: row.text(10) ?? "", outcome: row.text(11), percent: row.text(12),
                    resultSHA256: row.withText(13) { $0.map(Hex.sha256) })
                current = (fields, personID, answers)
            }
            // No answer row at all (the LEFT JOIN found none) reads as NULL in every answer column.
            if row.withText(14, { $0 != nil }) { current?.answers?.add(row, first: 14) }
        }
        finish()
    }

    /// Checks a sign-off's evidence against the attempts as stored now. The chain finds an edited
    /// attempt too, but only the signature ties the sign-off to those exact results: this still holds
    /// if someone rebuilt the whole chain after editing an attempt.
    private func evidenceProblems(of signOff: SignOff, disposed: Set<String>, erased: ErasedNames) throws -> [String] {
        return try signOff.evidence.compactMap { item in
            let named = "evidence attempt \(item.attemptID.prefix(8)) (\(item.scenarioID))"
            var stored: (personID: Int64?, status: String?, outcome: String?, resultSHA256: String)?
            try StoredColumns.forEachRow(db, sql: "SELECT person_id, status, outcome, result_json FROM attempt WHERE id = ?", arguments: [item.attemptID]) { row in
                stored = (row.int64(0), row.text(1), row.text(2), row.withText(3) { Hex.sha256($0 ?? UnsafeBufferPointer(start: nil, count: 0)) })
            }
            guard let stored else {
                return disposed.contains(item.attemptID) ? nil : "\(named) is gone and no chained erasure or purge covers it"
            }
            if let traineeID = signOff.traineeID, stored.personID != traineeID {
                return "\(named) belongs to someone else now"
            }
            // Moderated evidence was signed on a moderated result; a later moderation may supersede
            // it, so any of the attempt's results will do, but the latest decides the outcome.
            var moderated: [(id: String, outcome: String?, resultSHA256: String)] = []
            try StoredColumns.forEachRow(db, sql: "SELECT id, outcome, result_json FROM moderation WHERE attempt_id = ? ORDER BY id", arguments: [item.attemptID]) { row in
                moderated.append((row.text(0) ?? "", row.text(1), row.withText(2) { Hex.sha256($0 ?? UnsafeBufferPointer(start: nil, count: 0)) }))
            }
            let outcome = moderated.last?.outcome ?? stored.outcome
            if stored.status != Attempt.Status.completed.rawValue || outcome != Attempt.Outcome.competent.rawValue {
                return "\(named) is no longer a completed Competent attempt"
            }
            let results = [erased.hashed(stored.resultSHA256, at: .attemptResult, of: item.attemptID, hash: { $0 })]
                + moderated.map { erased.hashed($0.resultSHA256, at: .moderationResult, of: $0.id, hash: { $0 }) }
            if !results.contains(item.resultSHA256) {
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
