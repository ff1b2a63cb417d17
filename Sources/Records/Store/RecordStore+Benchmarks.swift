import Foundation
import GRDB

extension RecordStore {
    /// The chain in order, so tests can see that every record joined it exactly once.
    func chainEntries() throws -> [ChainEntry] {
        try writer.read { db in try ChainEntry.order(ChainEntry.CodingKeys.seq).fetchAll(db) }
    }

    /// Adds `count` completed, chained attempts (each with `answersEach` answers) in one
    /// transaction, through the same digest and chain code as `finish`: a large store for the
    /// benchmarks in seconds rather than the hours one fsync per answer would take. `result`
    /// gives the nth attempt's outcome, percent and stored result (default: a small placeholder).
    @_spi(Benchmarks)
    public func bulkCompletedAttempts(
        _ new: NewAttempt, count: Int, answersEach: Int,
        result: ((Int) -> (outcome: Attempt.Outcome, percent: Double, json: String))? = nil
    ) throws {
        let source = try ScenarioSource(checking: new.scenarioSHA256, scenarioID: new.scenarioID, bytes: new.scenarioBytes)
        let at = StoredTime.normalised(new.at)
        try writer.write { db in
            let person = try self.person(named: new.personName, role: new.personRole, at: at, in: db)
            let personID = person.id ?? db.lastInsertedRowID
            let salt = try PersonSalt.salt(for: personID, in: db)
            try source.insert(db, onConflict: .ignore)
            var figures: [String: MarkedFigures] = [:]
            let siteID = try self.siteID(in: db)
            for index in 0..<count {
                let time = at.addingTimeInterval(Double(index))
                var attempt = Attempt(
                    id: UUID().uuidString.lowercased(), personID: personID, scenarioID: new.scenarioID,
                    scenarioSHA256: source.sha256, policySHA256: new.policySHA256.lowercased(),
                    rubricsSHA256: new.rubricsSHA256.lowercased(), mode: new.mode, supervisor: nil,
                    startedAt: time, updatedAt: time, finishedAt: nil,
                    status: .inProgress, outcome: nil, percent: nil, storedResult: nil)
                try attempt.insert(db)
                try Self.place(attemptID: attempt.id, at: siteID, in: db)
                var answers: [RecordedAnswer] = []
                for seq in 1...max(answersEach, 1) {
                    let answer = RecordedAnswer(
                        attemptID: attempt.id, seq: seq, nodeID: "node-\(seq)", kind: .choice,
                        input: "\(seq % 4 + 1)", answeredAt: time)
                    try answer.insert(db)
                    answers.append(answer)
                }
                let given: (outcome: Attempt.Outcome, percent: Double, json: String) = result?(index) ?? (
                    index.isMultiple(of: 5) ? .notYetCompetent : .competent, Double(60 + index % 40),
                    #"{"percent":\#(60 + index % 40),"nodes":\#(answersEach)}"#)
                attempt.status = .completed
                attempt.outcome = given.outcome
                attempt.percent = given.percent
                attempt.resultJSON = given.json
                attempt.finishedAt = time
                try attempt.update(db)
                let marked = figures[given.json] ?? MarkedFigures(resultJSON: given.json)
                figures[given.json] = marked
                try marked.write(attemptID: attempt.id, in: db)
                let digest = AttemptDigest.content(of: attempt, answers: answers, personName: person.name, salt: salt)
                try ChainEntry.append(kind: .attempt, recordID: attempt.id, content: digest, in: db)
            }
        }
    }

    /// `SELECT count(*) FROM attempt`: the floor any listing of attempts is measured against.
    @_spi(Benchmarks)
    public func attemptCountForBenchmark() throws -> Int {
        try writer.read { db in try Attempt.fetchCount(db) }
    }
}
