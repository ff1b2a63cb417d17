import Crypto
import Foundation
import GRDB

extension RecordStore {
    /// For each scenario of `pack`, the trainee's most recent Competent assessment-mode attempt
    /// finished within the pack's validity window before `at`, leaving out voided attempts and
    /// attempts whose free text awaits moderation. Outcomes are as moderated (`Moderation`).
    public func evidence(trainee: String, pack: Pack, at: Date) throws -> EvidenceCheck {
        let name = trainee.trimmingCharacters(in: .whitespacesAndNewlines)
        let since = Self.monthsBefore(at, pack.validityMonths)
        return try writer.read { db in
            guard let person = try Self.existingPerson(named: name, in: db), let personID = person.id else {
                throw SignOffError.unknownTrainee(name)
            }
            let voided = Set(try String.fetchAll(db, sql: "SELECT target_id FROM void"))
            let items = try pack.scenarios.map { scenario -> EvidenceCheck.Item in
                let attempts = try Attempt
                    .filter(Attempt.CodingKeys.personID == personID && Attempt.CodingKeys.scenarioID == scenario)
                    .filter(Attempt.CodingKeys.mode == Attempt.Mode.assessment.rawValue)
                    .filter(Attempt.CodingKeys.status == Attempt.Status.completed.rawValue)
                    .order(Attempt.CodingKeys.finishedAt.desc)
                    .fetchAll(db)
                    .filter { !voided.contains($0.id) }
                    .map { try Self.moderated($0, in: db) }
                let awaiting = try Self.awaitingModeration(attempts.map(\.id), in: db)
                let inWindow = attempts.filter { ($0.finishedAt ?? .distantPast) >= since && ($0.finishedAt ?? .distantPast) <= at }
                if let good = inWindow.first(where: { $0.outcome == .competent && awaiting[$0.id] == nil }) {
                    return .init(scenarioID: scenario, attempt: good, problem: nil)
                }
                let problem: String
                if let provisional = inWindow.first(where: { awaiting[$0.id] != nil }), let nodes = awaiting[provisional.id] {
                    problem = "attempt \(provisional.id.prefix(8)) awaits moderation of its free text (\(nodes.joined(separator: ", "))): "
                        + "an assessor or supervisor runs 'safedrill records moderate \(provisional.id.prefix(8)) --as NAME'"
                } else if attempts.isEmpty {
                    problem = "no completed assessment-mode attempt"
                } else if attempts.contains(where: { $0.outcome == .competent }) {
                    problem = "the last Competent assessment is older than \(pack.validityMonths) months"
                } else {
                    problem = "not yet competent in assessment mode"
                }
                return .init(scenarioID: scenario, attempt: nil, problem: problem)
            }
            return EvidenceCheck(pack: pack, trainee: person.name, items: items)
        }
    }

