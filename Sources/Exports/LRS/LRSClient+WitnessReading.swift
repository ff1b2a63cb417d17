import Foundation
import Records

/// Reading the checkpoints an LRS witnessed back, for `records verify --lrs`.
///
/// The query asks for the provider's own statements (the `agent` filter, which every LRS must
/// support) and keeps those with the checkpoint verb about the records chain: some LRSs (Ralph's
/// file backend among them) answer `verb` and `activity` filters with nothing. Pages are followed
/// through `more` until the LRS has no more.
extension LRSClient {
    /// The provider's account, the actor of every checkpoint statement.
    static var providerAgent: [String: Any] { ["objectType": "Agent", "account": ["homePage": XAPIIdentifiers.accountHomePage, "name": "provider"]] }

    /// Every checkpoint this LRS holds for the records chain, each named by its statement id, in
    /// the order the LRS returned them. Statements that carry no readable checkpoint are skipped:
    /// the LRS holds other statements too, and a checkpoint is trusted only once its signature is
    /// checked against the store's keys.
    /// - Throws: `LRSError` when the LRS refuses, is not an LRS, or answers something that is not a
    ///   statement result.
    public func witnessedCheckpoints() throws(LRSError) -> [WitnessedCheckpoint] {
        guard let agent = try? JSONSerialization.data(withJSONObject: Self.providerAgent, options: [.sortedKeys, .withoutEscapingSlashes]),
              var components = URLComponents(url: endpoint.statements, resolvingAgainstBaseURL: false)
        else { throw .unexpectedAnswer(url: endpoint.statements.absoluteString, status: 0, problem: "cannot build the query") }
        components.queryItems = [URLQueryItem(name: "agent", value: String(decoding: agent, as: UTF8.self)), URLQueryItem(name: "limit", value: "500")]
        var next = components.url
        var found: [WitnessedCheckpoint] = []
        var pages = 0
        while let url = next, pages < 10_000 {
            pages += 1
            let result = try statementResult(at: url)
            found += result.statements.compactMap(Self.checkpoint(in:))
            next = try result.more.flatMap(followable)
        }
        return found
    }

    /// The address a `more` link leads to, which must stay on the LRS's own scheme, host and port:
    /// the credentials go with every page.
    private func followable(_ more: String) throws(LRSError) -> URL {
        guard let url = URL(string: more, relativeTo: endpoint.statements)?.absoluteURL,
              url.scheme == endpoint.statements.scheme, url.host == endpoint.statements.host, url.port == endpoint.statements.port
        else { throw .redirected(url: endpoint.statements.absoluteString, status: 200, location: RedactedURL.text(more)) }
        return url
    }

    /// The checkpoint a statement carries, when it is a checkpoint statement about the chain.
    static func checkpoint(in statement: [String: Any]) -> WitnessedCheckpoint? {
        guard (statement["verb"] as? [String: Any])?["id"] as? String == checkpointVerb,
              (statement["object"] as? [String: Any])?["id"] as? String == chainActivity,
              let line = ((statement["result"] as? [String: Any])?["extensions"] as? [String: Any])?[checkpointExtension],
              let data = try? JSONSerialization.data(withJSONObject: line),
              let checkpoint = WitnessFile.decoded(data)
        else { return nil }
        return WitnessedCheckpoint(checkpoint: checkpoint, witness: "LRS statement \(statement["id"] as? String ?? "?")")
    }

    /// One page of a statements query: its statements and the `more` link, if any.
    private func statementResult(at url: URL) throws(LRSError) -> (statements: [[String: Any]], more: String?) {
        let request = LRSRequest(method: "GET", url: url, headers: [
            "Authorization": credentials.authorization,
            "X-Experience-API-Version": Self.xAPIVersion,
        ])
        let response: LRSResponse
        do {
            response = try transport.send(request)
        } catch {
            throw .unavailable(tries: 1, lastProblem: error.localizedDescription)
        }
        let address = endpoint.statements.absoluteString
        switch response.status {
        case 200..<300: break
        case 401, 403: throw .refused(status: response.status, reason: LRSReason.of(response))
        case 404, 405: throw .notAnLRS(url: address, status: response.status)
        default: throw .unexpectedAnswer(url: address, status: response.status, problem: LRSReason.of(response))
        }
        guard let body = try? JSONSerialization.jsonObject(with: response.body) as? [String: Any],
              let statements = body["statements"] as? [[String: Any]]
        else { throw .unexpectedAnswer(url: address, status: response.status, problem: "the answer is not a statement result") }
        let more = (body["more"] as? String).flatMap { $0.isEmpty ? nil : $0 }
        return (statements, more)
    }
}
