/// Turns what a trainee typed at a node into an `Answer`: a number for a choice, numbers separated
/// by spaces or commas for a multi-select (an empty line is "none"), free text for a record.
public enum AnswerParser {
    public enum Problem: Error, Sendable, Hashable, CustomStringConvertible {
        case notANumber(String)
        case outOfRange(Int, count: Int)
        case oneOnly
        case empty

        /// One line of help, then the same prompt again.
        public var description: String {
            switch self {
            case .notANumber(let text): "'\(text)' is not an option number; type a number, or 'help'"
            case .outOfRange(let number, let count): "there is no option \(number); choose 1 to \(count)"
            case .oneOnly: "choose one option by its number"
            case .empty: "type the number of your choice, or 'help'"
            }
        }
    }

    /// A single choice among `choices` (1-based as shown).
    public static func choice(_ line: String, among choices: [Choice]) throws(Problem) -> Answer {
        let numbers = try self.numbers(line, count: choices.count)
        guard !numbers.isEmpty else { throw .empty }
        guard numbers.count == 1 else { throw .oneOnly }
        return .choice(choices[numbers[0] - 1].id)
    }

    /// Any number of `ids` (1-based as shown); an empty line chooses none.
    public static func selection(_ line: String, among ids: [String]) throws(Problem) -> Set<String> {
        Set(try numbers(line, count: ids.count).map { ids[$0 - 1] })
    }

    static func numbers(_ line: String, count: Int) throws(Problem) -> [Int] {
        var result: [Int] = []
        for part in line.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }) {
            guard let number = Int(part) else { throw .notANumber(String(part)) }
            guard (1...max(count, 1)).contains(number), count > 0 else { throw .outOfRange(number, count: count) }
            if !result.contains(number) { result.append(number) }
        }
        return result
    }
}
