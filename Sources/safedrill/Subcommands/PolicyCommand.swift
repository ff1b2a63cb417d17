import ArgumentParser
import Foundation
import ThresholdEngine

extension SafeDrill {
    /// `safedrill policy`: tools for the safeguarding lead who writes the threshold policy.
    struct PolicyCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "policy",
            abstract: "Check a threshold policy and run its golden cases.",
            discussion: "See docs/policy.md for how to write and test a policy.",
            subcommands: [Check.self, Test.self])
    }
}

/// The `--policy` option of the policy tools, and loading it with diagnostics.
struct PolicyFileOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Threshold policy file (default: Scoring/thresholds.yaml).", valueName: "file"))
    var policy: String?

    /// The file to read: as given, or the project's default policy.
    var path: String {
        ResourceOptions.display(policy ?? ResourceOptions.home.appendingPathComponent("Scoring/thresholds.yaml").path)
    }

    /// Loads the policy; on errors prints them to standard error and exits with `failure`.
    func load(failure: Int32) -> Policy {
        do {
            return try Policy.load(path: path)
        } catch {
            DiagnosticOutput.print(error.diagnostics)
            Foundation.exit(failure)
        }
    }
}

/// Diagnostics as `path:line:col: error[SDxxx]: message` plus a hint, on standard error.
enum DiagnosticOutput {
    static func print(_ diagnostics: DiagnosticList) {
        guard !diagnostics.items.isEmpty else { return }
        let text = diagnostics.sorted.map(\.description).joined(separator: "\n") + "\n"
        printToStandardError(text)
    }
}
