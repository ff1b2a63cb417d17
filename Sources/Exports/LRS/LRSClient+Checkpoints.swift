import Foundation
import Records

/// The LRS as a witness of the records chain: `sync` sends the newest checkpoint as a statement
/// with a stable id; `records verify --lrs` reads them back (`witnessedCheckpoints()`).
///
/// The statement's result carries the checkpoint exactly as a witness file line holds it, under
/// the `checkpoint` extension; its actor is the provider's account, never a person.
extension LRSClient {
    /// The verb of a checkpoint statement.
    public static let checkpointVerb = XAPIIdentifiers.base + "verbs/checkpointed"
    /// The activity every checkpoint statement is about: the records chain.
    public static let chainActivity = XAPIIdentifiers.base + "records/chain"
    static let checkpointExtension = XAPIIdentifiers.base + "extensions/checkpoint"

    /// The statement that witnesses `checkpoint`; its id is derived from the checkpoint's, so
    /// sending it twice stores it once.
    public static func statement(witnessing checkpoint: Checkpoint) throws -> OutgoingStatement {
        let line = try JSONSerialization.jsonObject(with: try WitnessFile.encoded(checkpoint))
        let id = NameBasedUUID.make(namespace: XAPIIdentifiers.statementNamespace, name: "checkpoint/" + checkpoint.id)
        let statement: [String: Any] = [
            "id": id,
            "actor": providerAgent,
            "verb": ["id": checkpointVerb, "display": [XAPIIdentifiers.language: "checkpointed"]],
            "object": [
                "objectType": "Activity", "id": chainActivity,
                "definition": ["name": [XAPIIdentifiers.language: "SafeDrill records chain"]],
            ],
            "result": ["extensions": [checkpointExtension: line]],
        ]
        return OutgoingStatement(id: id, json: try JSONSerialization.data(withJSONObject: statement, options: [.sortedKeys, .withoutEscapingSlashes]))
    }

    /// Sends the statement witnessing `checkpoint`. True when the LRS stored it or already held it.
    public func witness(_ checkpoint: Checkpoint) throws -> Bool {
        switch try post([Self.statement(witnessing: checkpoint)]) {
        case .accepted, .conflict: true
        case .rejected: false
        }
    }
}
