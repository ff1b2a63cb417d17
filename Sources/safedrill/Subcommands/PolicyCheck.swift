import ArgumentParser
import Foundation
import ThresholdEngine

extension SafeDrill.PolicyCommand {
    /// `safedrill policy check`: load the policy, then look for rules and facts that do nothing.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Check a policy for mistakes (errors) and for dead rules, facts and escalations (warnings).",
            discussion: "Exit 0 when there are no errors (warnings allowed), 1 when there are errors.")

        @OptionGroup var file: PolicyFileOption

        func run() throws {
            let policy = file.load(failure: 1)
            let warnings = PolicyChecks.run(policy)
            DiagnosticOutput.print(warnings)
            let count = warnings.items.count
            print("\(file.path): \(policy.id) \(policy.version): \(policy.schema.definitions.count) facts, "
                + "\(policy.escalations.count) escalations, \(policy.rules.count) rules; "
                + "no errors, \(count == 0 ? "no" : String(count)) warning\(count == 1 ? "" : "s")")
        }
    }
}
