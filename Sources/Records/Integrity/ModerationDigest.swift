import Foundation
import GRDB

/// What the chain commits to for a moderation: which element of which answer, the decision, the
/// effective outcome, score and result hash it gave, when; its reason and moderator only as hashes
/// salted with the trainee's salt, as a note's text and author are.
enum ModerationDigest {
    /// The moderation's name in the chain and in disposal logs: `moderation-` and its row id.
    static func chainID(_ moderationID: Int64) -> String { "moderation-\(moderationID)" }

    /// How the moderator's name enters the chain: salted with the trainee's salt.
    static func moderatorHash(_ moderator: String, salt: Data) -> String {
        Hex.salted(salt, "moderator\u{0}" + moderator)
    }

    /// The digest of the moderation as stored; `erased` gives the hashes committed before an
    /// erasure replaced the moderator's name (or a name inside the result).
    static func content(of moderation: Moderation, salt: Data, erased: ErasedNames = .none) -> String {
        let id = moderation.id.map { String($0) } ?? ""
        var encoding = CanonicalEncoding(kind: "moderation")
        encoding.field("id", id)
        encoding.field("attempt", moderation.attemptID)
        encoding.field("node", moderation.nodeID)
        encoding.field("element", moderation.elementID)
        encoding.field("decision", moderation.decision.rawValue)
        encoding.field("met", moderation.met ? "met" : "not met")
        encoding.field("reason", Hex.salted(salt, moderation.reason))
        encoding.field("moderator", erased.hashed(moderation.moderator, at: .moderationModerator, of: id) { moderatorHash($0, salt: salt) })
        encoding.field("created-at", StoredTime.text(moderation.createdAt))
        encoding.field("outcome", moderation.outcome.rawValue)
        encoding.field("percent", String(moderation.percent))
        encoding.field("result-sha256", erased.hashed(Hex.sha256(Data(moderation.resultJSON.utf8)), at: .moderationResult, of: id) { $0 })
        return encoding.sha256
    }

    /// Chains a moderation just inserted, inside the caller's write transaction.
    static func chain(_ moderation: Moderation, personID: Int64, in db: Database) throws {
        guard let id = moderation.id else { return }
        let salt = try PersonSalt.salt(for: personID, in: db)
        try ChainEntry.append(kind: .moderation, recordID: chainID(id), content: content(of: moderation, salt: salt), in: db)
    }
}
