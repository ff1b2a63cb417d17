import Foundation
import Records

/// Finds the attempt a trainee names for `resume`: a full id or any prefix of one that only one
/// attempt starts with. A name that fits none or several is an error listing the attempts it
/// could have meant, so the trainee can copy the right id rather than go looking for it.
public struct AttemptLookup {
    let store: RecordStore

    public init(store: RecordStore) { self.store = store }

    /// How many candidates an error lists at most.
    public static let candidateLimit = 10

    /// The one attempt whose id is `text` or starts with it.
    /// - Parameter trainee: whose unfinished attempts to offer when nothing starts with `text` (everyone's when nil).
    /// - Throws: `TrainingFailure` naming the candidates when there is not exactly one.
    public func attempt(_ text: String, trainee: String?) throws -> Attempt {
        let prefix = text.trimmingCharacters(in: .whitespaces).lowercased()
        let matches = try store.listing(RecordQuery(idPrefix: prefix)).filter { $0.kind == .attempt }
        let chosen = matches.count == 1 ? matches.first : matches.first { $0.id == prefix }
        if let chosen, let attempt = try store.attempt(id: chosen.id) { return attempt }
        if matches.isEmpty {
            let unfinished = try store.listing(RecordQuery(trainee: trainee, status: .inProgress, limit: Self.candidateLimit))
            guard !unfinished.isEmpty else { throw TrainingFailure("no attempt starts with '\(text)' — 'history' lists them") }
            throw TrainingFailure("no attempt starts with '\(text)'; the unfinished ones are:\n" + lines(unfinished))
        }
        let shown = matches.prefix(Self.candidateLimit)
        let more = matches.count > shown.count ? "\n  … and \(matches.count - shown.count) more" : ""
        throw TrainingFailure("\(matches.count) attempts start with '\(text)'; give more of the id:\n" + lines(shown) + more)
    }

    /// The most recently answered unfinished attempt (of `trainee`, when named).
    /// - Throws: `TrainingFailure` when there is none.
    public func latestUnfinished(of trainee: String?) throws -> Attempt {
        guard let latest = try store.unfinishedAttempts(personName: trainee).first else {
            throw TrainingFailure("there is no unfinished attempt\(trainee.map { " for \($0)" } ?? "") to resume")
        }
        return latest
    }

    /// One line per attempt: id, scenario, trainee, when it started and how it stands.
    private func lines(_ listings: some Sequence<RecordListing>) -> String {
        listings.map { listing in
            let started = listing.at.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: false))
            return "  \(listing.id)  \(listing.subject)  \(listing.trainee)  \(started)  \(Self.standing(listing))"
        }.joined(separator: "\n")
    }

    private static func standing(_ listing: RecordListing) -> String {
        switch listing.status {
        case "in_progress": "unfinished"
        case "not_yet_competent": "not yet competent"
        default: listing.status
        }
    }
}
