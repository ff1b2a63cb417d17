import Assessment
import Testing

/// One answer, one element, and whether the marker must find it.
struct ElementCase: Sendable, CustomTestStringConvertible {
    var rubric: String
    var element: String
    var text: String
    var met: Bool

    var testDescription: String { "\(element) \(met ? "met" : "not met"): \(text)" }

    /// The cases for one element of one rubric: `met` answers must meet it, `notMet` must not.
    static func cases(_ rubric: String, _ element: String, met: [String], notMet: [String]) -> [ElementCase] {
        met.map { ElementCase(rubric: rubric, element: element, text: $0, met: true) }
            + notMet.map { ElementCase(rubric: rubric, element: element, text: $0, met: false) }
    }
}

@Suite("marking by clause")
struct ClauseMarkingTests {
    static let negationCases = ElementCase.cases(
        "disclosure", "recipient-role",
        met: ["At 03:05 I phoned PC 2231 Shah and shared the messages.", "I did not call the police but I told Amira, duty social worker, about the threats."],
        notMet: ["I did not call the police.", "I have not shared anything with the social worker yet.", "The registered manager was not told.", "I finished my shift without telling the registered manager."])
        + ElementCase.cases(
            "timeline", "what-happened",
            met: ["Kyle messaged her on WhatsApp at 20:10."],
            notMet: ["Maya did not receive any further messages.", "Nobody has grabbed her.", "Told the police what happened."])
        + ElementCase.cases(
            "account", "what-happened",
            met: ["Ivy said \"he grabbed my arm\"."],
            notMet: ["Pauline said \"he has never hit me\"."])
        + ElementCase.cases(
            "account", "wishes",
            met: ["She does not want the police involved.", "Iris said \"I don't want her sacked, I want it looked into\"."],
            notMet: ["She did not say what she wants to happen.", "I asked her what she would like to happen."])

    static let timeCases = ElementCase.cases(
        "timeline", "date-time",
        met: ["Maya rang at 02:10.", "Owen rang at 2.10am.", "At ten past two Maya came to the office.", "At 2am on Tuesday Owen rang.", "At 02:10 on 14 March she showed me.",
              "Just after midnight Sian rang the police.", "He rang at half past nine.", "On 14/03/2026 she told me.", "At 23:40 I didn't tell the manager."],
        notMet: ["Later Maya showed me the messages.", "At night Owen texted.", "On Tuesday Callum lost the phone.", "This morning Ivy told Precious.",
                 "She transferred £12.50 and then £250.00.", "Maya rang in the evening."])

    static let reportedSpeechCases = ElementCase.cases(
        "account", "own-words",
        met: ["Ivy said \"he grabbed my arm\".", "She told me that Kyle messages her every night.", "He said he feels stupid.", "Maud told me “I feel like a specimen”.",
              "Pauline explained that Dean checks her phone."],
        notMet: ["I told her \"you're safe now\".", "I explained that I could not keep secrets.", "They said they knew where the key was kept.",
                 "Dean rang and I heard him say \"who's there\"."])

    static let keywordListsCases = [
        "date time tenant support worker received messaged threatened noticed told me WhatsApp phone username 07700 900123 scared sleep wants police",
        "Timeline, 02:10, Maya, tenant, WhatsApp, texts, threats, frightened, not sleeping, wants police, noticed, discovered",
        "- tenant\n- WhatsApp\n- scared\n- crying\n- wants help\n- sender",
        "shared disclosed police social worker consent agreed minimum necessary because protect outcome review follow up 14/03",
    ]

    @Test("negation cancels an element, unless it is the content", arguments: negationCases)
    func negation(_ example: ElementCase) throws { try check(example) }

    @Test("the time element needs a real time", arguments: timeCases)
    func time(_ example: ElementCase) throws { try check(example) }

    @Test("quotation and reported speech by the person are own words; the recorder's are not", arguments: reportedSpeechCases)
    func reportedSpeech(_ example: ElementCase) throws { try check(example) }

    @Test("a bare list of keywords meets nothing", arguments: keywordListsCases)
    func keywordList(text: String) throws {
        for rubric in try Marking.scorer().rubrics.rubrics.values {
            let marking = RecordMarking(text, rubric: rubric)
            #expect(marking.present.isEmpty, "\(rubric.id): \(marking.present.map { "\($0.id)=\($0.evidence ?? "")" })")
            #expect(marking.isKeywordList)
        }
    }

    @Test func keywordsAppendedToASentenceEarnNothingButTheSentenceCounts() throws {
        let rubric = try #require(try Marking.scorer().rubrics["timeline"])
        let marking = RecordMarking("Maya got some messages last night and was worried. Keywords: WhatsApp, username, 07700, told me, noticed, wants, sleep, fear, tenant", rubric: rubric)
        #expect(Set(marking.present.map(\.id)) == ["who", "what-happened", "impact"])
        #expect(!marking.isKeywordList)
    }

    @Test("evidence spans name the words that met each element, where they are", arguments: [
        ("timeline", "It came to light when Karen phoned the office at 09:05 on 05/05/2026.", "discovery", "came to light"),
        ("timeline", "It came to light when Karen phoned the office at 09:05 on 05/05/2026.", "date-time", "09:05"),
        ("timeline", "It came to light when Karen phoned the office at 09:05 on 05/05/2026.", "who", "Karen"),
        ("disclosure", "I did not call the police. At 03:05 I told PC 2231 Shah about the threats.", "recipient-role", "PC 2231"),
        ("account", "Ivy said: \"He grabbed my arm and yanked me up.\"", "own-words", "\"He grabbed my arm and yanked me up.\""),
    ])
    func evidenceSpans(rubric id: String, text: String, element: String, evidence: String) throws {
        let rubric = try #require(try Marking.scorer().rubrics[id])
        let finding = try #require(RecordMarking(text, rubric: rubric).present.first { $0.id == element })
        let span = try #require(finding.span)
        #expect(span.text == evidence)
        #expect(String(text.dropFirst(span.offset).prefix(evidence.count)) == evidence)
        #expect(span.clause.contains(evidence))
    }

    private func check(_ example: ElementCase) throws {
        let rubric = try #require(try Marking.scorer().rubrics[example.rubric])
        let marking = RecordMarking(example.text, rubric: rubric)
        let found = marking.present.first { $0.id == example.element }
        #expect((found != nil) == example.met, "evidence: \(found?.evidence ?? "none")")
    }
}
