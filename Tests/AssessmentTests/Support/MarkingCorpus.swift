import Foundation
import Testing
import Yams

/// The labelled answers of `Fixtures/marking-corpus.yaml`: written records with a human marker's
/// judgement of every element of their rubric.
struct CorpusAnswer: Sendable, Decodable, CustomTestStringConvertible {
    var id: String
    var rubric: String
    var kind: String
    var text: String
    var met: [String]
    var notMet: [String]

    enum CodingKeys: String, CodingKey {
        case id, rubric, kind, text, met
        case notMet = "not-met"
    }

    var testDescription: String { id }
}

/// Reading the corpus, and the agreement of a marker with it.
enum MarkingCorpus {
    private struct File: Decodable {
        var format: String
        var answers: [CorpusAnswer]
    }

    /// Every labelled answer, in file order; empty when the fixture cannot be read (the tests that
    /// use it then fail on its size).
    static let answers: [CorpusAnswer] = {
        guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)?.appendingPathComponent("marking-corpus.yaml"),
            let text = try? String(contentsOf: url, encoding: .utf8),
            let file = try? YAMLDecoder().decode(File.self, from: text)
        else { return [] }
        return file.answers
    }()

    /// The answers of one kind (`negated`, `keyword-list`, ...).
    static func answers(kind: String) -> [CorpusAnswer] { answers.filter { $0.kind == kind } }

    /// Element judgements that agree with the labels, and those that do not, for a marker that says
    /// which elements an answer meets.
    static func agreement(_ met: (CorpusAnswer) -> Set<String>?) -> (agreed: Int, total: Int, disagreements: [String]) {
        var agreed = 0, total = 0
        var disagreements: [String] = []
        for answer in answers {
            guard let found = met(answer) else { continue }
            for element in answer.met + answer.notMet {
                total += 1
                let expected = answer.met.contains(element)
                if found.contains(element) == expected {
                    agreed += 1
                } else {
                    disagreements.append("\(answer.id): \(element) \(expected ? "missed" : "credited wrongly")")
                }
            }
        }
        return (agreed, total, disagreements)
    }
}
