import Foundation
import Records

/// Sends the records' xAPI statements to one LRS so that each arrives once: the store remembers
/// what the LRS accepted, a re-run sends only the rest, and a statement that fails SafeDrill's own
/// xAPI check or is rejected by the LRS is reported without holding back the others.
public struct LRSSync: Sendable {
    /// Statements per POST.
    public let batchSize: Int
    private let endpoint: LRSEndpoint
    private let client: LRSClient?
    private let now: @Sendable () -> Date

    /// Statements per POST unless told otherwise.
    public static let standardBatchSize = 50

    /// A sync through `client` to its endpoint; `batchSize` below 1 counts as 1.
    public init(client: LRSClient, batchSize: Int = standardBatchSize, now: @escaping @Sendable () -> Date = { Date() }) {
        self.init(endpoint: client.endpoint, client: client, batchSize: batchSize, now: now)
    }

    /// A dry run for `endpoint`: works out what would be sent, without credentials or a network.
    public static func dryRun(endpoint: LRSEndpoint) -> LRSSync {
        LRSSync(endpoint: endpoint, client: nil, batchSize: standardBatchSize, now: { Date() })
    }

    private init(endpoint: LRSEndpoint, client: LRSClient?, batchSize: Int, now: @escaping @Sendable () -> Date) {
        self.endpoint = endpoint
        self.client = client
        self.batchSize = max(batchSize, 1)
        self.now = now
    }

    /// Sends those of `statements` this LRS has not accepted before, batch by batch, remembering
    /// each batch's deliveries in `store` as soon as the LRS answers.
    /// - Throws: `LRSError` when the LRS refuses the credentials or is not an LRS (whatever was
    ///   delivered before that stays remembered); the store's errors.
    public func run(_ statements: [XAPIStatement], store: RecordStore) throws -> SyncReport {
        let delivered = try store.deliveredStatementIDs(to: endpoint.address)
        var report = SyncReport(
            lrs: endpoint.address, dryRun: client == nil, sent: 0, alreadyDelivered: 0, rejected: [], refused: [], notSent: 0)
        var pending: [OutgoingStatement] = []
        var verbs: [String: String] = [:]
        for statement in statements {
            if delivered.contains(statement.id) {
                report.alreadyDelivered += 1
                continue
            }
            let problems = XAPIValidator.problems(in: statement)
            if problems.isEmpty {
                pending.append(try OutgoingStatement(statement))
                verbs[statement.id] = statement.verb.id
            } else {
                report.refused.append(SyncReport.Problem(statement: statement.id, verb: statement.verb.id, reasons: problems))
            }
        }
        guard let client else {
            report.sent = pending.count
            return report
        }
        var start = pending.startIndex
        while start < pending.endIndex {
            let batch = pending[start..<min(start + batchSize, pending.endIndex)]
            let outcomes: [(statement: OutgoingStatement, outcome: LRSClient.Outcome)]
            do {
                outcomes = try client.deliver(batch)
            } catch {
                if error.isInputError { throw error }
                report.stopped = error.description
                report.notSent = pending.endIndex - start
                break
            }
            var arrived: [String] = []
            for (statement, outcome) in outcomes {
                switch outcome {
                case .accepted:
                    arrived.append(statement.id)
                    report.sent += 1
                case .alreadyHeld:
                    arrived.append(statement.id)
                    report.alreadyDelivered += 1
                case .rejected(let status, let reason):
                    report.rejected.append(SyncReport.Problem(
                        statement: statement.id, verb: verbs[statement.id] ?? "", reasons: ["HTTP \(status): \(reason)"]))
                }
            }
            try store.recordDeliveries(statementIDs: arrived, to: endpoint.address, at: now())
            start = batch.endIndex
        }
        return report
    }
}
