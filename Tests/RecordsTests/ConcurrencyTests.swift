import Dispatch
import Foundation
import Records
import Synchronization
import Testing

/// Two stores on one file stand in for two safedrill processes: each has its own SQLite
/// connections, so they contend through the file's locks exactly as processes do.
@Suite struct ConcurrencyTests {
    @Test func twoWritersAtOnceLoseNothing() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("records.sqlite")
        let shared = try RecordStore(path: path).startAttempt(Samples.newAttempt(by: "Shared Trainee"))
        let workers = ["Writer One", "Writer Two"]
        let ownAttempts = Mutex<[String: String]>([:])
        let failures = Mutex<[String]>([])

        DispatchQueue.concurrentPerform(iterations: workers.count) { index in
            let worker = workers[index]
            do {
                let store = try RecordStore(path: path)
                let own = try store.startAttempt(Samples.newAttempt(by: worker))
                ownAttempts.withLock { $0[worker] = own.id }
                for step in 1...200 {
                    try store.appendAnswer(
                        attemptID: own.id, nodeID: "n\(step)", kind: .record,
                        input: "\(worker) own \(step)", at: Samples.time(Double(step)))
                    // Every other step also writes to the shared attempt, so the two writers
                    // interleave on one attempt as well as on the file.
                    if step.isMultiple(of: 2) {
                        try store.appendAnswer(
                            attemptID: shared.id, nodeID: "n\(step)", kind: .choice,
                            input: "\(worker) shared \(step / 2)", at: Samples.time(Double(step)))
                    }
                }
            } catch {
                failures.withLock { $0.append("\(worker): \(error)") }
            }
        }

        #expect(failures.withLock { $0 } == [])
        let reader = try RecordStore(path: path)
        for worker in workers {
            let id = try #require(ownAttempts.withLock { $0[worker] })
            let answers = try reader.answers(attemptID: id)
            #expect(answers.map(\.seq) == Array(1...200))
            #expect(answers.map(\.input) == (1...200).map { "\(worker) own \($0)" })
        }
        let sharedAnswers = try reader.answers(attemptID: shared.id)
        #expect(sharedAnswers.map(\.seq) == Array(1...200))
        for worker in workers {
            // Each writer's answers to the shared attempt appear in the order it gave them.
            let theirs = sharedAnswers.map(\.input).filter { $0.hasPrefix("\(worker) ") }
            #expect(theirs == (1...100).map { "\(worker) shared \($0)" })
        }
    }

    @Test func twoWritersCreatingTheSameNewStoreBothSucceed() throws {
        // The race is narrow, so run it on several fresh files.
        for round in 1...20 {
            let folder = try TemporaryFolder()
            let path = folder.path("new", "records.sqlite")
            let failures = Mutex<[String]>([])

            DispatchQueue.concurrentPerform(iterations: 2) { index in
                do {
                    let store = try RecordStore(path: path)
                    _ = try store.startAttempt(Samples.newAttempt(by: "Trainee \(index)"))
                } catch {
                    failures.withLock { $0.append("round \(round), writer \(index): \(error)") }
                }
            }

            #expect(failures.withLock { $0 } == [])
            #expect(try RecordStore(path: path).people().count == 2)
        }
    }
}
