extension LRSClient {
    /// What became of one statement.
    public enum Outcome: Sendable, Hashable {
        /// The LRS stored it.
        case accepted
        /// The LRS already held a statement with this id (409): delivered before, perhaps by an
        /// earlier run whose record of it was lost.
        case alreadyHeld(reason: String)
        /// The LRS refused it, with its status and reason.
        case rejected(status: Int, reason: String)
    }

    /// Sends `statements` in one POST. When the LRS refuses the batch (4xx, 409), it is halved and
    /// each half sent on its own, down to single statements, so one bad statement is found and
    /// reported with the LRS's own reason while every other statement still goes.
    ///
    /// k bad statements in a batch of n cost at most about 2k·log₂(n) extra requests.
    /// - Returns: every statement's outcome, in the order given.
    /// - Throws: `LRSError` when the run must stop (see `post`).
    public func deliver(_ statements: ArraySlice<OutgoingStatement>) throws(LRSError) -> [(statement: OutgoingStatement, outcome: Outcome)] {
        guard let first = statements.first else { return [] }
        let answer = try post(statements)
        switch answer {
        case .accepted:
            return statements.map { ($0, .accepted) }
        case .conflict(let reason) where statements.count == 1:
            return [(first, .alreadyHeld(reason: reason))]
        case .rejected(let status, let reason) where statements.count == 1:
            return [(first, .rejected(status: status, reason: reason))]
        case .conflict, .rejected:
            let middle = statements.startIndex + statements.count / 2
            return try deliver(statements[..<middle]) + deliver(statements[middle...])
        }
    }
}
