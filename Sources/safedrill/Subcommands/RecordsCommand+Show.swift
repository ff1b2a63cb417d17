import ArgumentParser
import Assessment
import Foundation
import Records
import Reports
import ScenarioKit

extension SafeDrill.RecordsCommand {
    /// `safedrill records show ID`: an attempt replayed from its stored scenario source, or a sign-off.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show",
            abstract: "Show one record; an attempt's transcript is replayed from the scenario source stored with it.")

        @Argument(help: "The record id or a unique prefix of 6 or more characters.")
        var id: String

        @Flag(help: "Print as JSON.")
        var json = false

        @OptionGroup var resources: ResourceOptions
        @OptionGroup var store: StoreOptions

        func run() throws {
            try SafeDrill.RecordsCommand.guarded {
                let records = try store.open()
                if let signOff = try records.signOffs().first(where: { $0.id.hasPrefix(id.lowercased()) && id.count >= 6 }) {
                    if json { try SafeDrill.RecordsCommand.printJSON(signOff); return }
                    print("Sign-off \(signOff.id)\n  pack \(signOff.packID)\n  method \(signOff.method.rawValue)\n  signed \(signOff.signedAt.ISO8601Format()), refresh due \(signOff.refreshDue.ISO8601Format())\n  key \(SigningKey.short(signOff.keyFingerprint))\n  comments: \(signOff.comments)")
                    for item in signOff.evidence { print("  evidence \(item.scenarioID): attempt \(item.attemptID.prefix(8))") }
                    if let void = try records.void(of: signOff.id) { print("  VOID: \(void.reason)") }
                    return
                }
                guard let attempt = try records.attempt(id: id) else { throw RecordError.unknownRecord(id) }
                let answers = try records.answers(attemptID: attempt.id)
                if json {
                    struct Shown: Encodable { var attempt: Attempt; var answers: [RecordedAnswer] }
                    try SafeDrill.RecordsCommand.printJSON(Shown(attempt: attempt, answers: answers))
                    return
                }
                print("Attempt \(attempt.id): \(attempt.scenarioID), \(attempt.mode.rawValue), \(attempt.status.rawValue)\(attempt.outcome.map { ", \($0.rawValue)" } ?? "")\(attempt.percent.map { " (\(Int($0.rounded()))%)" } ?? "")")
                print("Scenario source \(attempt.scenarioSHA256.prefix(12)), policy \(attempt.policySHA256.prefix(12)), rubrics \(attempt.rubricsSHA256.prefix(12))")
                if let void = try records.void(of: attempt.id) { print("VOID: \(void.reason)") }
                guard let bytes = try records.scenarioSource(sha256: attempt.scenarioSHA256) else {
                    throw ValidationFailure("the scenario source of attempt \(attempt.id.prefix(8)) is missing from the records")
                }
                let library = try TrainingLibrary.load(scenariosFolder: resources.scenariosFolder, policyPath: resources.policyFile)
                let scenario = try library.storedScenario(bytes, id: attempt.scenarioID)
                for line in AttemptTranscript(answers: answers, scenario: scenario).lines {
                    print("\(line.seq). [\(line.nodeID)] \(line.heading)")
                    // A written record runs over several lines: indent them all under their answer.
                    let given = line.given.split(separator: "\n", omittingEmptySubsequences: false)
                    print("   \(line.kind.rawValue): " + given.joined(separator: "\n      "))
                }
            }
        }
    }
}