    /// Checks the key (registered, endorsed, not replaced), the signer (registered as supervisor,
    /// assessor or lead, and not the trainee under any spelling of the name), the evidence (all
    /// finished by `at`, and not already signed off in this pack by a standing sign-off:
    /// `SignOffError.duplicate` names the one that holds it), then signs and stores the sign-off, with the chain head it is
    /// appended after, and chains it, all in one transaction. The refresh date is `validityMonths`
    /// after `at`; `at` may not be before the key's endorsement.
    public func signOff(
        trainee: String, pack: Pack, method: SignOffMethod, comments: String,
        key: Curve25519.Signing.PrivateKey, at: Date
    ) throws -> SignOff {
        guard pack.methods.contains(method) else {
            throw SignOffError.methodNotAccepted(method: method.rawValue, pack: pack.id, accepted: pack.methods.map(\.rawValue))
        }
        let at = StoredTime.normalised(at)
        let comments = comments.trimmingCharacters(in: .whitespacesAndNewlines)
        let fingerprint = KeyFingerprint.of(key.publicKey.rawRepresentation)
        let check = try evidence(trainee: trainee, pack: pack, at: at)
        return try writer.write { db in
            guard let registered = try SigningKey.fetchOne(db, key: fingerprint) else {
                throw KeyError.notRegistered(fingerprint: fingerprint)
            }
            guard let supervisorID = registered.personID, let supervisor = try Person.fetchOne(db, key: supervisorID) else {
                throw SignOffError.keyOwnerErased
            }
            let endorsement = try Self.checkSigningAuthority(fingerprint: fingerprint, in: db)
            guard supervisor.role != .trainee else { throw SignOffError.signerIsTrainee(supervisor.name) }
            guard supervisor.role.maySupervise else { throw PeopleError.notStaff(supervisor.name, role: supervisor.role) }
            guard let trainee = try Self.existingPerson(named: check.trainee, in: db), let traineeID = trainee.id else {
                throw SignOffError.unknownTrainee(check.trainee)
            }
            guard supervisorID != traineeID, !supervisor.isNamed(trainee.name) else { throw SignOffError.selfSignOff(supervisor.name) }
            guard check.isComplete else {
                throw SignOffError.missingEvidence(trainee: check.trainee, pack: pack.id, problems: check.problems)
            }
            guard at >= max(endorsement.endorsedAt, registered.createdAt) else {
                throw SignOffError.beforeKey(at: at, key: registered.shortFingerprint)
            }
            let evidence = check.items.compactMap { item in
                item.attempt.map {
                    SignOff.Evidence(attemptID: $0.id, scenarioID: $0.scenarioID, resultSHA256: Hex.sha256(Data(($0.resultJSON ?? "").utf8)))
                }
            }
            if let existing = try Self.signOff(of: traineeID, pack: pack.id, evidence: evidence, in: db) {
                throw SignOffError.duplicate(existingID: existing.id, trainee: trainee.name, pack: pack.id)
            }
            var signOff = SignOff(
                id: UUID().uuidString.lowercased(), traineeID: traineeID,
                traineeSHA256: PersonSalt.identity(name: trainee.name, salt: try PersonSalt.salt(for: traineeID, in: db)),
                supervisorID: supervisorID,
                supervisorSHA256: PersonSalt.identity(name: supervisor.name, salt: try PersonSalt.salt(for: supervisorID, in: db)),
                keyFingerprint: fingerprint, packID: pack.id, evidence: evidence, method: method, comments: comments,
                salt: PersonSalt.randomSalt(), signedAt: at, refreshDue: Self.monthsBefore(at, -pack.validityMonths),
                chainHead: try Self.chainHead(in: db).head, signature: Data())
            signOff.signature = try key.signature(for: signOff.signedBytes)
            try signOff.insert(db)
            try ChainEntry.append(kind: .signoff, recordID: signOff.id, content: signOff.digest, in: db)
            return signOff
        }
    }

    /// A sign-off, not voided, of the trainee in the pack on exactly these evidence attempts.
    private static func signOff(of traineeID: Int64, pack: String, evidence: [SignOff.Evidence], in db: Database) throws -> SignOff? {
        let attempts = Set(evidence.map(\.attemptID))
        let voided = Set(try String.fetchAll(db, sql: "SELECT target_id FROM void"))
        let authority = try KeyAuthority.load(db)
        // A sign-off whose key was never endorsed (or whose endorsement fails) does not stand, so it
        // holds no evidence: `records verify` names it until it is voided.
        func stands(_ signOff: SignOff) -> Bool {
            switch authority.standing(of: signOff.keyFingerprint) {
            case .endorsed, .replaced: true
            case .unendorsed, .badEndorsement: false
            }
        }
        return try SignOff.filter(SignOff.CodingKeys.traineeID == traineeID && SignOff.CodingKeys.packID == pack)
            .order(SignOff.CodingKeys.signedAt)
            .fetchAll(db)
            .first { !voided.contains($0.id) && stands($0) && Set($0.evidence.map(\.attemptID)) == attempts }
    }

    /// Sign-offs, newest first; only those about `trainee` or for `packID` when given.
    public func signOffs(trainee: String? = nil, packID: String? = nil) throws -> [SignOff] {
        try writer.read { db in
            var request = SignOff.all()
            if let trainee {
                let id = try Self.existingPerson(named: trainee, in: db)?.id
                request = request.filter(SignOff.CodingKeys.traineeID == id)
            }
            if let packID { request = request.filter(SignOff.CodingKeys.packID == packID) }
            return try request.order(SignOff.CodingKeys.signedAt.desc).fetchAll(db)
        }
    }

    /// `months` calendar months before `date` in UTC (after it when negative).
    static func monthsBefore(_ date: Date, _ months: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar.date(byAdding: .month, value: -months, to: date) ?? date
    }
}
