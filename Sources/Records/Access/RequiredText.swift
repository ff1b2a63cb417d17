import Foundation

/// Names, authors and reasons are trimmed of surrounding spaces and must then say something:
/// a blank author or reason on a record of competence is no record at all.
func requiredText(_ text: String, field: String) throws -> String {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else { throw RecordError.emptyText(field: field) }
    return trimmed
}
