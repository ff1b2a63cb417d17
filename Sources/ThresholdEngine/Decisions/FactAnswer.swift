import Foundation

/// Reads a typed answer to a fact's question, leniently: `yes`/`no`, `£1,200`, `not sought`, a
/// value's number in the list, a time as people type it (`now`, `02:10`, `yesterday 23:40`: see
/// `IncidentTime`). Empty (or `unknown`, `?` aside) means not known.
public enum FactAnswer {
    /// The value, nil for "not known", or `.failure` with one line saying what is allowed. Times are
    /// read in `timeZone`.
    public static func read(_ text: String, for definition: FactDefinition, now: Date, timeZone: TimeZone = .current) -> Result<FactValue?, Rejection> {
        let answer = text.trimmingCharacters(in: .whitespaces)
        let lowered = answer.lowercased()
        let unknownIsAValue = definition.values.contains("unknown")
        if answer.isEmpty || lowered == "~" || (lowered == "unknown" && !unknownIsAValue) { return .success(nil) }
        let value: FactValue? = switch definition.type {
        case .bool: ["y", "yes", "true"].contains(lowered) ? .bool(true) : ["n", "no", "false"].contains(lowered) ? .bool(false) : nil
        case .number: number(lowered).map(FactValue.number)
        case .enum: word(lowered, in: definition.values).map(FactValue.word)
        case .set: members(lowered, in: definition.values).map(FactValue.set)
        case .datetime: IncidentTime.parse(answer, now: now, timeZone: timeZone).map(FactValue.datetime)
        }
        guard let value else { return .failure(Rejection(allowed: allowed(for: definition))) }
        return .success(value)
    }

    /// One line saying what may be typed.
    public static func allowed(for definition: FactDefinition) -> String {
        let values = definition.values.joined(separator: ", ")
        return switch definition.type {
        case .bool: "answer yes or no; leave it empty if not known"
        case .number: "answer a number such as 250; leave it empty if not known"
        case .enum: "answer one of: \(values) (or its number); leave it empty if not known"
        case .set: "answer any of: \(values), separated by commas, or none; leave it empty if not known"
        case .datetime: "answer now, a time such as 02:10 or 2:10am, yesterday 23:40, or a date and time such as 2026-12-04 01:50; leave it empty if not known"
        }
    }

    /// An answer that is not allowed, with what is.
    public struct Rejection: Error, Sendable, Hashable {
        /// One line saying what may be typed.
        public var allowed: String
    }

    private static func number(_ text: String) -> Double? {
        let digits = text.replacingOccurrences(of: "£", with: "").replacingOccurrences(of: ",", with: "")
        guard let number = Double(digits), number.isFinite else { return nil }
        return number
    }

    /// A value by name (spaces may stand for `_` or `-`) or by its 1-based number in the list.
    private static func word(_ text: String, in values: [String]) -> String? {
        if let index = Int(text), values.indices.contains(index - 1) { return values[index - 1] }
        let squashed = text.replacingOccurrences(of: " ", with: "_")
        return values.first { $0.lowercased() == text || $0.lowercased() == squashed || $0.lowercased() == text.replacingOccurrences(of: " ", with: "-") }
    }

    private static func members(_ text: String, in values: [String]) -> Set<String>? {
        if text == "none", !values.contains("none") { return [] }
        var members = Set<String>()
        for part in text.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            let item = part.trimmingCharacters(in: .whitespaces)
            guard !item.isEmpty else { continue }
            if let member = word(item, in: values) {
                members.insert(member)
            } else {
                // "financial psychological": separated by spaces only.
                for piece in item.split(separator: " ") {
                    guard let member = word(String(piece), in: values) else { return nil }
                    members.insert(member)
                }
            }
        }
        return members
    }
}
