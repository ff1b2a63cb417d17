import Foundation
import Records

/// The LRS as a witness of the records chain: `sync` sends the newest checkpoint as a statement
/// with a stable id, and `records verify --lrs` reads every one back.
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
            "actor": ["objectType": "Agent", "account": ["homePage": XAPIIdentifiers.accountHomePage, "name": "provider"]],
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

    /// Every checkpoint the LRS holds, oldest first, each named by its statement id.
    /// - Throws: `LRSError` when the LRS refuses or does not answer as an LRS.
    public func witnessedCheckpoints() throws -> [WitnessedCheckpoint] {
        var parts = URLComponents(url: endpoint.statements, resolvingAgainstBaseURL: false)
        parts?.queryItems = [.init(name: "verb", value: Self.checkpointVerb), .init(name: "activity", value: Self.chainActivity), .init(name: "ascending", value: "true")]
        var next = parts?.url
        var found: [WitnessedCheckpoint] = []
        while let url = next {
            let response: LRSResponse
            do {
                response = try transport.send(LRSRequest(
                    method: "GET", url: url,
                    headers: ["Authorization": credentials.authorization, "X-Experience-API-Version": Self.xAPIVersion]))
            } catch {
                throw LRSError.unavailable(tries: 1, lastProblem: error.localizedDescription)
            }
            switch response.status {
            case 200: break
            case 401, 403: throw LRSError.refused(status: response.status, reason: LRSReason.of(response))
            default: throw LRSError.unexpectedAnswer(url: url.absoluteString, status: response.status, problem: LRSReason.of(response))
            }
            guard let page = (try? JSONSerialization.jsonObject(with: response.body)) as? [String: Any],
                let statements = page["statements"] as? [[String: Any]]
            else {
                throw LRSError.unexpectedAnswer(url: url.absoluteString, status: response.status, problem: "not a StatementResult")
            }
            for statement in statements {
                guard let extensions = (statement["result"] as? [String: Any])?["extensions"] as? [String: Any],
                    let line = extensions[Self.checkpointExtension],
                    let data = try? JSONSerialization.data(withJSONObject: line), let checkpoint = WitnessFile.decoded(data)
                else { continue }
                found.append(WitnessedCheckpoint(checkpoint: checkpoint, witness: "LRS statement \(statement["id"] as? String ?? "?")"))
            }
            let more = page["more"] as? String ?? ""
            next = more.isEmpty ? nil : URL(string: more, relativeTo: url)?.absoluteURL
        }
        return found
    }
}
