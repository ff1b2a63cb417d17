import Foundation
import ThresholdEngine

/// How far one phone interview has got: the answers given, in order. The interview itself is
/// replayed from them, so `back` is dropping the last one and question choice stays in
/// `FactInterview`.
struct InterviewProgress: Sendable {
    /// One answer: the fact asked and its value, nil for "not known".
    struct Answer: Sendable {
        var fact: String
        var value: FactValue?
    }

    /// An answer the page could not read, shown again with what is allowed.
    struct Rejection: Sendable {
        var fact: String
        var allowed: String
    }

    private(set) var answers: [Answer] = []
    /// The last answer refused, until the question is answered or left.
    var rejection: Rejection?

    /// The interview after the answers so far.
    func interview(policy: Policy) -> FactInterview {
        var interview = FactInterview(policy: policy)
        for answer in answers { interview.answer(answer.fact, with: answer.value) }
        return interview
    }

    mutating func answer(_ fact: String, with value: FactValue?) {
        answers.append(Answer(fact: fact, value: value))
        rejection = nil
    }

    /// Goes back one question.
    mutating func back() {
        if !answers.isEmpty { answers.removeLast() }
        rejection = nil
    }
}
