import Assessment
import Crypto
import Foundation
import Records
import ScenarioKit
import Testing

/// Moderation of free-text marks in assessments (issue 13, item 2): chained per element, checked by
/// `verify`, superseded by a later judgement, refused to the wrong people, and needed for sign-off.
@Suite struct ModerationTests {
    /// The best answer at every node of `scenario`, as a strong trainee plays it.
    static func bestAnswers(_ scenario: Scenario, library: TrainingLibrary) throws -> [Answer] {
        var session = Session(scenario: scenario, escalations: library.policy.escalations.map(\.id))
        var answers: [Answer] = []
        while let node = session.node {
            let answer: Answer
            switch node.kind {
            case .choices:
                let best = try #require(session.availableChoices.max { $0.points < $1.points })
                answer = .choice(best.id)
            case .escalate:
                answer = .escalate(Set(library.scorer.judgeEscalation([], facts: session.facts).required))
            case .disclose(let disclosure, _):
                answer = .disclose(Set(disclosure.items.filter(\.needed).map(\.id)))
            case .record(let task, _):
                answer = .record(task.model)
            case .ending:
                return answers
            }
            try session.answer(answer)
            answers.append(answer)
        }
        return answers
    }

    /// A store with a finished scam-link assessment by Ann, played well, with Sue registered as its
    /// assessor (in memory, or in the file at `path`); the attempt's id and the library.
    static func assessed(mode: Attempt.Mode = .assessment, path: String? = nil) throws -> (RecordStore, TrainingLibrary, String) {
        let library = try BundledLibrary.load()
        let scenario = try #require(library.scenario("scam-link"))
        let store = try path.map { try RecordStore(path: $0) } ?? RecordStore.inMemory()
        var new = try BundledLibrary.newAttempt(scenario, library: library, by: "Ann Trainee")
        new.mode = mode
        new.supervisor = "Sue Supervisor"
        _ = try store.person(named: "Sue Supervisor", role: .supervisor)
        let attempt = try store.startAttempt(new)
        let answers = try bestAnswers(scenario, library: library)
        let session = try Session(scenario: scenario, escalations: library.policy.escalations.map(\.id), replaying: answers)
        for (index, step) in session.steps.enumerated() {
            try store.appendAnswer(
                attemptID: attempt.id, nodeID: step.node, kind: RecordedAnswer.Kind(rawValue: step.answer.kind) ?? .choice,
                input: step.answer.input, at: Samples.time(Double(index + 1)))
        }
        try ReplayTests.finish(attempt.id, as: answers, scenario: scenario, library: library, in: store)
        return (store, library, attempt.id)
    }

    /// Every element of every free-text answer confirmed as it stands.
    static func confirmAll(_ sheet: ModerationSheet, reason: String = "matches the record") -> [ElementJudgement] {
        sheet.answers.flatMap { answer in
            answer.elements.map { ElementJudgement(nodeID: answer.nodeID, elementID: $0.id, met: $0.met, reason: reason) }
        }
    }

    @Test func confirmingEveryElementChainsOneModerationEachAndVerifyPasses() throws {
        let (store, library, id) = try Self.assessed()
        let sheet = try store.moderationSheet(attemptID: id, library: library)
        #expect(sheet.answers.map(\.nodeID) == ["write-timeline", "record-disclosure"])
        #expect(try store.unmoderatedEvidence().map(\.attemptID) == [id])

        let written = try store.moderate(attemptID: id, judgements: Self.confirmAll(sheet), moderator: "sue supervisor", library: library, at: Samples.time(100))

        #expect(written.count == sheet.answers.map(\.elements.count).reduce(0, +))
        #expect(written.allSatisfy { $0.decision == .confirmed && $0.moderator == "Sue Supervisor" })
        #expect(try store.unmoderatedEvidence().isEmpty)
        let report = try store.verify(replayingWith: library)
        #expect(report.isOK, "\(report.problems)")
        #expect(report.entries == 1 + written.count)
    }

