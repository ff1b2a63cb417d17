import Foundation
import HTTPTypes
import Hummingbird
import Records
import ThresholdEngine

/// `POST /v1/decisions`: facts in, the decision out, byte for byte as `assess --json` prints it.
/// With `?record=true` the decision is kept in the records chain under the caller's name.
struct DecisionRoute: Sendable {
    let policy: Policy
    let store: RecordStore
    let bodyLimit: Int

    /// The header naming the record a kept decision became.
    static let recordHeader = HTTPField.Name("SafeDrill-Decision-Id")

    func respond(to request: Request) async throws(APIError) -> Response {
        let record = try recordParameter(request)
        let caller = try Caller.identify(request, in: store)
        if record, caller == nil {
            throw APIError(.unauthorized, "recording needs an API token: send 'Authorization: Bearer TOKEN'")
        }
        let body = try await request.collectedBody(limit: bodyLimit)
        let facts = try FactsBody.read(body, schema: policy.schema).get()
        let decision = policy.decide(facts, at: Date())
        let json = decision.report.json() + "\n"
        guard record, let caller else { return JSONResponse.make(json) }
        let kept: RecordedDecision
        do {
            kept = try store.recordDecision(decision, facts: facts, recorder: caller)
        } catch {
            throw APIError(.internalError, "the decision could not be recorded")
        }
        var headers = HTTPFields()
        if let name = Self.recordHeader { headers[name] = kept.id }
        return JSONResponse.make(json, status: .created, headers: headers)
    }

    private func recordParameter(_ request: Request) throws(APIError) -> Bool {
        switch request.uri.queryParameters.get("record") {
        case nil, "false": false
        case "true": true
        default: throw APIError(.badParameter, "record must be true or false", at: "record")
        }
    }
}
