import Foundation

/// Names, authors and reasons are trimmed of surrounding spaces and must then say something:
/// a blank author or reason on a record of competence is no record at all.
/// - Throws: `RecordError.emptyText`, or `.nulCharacter` (see `storableText`).
func requiredText(_ text: String, field: String) throws -> String {
    let trimmed = try storableText(text, field: field).trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else { throw RecordError.emptyText(field: field) }
    return trimmed
}

/// Text the store can keep whole. GRDB hands a Swift string to SQLite as a C string, so
/// everything after a NUL character would be silently cut off: refused instead.
/// - Throws: `RecordError.nulCharacter` naming the field.
func storableText(_ text: String, field: String) throws -> String {
    guard !text.utf8.contains(0) else { throw RecordError.nulCharacter(field: field) }
    return text
}
