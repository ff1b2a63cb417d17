import Crypto
import Foundation
import GRDB

/// Who may sign and who may endorse, found by replaying the endorsements in chain order and
/// checking each against what came before it.
///
/// The rules: the registration key may endorse any key. A manager's endorsed key may endorse a
/// key for someone who holds no endorsed key yet. For someone who does, a new endorsement is a
/// rotation: only their current key (keeping the role) or the registration key may make it, and
/// it replaces their earlier keys from that time on. Nothing else endorses.
struct KeyAuthority {
    private(set) var registration: RegistrationKey?
    private(set) var keys: [String: SigningKey] = [:]
    /// The endorsement that holds for each endorsed key (its first valid one).
    private(set) var endorsements: [String: KeyEndorsement] = [:]
    /// Keys a rotation replaced: when, and by which key.
    private(set) var replacements: [String: (at: Date, by: String)] = [:]
    /// Endorsements that do not hold, by id, with why, in chain order.
    private(set) var problems: [(id: String, detail: String)] = []
    /// Keys some endorsement names, valid or not.
    private(set) var named: Set<String> = []

    /// The authority as the store holds it. Unchained endorsements count for nothing (verify
    /// names them as added behind safedrill's back).
    static func load(_ db: Database) throws -> KeyAuthority {
        var authority = KeyAuthority()
        authority.registration = try RegistrationKey.fetchOne(db, sql: """
            SELECT r.* FROM registration_key r JOIN chain_entry c ON c.kind = 'registration' AND c.record_id = r.fingerprint
            ORDER BY c.seq LIMIT 1
            """)
        for key in try SigningKey.fetchAll(db) { authority.keys[key.fingerprint] = key }
        let chained = try KeyEndorsement.fetchAll(db, sql: """
            SELECT e.* FROM key_endorsement e JOIN chain_entry c ON c.kind = 'endorsement' AND c.record_id = e.id
            ORDER BY c.seq
            """)
        for endorsement in chained { authority.admit(endorsement) }
        return authority
    }

    /// What a key's endorsements make of it now.
    func standing(of fingerprint: String) -> KeyStanding {
        if let replaced = replacements[fingerprint] { return .replaced(successor: replaced.by, at: replaced.at) }
        if let endorsement = endorsements[fingerprint] {
            return .endorsed(role: endorsement.role, endorser: endorsement.endorserFingerprint, at: endorsement.endorsedAt)
        }
        return named.contains(fingerprint) ? .badEndorsement : .unendorsed
    }

    /// Why `endorser` may not endorse `key` for `ownerSHA256` as `role` at this point of the
    /// chain; nil when it may.
    func refusal(endorser: String, key: String, ownerSHA256: String, role: Person.Role) -> String? {
        if role == .trainee { return "a trainee cannot hold a signing key" }
        if endorsements[key] != nil { return "key \(SigningKey.short(key)) is already endorsed" }
        if endorser == key { return "a key cannot endorse itself" }
        if endorser == registration?.fingerprint { return nil }
        guard let endorsing = endorsements[endorser] else {
            return registration == nil
                ? "this store has no registration key yet: run 'safedrill keys init' first"
                : "key \(SigningKey.short(endorser)) is neither the registration key nor an endorsed key"
        }
        if let replaced = replacements[endorser] {
            return "key \(SigningKey.short(endorser)) was replaced by \(SigningKey.short(replaced.by)) and endorses nothing since"
        }
        let held = current(of: ownerSHA256)
        if let old = held.first {
            guard endorsing.ownerSHA256 == ownerSHA256 else {
                return "the owner already holds endorsed key \(SigningKey.short(old)): a new key for them is a rotation, signed by that key or by the registration key"
            }
            guard endorsing.role == role else {
                return "a rotation keeps the role (\(endorsing.role.rawValue)): only the registration key may change it"
            }
            return nil
        }
        guard endorsing.role == .manager else {
            return "key \(SigningKey.short(endorser)) is a \(endorsing.role.rawValue)'s: only a manager's key or the registration key may endorse"
        }
        return nil
    }

    /// The public key that signs for `fingerprint`: the registration key's or a registered key's.
    func publicKey(of fingerprint: String) -> Curve25519.Signing.PublicKey? {
        let raw = fingerprint == registration?.fingerprint ? registration?.publicKey : keys[fingerprint]?.publicKey
        return raw.flatMap { try? Curve25519.Signing.PublicKey(rawRepresentation: $0) }
    }

    /// Checks one endorsement against everything before it and, when it holds, takes it in.
    mutating func admit(_ endorsement: KeyEndorsement) {
        named.insert(endorsement.keyFingerprint)
        func problem(_ detail: String) { problems.append((endorsement.id, detail)) }
        guard let key = keys[endorsement.keyFingerprint], key.publicKey == endorsement.publicKey,
            KeyFingerprint.of(endorsement.publicKey) == endorsement.keyFingerprint, key.ownerSHA256 == endorsement.ownerSHA256
        else {
            return problem("it names key \(SigningKey.short(endorsement.keyFingerprint)), but no key with that public key and owner is registered")
        }
        if endorsement.endorsedAt < key.createdAt {
            return problem("it is dated \(StoredTime.text(endorsement.endorsedAt)), before the key was registered")
        }
        if let refusal = refusal(endorser: endorsement.endorserFingerprint, key: key.fingerprint, ownerSHA256: key.ownerSHA256, role: endorsement.role) {
            return problem(refusal)
        }
        guard let signer = publicKey(of: endorsement.endorserFingerprint),
            signer.isValidSignature(endorsement.signature, for: endorsement.signedBytes)
        else {
            return problem("its signature does not verify with endorser key \(SigningKey.short(endorsement.endorserFingerprint))")
        }
        for old in current(of: endorsement.ownerSHA256) {
            replacements[old] = (endorsement.endorsedAt, endorsement.keyFingerprint)
        }
        endorsements[endorsement.keyFingerprint] = endorsement
    }

    /// The owner's endorsed keys not yet replaced.
    private func current(of ownerSHA256: String) -> [String] {
        endorsements.values.filter { $0.ownerSHA256 == ownerSHA256 && replacements[$0.keyFingerprint] == nil }
            .map(\.keyFingerprint).sorted()
    }
}