    @Test func aChangedElementChangesTheEffectiveMarkAndALaterOneSupersedesIt() throws {
        let (store, library, id) = try Self.assessed()
        let sheet = try store.moderationSheet(attemptID: id, library: library)
        let element = try #require(sheet.answers[0].elements.first { $0.met })
        var judgements = Self.confirmAll(sheet)
        judgements.removeAll { $0.nodeID == "write-timeline" && $0.elementID == element.id }
        judgements.append(ElementJudgement(nodeID: "write-timeline", elementID: element.id, met: false, reason: "the time is his guess, not the phone's"))

        let first = try store.moderate(attemptID: id, judgements: judgements, moderator: "Sue Supervisor", library: library, at: Samples.time(100))
        let changed = try #require(first.last)
        #expect(changed.decision == .changed)
        #expect(changed.percent < sheet.percent)
        let moderated = try JSONDecoder().decode(AttemptResult.self, from: Data(changed.resultJSON.utf8))
        let record = try #require(moderated.decisions.first { $0.node == "write-timeline" }?.record)
        #expect(record.moderated?[element.id] == false)
        #expect(try store.moderationSheet(attemptID: id, library: library).answers[0].elements.first { $0.id == element.id }?.met == false)

        let again = try store.moderate(
            attemptID: id, judgements: [ElementJudgement(nodeID: "write-timeline", elementID: element.id, met: true, reason: "checked the phone: it was")],
            moderator: "Sue Supervisor", library: library, at: Samples.time(200))

        #expect(again.map(\.decision) == [.changed])
        #expect(again.first?.percent == sheet.percent)
        #expect(try store.moderations(attemptID: id).count == judgements.count + 1, "the superseded moderation is kept")
        #expect(try store.verify(replayingWith: library).isOK)
    }

