import Foundation
import GRDB

/// The checks `verify` makes on who signed each sign-off and when, beside the chain walk: the
/// endorsements themselves, the signing key's endorsement, and the sign-off's dates against its
/// evidence, its key, the chain order and its pack's refresh rule.
///
/// A signature proves only that the key signed: a key that no one with authority endorsed, or a
/// backdated record re-signed by a key, verifies as a signature. These checks catch both.
struct SignOffChecks {
    let db: Database
    var packs: PackCatalogue?

    func run(entries: [ChainEntry]) throws -> (problems: [VerificationReport.Problem], warnings: [String]) {
        let authority = try KeyAuthority.load(db)
        var problems = authority.problems.map {
            VerificationReport.Problem(kind: .endorsement, recordID: $0.id, finding: .badEndorsement, detail: $0.detail)
        }
        for extra in try RegistrationKey.fetchAll(db) where extra.fingerprint != authority.registration?.fingerprint {
            problems.append(.init(
                kind: .registration, recordID: extra.fingerprint, finding: .badEndorsement,
                detail: "a second registration key: 'keys init' makes one per store, and only the first counts"))
        }
        var warnings = try legacyKeyWarnings(authority)
        let signOffs = try SignOff.order(SignOff.CodingKeys.signedAt).fetchAll(db)
        let voided = Set(try String.fetchAll(db, sql: "SELECT target_id FROM void"))
        let endorsementIDs = Set(authority.endorsements.values.map(\.id))
        let wanted = Set(signOffs.flatMap { [$0.id] + $0.evidence.map(\.attemptID) }).union(endorsementIDs)
        var positions: [String: Int] = [:]
        for (index, entry) in entries.enumerated() where [.signoff, .attempt, .endorsement].contains(entry.kind) && wanted.contains(entry.recordID) {
            positions[entry.recordID] = index + 1
        }
        for signOff in signOffs {
            func problem(_ finding: VerificationReport.Finding, _ detail: String) {
                problems.append(.init(kind: .signoff, recordID: signOff.id, finding: finding, detail: detail))
            }
            if let signer = signerProblem(signOff, authority) {
                // A void says it no longer counts: how a legacy store sets aside a sign-off by a key no one will endorse.
                if voided.contains(signOff.id) {
                    warnings.append("signoff \(signOff.id) is void; it was \(signer)")
                } else {
                    problem(.unendorsedKey, signer + ": endorse the key with 'safedrill keys endorse' if its holder really signed this, else void the sign-off")
                }
            }
            for detail in try datingProblems(signOff, authority: authority, positions: positions) { problem(.misdated, detail) }
            if let packs, packs.pack(signOff.packID) == nil {
                warnings.append("signoff \(signOff.id): pack '\(signOff.packID)' is not in the packs file, so its refresh date was not checked")
            }
        }
        return (problems, warnings)
    }

    /// Why the key that signed may not have: no endorsement, or replaced before the signing time.
    /// An unregistered key is named as a bad signature already.
    private func signerProblem(_ signOff: SignOff, _ authority: KeyAuthority) -> String? {
        let key = signOff.keyFingerprint
        guard authority.keys[key] != nil else { return nil }
        guard authority.endorsements[key] != nil else {
            return "signed with key \(SigningKey.short(key)), which neither the registration key nor a manager endorsed"
        }
        if let replaced = authority.replacements[key], replaced.at <= signOff.signedAt {
            return "signed with key \(SigningKey.short(key)) after it was replaced by \(SigningKey.short(replaced.by)) on \(StoredTime.text(replaced.at))"
        }
        return nil
    }

    /// A sign-off is signed after the evidence it rests on was finished, after its key was
    /// registered, after its evidence in the chain, and is due for refresh when its pack says.
    private func datingProblems(_ signOff: SignOff, authority: KeyAuthority, positions: [String: Int]) throws -> [String] {
        var problems: [String] = []
        let signed = StoredTime.text(signOff.signedAt)
        if let key = authority.keys[signOff.keyFingerprint], signOff.signedAt < key.createdAt {
            problems.append("signed \(signed), before its key \(key.shortFingerprint) was registered (\(StoredTime.text(key.createdAt)))")
        }
        // A legacy key is endorsed after its old sign-offs; a key endorsed before signing cannot sign before that time.
        if let endorsement = authority.endorsements[signOff.keyFingerprint], let endorsed = positions[endorsement.id],
            let own = positions[signOff.id], endorsed < own, signOff.signedAt < endorsement.endorsedAt {
            problems.append("signed \(signed), before its key was endorsed (\(StoredTime.text(endorsement.endorsedAt))), which comes first in the chain")
        }
        let pack = packs?.pack(signOff.packID)
        let window = pack.map { RecordStore.monthsBefore(signOff.signedAt, $0.validityMonths) }
        for item in signOff.evidence {
            let named = "evidence attempt \(item.attemptID.prefix(8)) (\(item.scenarioID))"
            let finished = try String.fetchOne(db, sql: "SELECT finished_at FROM attempt WHERE id = ?", arguments: [item.attemptID])
                .flatMap(StoredTime.date(from:))
            if let finished, finished > signOff.signedAt {
                problems.append("signed \(signed), before its \(named) was finished (\(StoredTime.text(finished)))")
            }
            if let finished, let window, let pack, finished < window {
                problems.append("its \(named) was finished \(StoredTime.text(finished)), more than \(pack.validityMonths) months before it was signed")
            }
            if let evidence = positions[item.attemptID], let own = positions[signOff.id], evidence > own {
                problems.append("it comes before its \(named) in the chain (positions \(own) and \(evidence))")
            }
        }
        if let pack {
            let due = RecordStore.monthsBefore(signOff.signedAt, -pack.validityMonths)
            if signOff.refreshDue != due {
                problems.append("refresh due \(StoredTime.text(signOff.refreshDue)), but pack \(pack.id) gives \(pack.validityMonths) months after signing: \(StoredTime.text(due))")
            }
        }
        return problems
    }

    /// Keys with no endorsement at all, registered before keys needed endorsing, and how to endorse them.
    private func legacyKeyWarnings(_ authority: KeyAuthority) throws -> [String] {
        var warnings: [String] = []
        let legacy = authority.keys.values.filter { authority.standing(of: $0.fingerprint) == .unendorsed }
            .sorted { ($0.createdAt, $0.fingerprint) < ($1.createdAt, $1.fingerprint) }
        if !legacy.isEmpty, authority.registration == nil {
            warnings.append("no registration key: the provider runs 'safedrill keys init' once, then endorses the keys below with it")
        }
        for key in legacy {
            let owner = try key.personID.flatMap { try Person.fetchOne(db, key: $0) }
            let who = owner.map { "\($0.name), \($0.role.rawValue)" } ?? "owner erased"
            warnings.append("key \(key.shortFingerprint) (\(who)) is legacy, unendorsed: it cannot sign until endorsed with "
                + "'safedrill keys endorse --fingerprint \(key.fingerprint) --with REGISTRATION_OR_MANAGER_KEY'")
        }
        return warnings
    }
}
