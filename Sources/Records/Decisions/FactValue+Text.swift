import Foundation
import ThresholdEngine

extension FactValue {
    /// A value back from `text` as `FactValue.text` wrote it for `definition`'s type.
    static func read(_ text: String, as definition: FactDefinition) -> FactValue? {
        switch definition.type {
        case .bool: return text == "true" ? .bool(true) : text == "false" ? .bool(false) : nil
        case .number: return Double(text).map(FactValue.number)
        case .enum: return definition.values.contains(text) ? .word(text) : nil
        case .datetime: return FactSchema.parseDate(text).map(FactValue.datetime)
        case .set:
            guard text.hasPrefix("["), text.hasSuffix("]") else { return nil }
            let members = text.dropFirst().dropLast().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard members.allSatisfy(definition.values.contains) else { return nil }
            return .set(Set(members))
        }
    }
}
