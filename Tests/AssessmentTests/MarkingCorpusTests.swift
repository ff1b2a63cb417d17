import Assessment
import Foundation
import Testing

@Suite("marking corpus")
struct MarkingCorpusTests {
    @Test func theCorpusHasAtLeast150AnswersAcrossEveryRubric() throws {
        let rubrics = try Marking.scorer().rubrics
        #expect(MarkingCorpus.answers.count >= 150)
        #expect(Set(MarkingCorpus.answers.map(\.rubric)) == Set(rubrics.rubrics.keys))
        #expect(Set(MarkingCorpus.answers.map(\.id)).count == MarkingCorpus.answers.count, "answer ids must be unique")
    }

    @Test("every answer labels each element of its rubric exactly once", arguments: MarkingCorpus.answers)
    func labelsCoverTheRubric(answer: CorpusAnswer) throws {
        let rubric = try #require(try Marking.scorer().rubrics[answer.rubric])
        #expect((answer.met + answer.notMet).sorted() == rubric.elements.map(\.id).sorted())
    }

    @Test func theMarkerAgreesWithAtLeast95PercentOfElementJudgements() throws {
        let rubrics = try Marking.scorer().rubrics
        let result = MarkingCorpus.agreement { answer in
            rubrics[answer.rubric].map { Set(RecordMarking(answer.text, rubric: $0).present.map(\.id)) }
        }
        let percent = 100 * Double(result.agreed) / Double(max(1, result.total))
        let summary = "marking corpus agreement: \(result.agreed)/\(result.total) element judgements (\(String(format: "%.1f", percent))%) over \(MarkingCorpus.answers.count) answers"
        print(summary)
        for line in result.disagreements { print("  disagreement: " + line) }
        #expect(percent >= 95, "\(summary)\n\(result.disagreements.joined(separator: "\n"))")
    }
}
