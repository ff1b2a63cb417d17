import Assessment
import Testing

@Suite("record marking")
struct RecordMarkingTests {
    @Test func aFactualRecordFindsTheRubricElements() throws {
        let rubric = try #require(try Marking.scorer().rubrics["timeline"])
        let text = "14/03/2026 02:10 Ravi (tenant) said: \"They've got into my email.\" WhatsApp messages from 07700 900123 demanded £500. He is frightened and not sleeping. He wants the messages kept and the police told."
        let marking = RecordMarking(text, rubric: rubric)
        #expect(marking.fraction > 0.7, "missing: \(marking.missing.map(\.label))")
        #expect(marking.penalties.isEmpty)
    }

    @Test("vague and speculative phrases cost points", arguments: ["Reported to safeguarding.", "She seemed upset.", "I think he is probably lying."])
    func vaguePhrasesArePenalised(text: String) throws {
        let rubric = try #require(try Marking.scorer().rubrics["timeline"])
        let marking = RecordMarking(text, rubric: rubric)
        #expect(!marking.penalties.isEmpty)
        #expect(marking.fraction == 0)
    }
}
