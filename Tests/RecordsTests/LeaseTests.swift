import Foundation
import Records
import Synchronization
import Testing

/// An attempt is answered by one session at a time (issue 18, item 6).
@Suite struct LeaseTests {
    /// A process id no process has (Linux caps them far lower).
    static let gonePID = Int32.max
    static let elsewhere = LeaseHolder(pid: 1, host: "another-host.invalid")

    @Test(arguments: StoreKind.allCases)
    func aSecondSessionIsToldWhoHoldsTheAttemptAndCannotAnswer(kind: StoreKind) throws {
        let (store, folder) = try kind.makeStore()
        defer { withExtendedLifetime(folder) {} }
        let attempt = try store.startAttempt(Samples.newAttempt())
        let lease = try store.takeLease(attemptID: attempt.id)

        let refused = #expect(throws: RecordError.self) { _ = try store.takeLease(attemptID: attempt.id) }
        #expect(refused == .attemptHeld(attempt.id, holder: lease.holderDescription))
        #expect(lease.holderDescription.hasPrefix("process \(getpid()) on \(LeaseHolder.current.host), since "))
        #expect(throws: RecordError.self) {
            try store.appendAnswer(attemptID: attempt.id, nodeID: "arrive", kind: .choice, input: "1", at: Samples.time(1))
        }
        try store.appendAnswer(attemptID: attempt.id, nodeID: "arrive", kind: .choice, input: "1", at: Samples.time(1), lease: lease)
        #expect(try store.answers(attemptID: attempt.id).count == 1)
    }

    @Test(arguments: StoreKind.allCases)
    func aLeaseIsFreeOnceItsProcessIsGoneFromThisHost(kind: StoreKind) throws {
        let (store, folder) = try kind.makeStore()
        defer { withExtendedLifetime(folder) {} }
        let attempt = try store.startAttempt(Samples.newAttempt())
        let killed = try store.takeLease(attemptID: attempt.id, holder: LeaseHolder(pid: Self.gonePID, host: LeaseHolder.current.host))

        let taken = try store.takeLease(attemptID: attempt.id)

        #expect(taken.pid == getpid())
        #expect(throws: RecordError.leaseLost(attempt.id, holder: taken.holderDescription)) {
            try store.appendAnswer(attemptID: attempt.id, nodeID: "arrive", kind: .choice, input: "1", at: Samples.time(1), lease: killed)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func aLeaseFromAnotherHostHoldsUntilItHasGoneQuietTooLong(kind: StoreKind) throws {
        let (store, folder) = try kind.makeStore()
        defer { withExtendedLifetime(folder) {} }
        let attempt = try store.startAttempt(Samples.newAttempt())
        let start = Date()
        _ = try store.takeLease(attemptID: attempt.id, holder: Self.elsewhere, at: start)

        #expect(throws: RecordError.self) {
            _ = try store.takeLease(attemptID: attempt.id, at: start + AttemptLease.staleAfter - 60)
        }
        let taken = try store.takeLease(attemptID: attempt.id, at: start + AttemptLease.staleAfter + 60)
        #expect(taken.host == LeaseHolder.current.host)
    }

    @Test(arguments: StoreKind.allCases)
    func finishingOrReleasingGivesTheLeaseBack(kind: StoreKind) throws {
        let (store, folder) = try kind.makeStore()
        defer { withExtendedLifetime(folder) {} }
        let left = try store.startAttempt(Samples.newAttempt())
        try store.releaseLease(try store.takeLease(attemptID: left.id))
        #expect(try store.lease(attemptID: left.id) == nil)
        _ = try store.takeLease(attemptID: left.id)

        let finished = try store.startAttempt(Samples.newAttempt())
        let lease = try store.takeLease(attemptID: finished.id)
        try store.finish(attemptID: finished.id, outcome: .competent, percent: 100, resultJSON: "{}", at: Samples.time(9), lease: lease)
        #expect(try store.lease(attemptID: finished.id) == nil)
    }

    @Test func ofTwoSessionsStartingTogetherExactlyOneGetsTheAttempt() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("data", "records.sqlite")
        let attemptID = try RecordStore(path: path).startAttempt(Samples.newAttempt()).id
        let taken = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            guard let store = try? RecordStore(path: path) else { return }
            if (try? store.takeLease(attemptID: attemptID)) != nil { taken.withLock { $0 += 1 } }
        }
        #expect(taken.withLock { $0 } == 1)
    }
}
