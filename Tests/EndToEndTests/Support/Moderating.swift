import Foundation
import Testing

/// Moderation as an assessor does it from the command line, for tests that sign off assessments.
enum Moderating {
    /// The 8-character attempt id that `play` prints when it starts an attempt.
    static func attemptID(playedIn stdout: String) throws -> String {
        let started = try #require(stdout.range(of: "attempt "))
        return String(stdout[started.upperBound...].prefix(8))
    }

    /// Confirms every free-text mark of each attempt as `moderator`, expecting success.
    static func confirmAll(_ attempts: [String], as moderator: String, db: String) throws {
        for attempt in attempts {
            let moderated = try SafeDrillProcess.run(["records", "moderate", attempt, "--as", moderator, "--confirm-all", "--reason", "read the records with the trainee", "--db", db])
            #expect(moderated.status == 0, "\(moderated.stderr)")
            #expect(moderated.stdout.contains("Result unchanged"), "\(moderated.stdout)")
        }
    }

    /// Confirms the free-text marks of every Competent attempt of `trainee` (all assessments, as
    /// the sign-off tests play them) as `moderator`, so that they can stand as sign-off evidence.
    static func confirmCompetentAttempts(of trainee: String, as moderator: String, db: String) throws {
        let listed = try SafeDrillProcess.run(["records", "list", "--trainee", trainee, "--json", "--db", db])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        let competent = rows.filter { $0["kind"] as? String == "attempt" && $0["status"] as? String == "competent" }
        try confirmAll(competent.compactMap { $0["id"] as? String }, as: moderator, db: db)
    }
}