    @Test func aFirstModerationOfAnAnswerMustJudgeEveryElement() throws {
        let (store, library, id) = try Self.assessed()
        let sheet = try store.moderationSheet(attemptID: id, library: library)
        let one = Array(Self.confirmAll(sheet).prefix(1))
        #expect(throws: ModerationError.self) {
            try store.moderate(attemptID: id, judgements: one, moderator: "Sue Supervisor", library: library, at: Samples.time(100))
        }
        #expect(try store.moderations(attemptID: id).isEmpty)
    }

    @Test(arguments: [
        ("Ann Trainee", Person.Role.trainee, "own attempt"),
        ("Tom Trainee", .trainee, "registered as trainee"),
        ("Mo Manager", .manager, "registered as manager"),
        ("Nobody Known", nil, "no one called"),
    ])
    func onlyASupervisorAssessorOrLeadOtherThanTheTraineeMayModerate(_ name: String, _ role: Person.Role?, _ message: String) throws {
        let (store, library, id) = try Self.assessed()
        if let role { _ = try store.person(named: name, role: role) }
        let judgements = Self.confirmAll(try store.moderationSheet(attemptID: id, library: library))
        do {
            try store.moderate(attemptID: id, judgements: judgements, moderator: name, library: library, at: Samples.time(100))
            Issue.record("\(name) was allowed to moderate")
        } catch let error as ModerationError {
            #expect(error.description.contains(message), "\(error)")
        }
    }

    @Test func aPracticeAttemptHasNothingToModerate() throws {
        let (store, library, id) = try Self.assessed(mode: .practice)
        #expect(throws: ModerationError.notAssessment(attemptID: id, mode: "practice")) {
            try store.moderationSheet(attemptID: id, library: library)
        }
    }

    @Test func anEmptyReasonIsRefused() throws {
        let (store, library, id) = try Self.assessed()
        let judgements = Self.confirmAll(try store.moderationSheet(attemptID: id, library: library), reason: "   ")
        #expect(throws: RecordError.emptyText(field: "a moderation's reason")) {
            try store.moderate(attemptID: id, judgements: judgements, moderator: "Sue Supervisor", library: library, at: Samples.time(100))
        }
    }

    @Test(arguments: [
        ("UPDATE moderation SET reason = 'no reason' WHERE id = 1", VerificationReport.Finding.edited),
        ("UPDATE moderation SET met = 1 - met WHERE id = 1", .edited),
        ("DELETE FROM moderation WHERE id = 1", .removed),
    ])
    func anEditedOrDeletedModerationIsNamed(_ sql: String, _ finding: VerificationReport.Finding) throws {
        let folder = try TemporaryFolder()
        let path = folder.path("records.sqlite")
        let (store, library, id) = try Self.assessed(path: path)
        let sheet = try store.moderationSheet(attemptID: id, library: library)
        try store.moderate(attemptID: id, judgements: Self.confirmAll(sheet), moderator: "Sue Supervisor", library: library, at: Samples.time(100))
        try IntegrityTests.sqlite(path, sql)

        let problems = try IntegrityTests.findings(path)

        #expect(problems.map(\.recordID) == ["moderation-1"], "\(problems)")
        #expect(problems.map(\.finding) == [finding])
    }

    @Test func erasingTheModeratorReplacesTheirNameAndVerifyStillPasses() throws {
        let (store, library, id) = try Self.assessed()
        let sheet = try store.moderationSheet(attemptID: id, library: library)
        try store.moderate(attemptID: id, judgements: Self.confirmAll(sheet), moderator: "Sue Supervisor", library: library, at: Samples.time(100))

        let erasure = try store.erase(personName: "Sue Supervisor", at: Samples.time(200))

        #expect(try store.moderations(attemptID: id).allSatisfy { $0.moderator == erasure.pseudonym })
        #expect(erasure.places.first { $0.column == "moderation.moderator" }?.count == sheet.answers.map(\.elements.count).reduce(0, +))
        #expect(try store.verify(replayingWith: library).isOK)
    }

    @Test func erasingTheTraineeDisposesOfTheirModerations() throws {
        let (store, library, id) = try Self.assessed()
        let sheet = try store.moderationSheet(attemptID: id, library: library)
        let written = try store.moderate(attemptID: id, judgements: Self.confirmAll(sheet), moderator: "Sue Supervisor", library: library, at: Samples.time(100))

        let erasure = try store.erase(personName: "Ann Trainee", at: Samples.time(200))

        #expect(Set(written.compactMap(\.id).map { "moderation-\($0)" }).isSubset(of: Set(erasure.disposal.recordIDs)))
        #expect(try store.verify().isOK)
    }

    @Test func aSignOffIsRefusedUntilTheFreeTextIsModerated() throws {
        let (store, library, id) = try Self.assessed()
        let key = Curve25519.Signing.PrivateKey()
        try store.registerKey(publicKey: key.publicKey.rawRepresentation, ownerName: "Lee Lead", role: .lead, endorsedBy: try Samples.registration(store), at: Samples.time(50))
        let pack = Pack(id: "p", title: "P", scenarios: ["scam-link"], methods: [.observation])

        let refused = try store.evidence(trainee: "Ann Trainee", pack: pack, at: Samples.time(300))
        #expect(!refused.isComplete)
        #expect(refused.problems.first?.contains("awaits moderation") == true)
        #expect(refused.problems.first?.contains("safedrill records moderate \(id.prefix(8))") == true)
        #expect(throws: SignOffError.self) {
            try store.signOff(trainee: "Ann Trainee", pack: pack, method: .observation, comments: "", key: key, at: Samples.time(300))
        }

        let sheet = try store.moderationSheet(attemptID: id, library: library)
        try store.moderate(attemptID: id, judgements: Self.confirmAll(sheet), moderator: "Sue Supervisor", library: library, at: Samples.time(200))
        let signed = try store.signOff(trainee: "Ann Trainee", pack: pack, method: .observation, comments: "", key: key, at: Samples.time(300))

        #expect(signed.evidence.map(\.attemptID) == [id])
        #expect(try store.verify(replayingWith: library).isOK)
    }
}
