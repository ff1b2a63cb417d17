import GRDB

extension RecordStore {
    /// Roles that may confirm or change a free-text mark.
    static let moderatingRoles: Set<Person.Role> = [.supervisor, .assessor, .lead]

    /// Who may moderate `attempt`: a registered supervisor, assessor or lead, never its trainee
    /// (under any spelling of the name). The one place the rule lives.
    /// - Throws: `ModerationError.unknownModerator`, `.roleMayNotModerate` or `.ownAttempt`.
    static func moderator(named name: String, for attempt: Attempt, in db: Database) throws -> Person {
        guard let person = try existingPerson(named: name, in: db) else { throw ModerationError.unknownModerator(name) }
        guard person.id != attempt.personID else { throw ModerationError.ownAttempt(person.name) }
        guard moderatingRoles.contains(person.role) else {
            throw ModerationError.roleMayNotModerate(name: person.name, role: person.role.rawValue)
        }
        return person
    }
}
