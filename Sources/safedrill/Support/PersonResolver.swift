import Foundation
import Records

/// Turns a name typed with `--as`, `--trainee`, `--supervisor` or at the REPL's login into a
/// registered person, as every command does it (`RecordStore.lookUpPerson`): the same name in any
/// case or spacing, a staff number, or a unique prefix. Someone unknown is registered only when
/// the user says so: by answering yes when asked (interactive sessions), or with `--new-person`;
/// else the close names are offered. The first person in an empty store needs neither.
struct PersonResolver {
    let store: RecordStore
    /// Asks "create new person?" when set; commands reading piped input pass nil and refuse.
    let asker: LineReader?
    /// `--new-person`: register an unknown trainee without asking.
    let mayRegister: Bool

    /// A trainee's name for a new attempt: the registered name of who `typed` stands for, or
    /// `typed` itself once registering them is agreed (the attempt then registers them).
    func trainee(_ typed: String) throws -> String {
        let typed = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        switch try lookUp(typed) {
        case .found(let person):
            return person.name
        case .ambiguous(let people):
            throw ValidationFailure(PeopleError.ambiguous(typed, candidates: people.map(\.name)).description)
        case .unknown(let suggestions):
            let firstPerson = try store.people().isEmpty
            if mayRegister || firstPerson { return typed }
            let refusal = PeopleError.unknown(typed, suggestions: suggestions.map(\.name)).description
            guard let asker else { throw ValidationFailure(refusal + "; --new-person registers them as a new trainee") }
            print(refusal)
            guard case .line(let answer) = asker.read(prompt: "Create new person '\(typed)'? [y/N] "),
                answer.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("y")
            else { throw ValidationFailure("no one registered: type the name again, or 'safedrill people list' to see who is") }
            return try store.addPerson(named: typed, role: .trainee, at: Date()).name
        }
    }

    /// Someone who must be registered already (a trainee whose attempts are wanted, a supervisor):
    /// their registered name, or the refusal that offers the close names.
    func existing(_ typed: String) throws -> Person {
        let typed = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        let lookup = try lookUp(typed)
        do {
            return try lookup.person(typed: typed)
        } catch {
            throw ValidationFailure(error.description)
        }
    }

    private func lookUp(_ typed: String) throws -> PersonLookup {
        do {
            return try store.lookUpPerson(typed)
        } catch let error as RecordError {
            throw ValidationFailure(error.description)
        }
    }
}

extension PersonResolver {
    /// For a command with `--new-person`: it asks only when its input is a terminal.
    init(store: RecordStore, reader: LineReader, newPerson: Bool) {
        self.init(store: store, asker: reader.isInteractive ? reader : nil, mayRegister: newPerson)
    }
}
