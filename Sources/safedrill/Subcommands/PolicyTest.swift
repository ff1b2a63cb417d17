import ArgumentParser
import Foundation
import ThresholdEngine

extension SafeDrill.PolicyCommand {
    /// `safedrill policy test`: run the golden cases, like `opa test`.
    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "test",
            abstract: "Run a policy's golden cases: one line per failure, rule coverage, then PASS: n/n or FAIL: k/n.",
            discussion: """
                The cases default to <policy>.tests.yaml beside the policy. Without --policy, the policy is \
                the one the cases file names. Exit 1 on any failure or on a mistake in either file.
                """)

        @OptionGroup var file: PolicyFileOption

        @Option(name: .long, help: ArgumentHelp("Golden cases file (default: beside the policy).", valueName: "file"))
        var tests: String?

        @Flag(name: .shortAndLong, help: "Also list the cases that pass.")
        var verbose = false

        func run() throws {
            var policyFile = file
            let testsPath: String
            if let tests {
                testsPath = ResourceOptions.display(tests)
                if policyFile.policy == nil {
                    do {
                        policyFile.policy = try PolicyTestSuite.policyPath(inTestsAt: testsPath)
                    } catch {
                        DiagnosticOutput.print(error.diagnostics)
                        throw ExitCode(1)
                    }
                }
            } else {
                testsPath = Self.testsFile(beside: policyFile.path)
            }
            let policy = policyFile.load(failure: 1)
            let suite: PolicyTestSuite
            do {
                suite = try PolicyTestSuite.load(path: testsPath, policy: policy)
            } catch {
                DiagnosticOutput.print(error.diagnostics)
                throw ExitCode(1)
            }
            let results = suite.run(against: policy)
            for result in results {
                let place = result.testCase.location.map { "\($0): " } ?? ""
                if result.passed {
                    if verbose { print("PASS \(place)\(result.testCase.name)") }
                    continue
                }
                for failure in result.failures { print("FAIL \(place)\(result.testCase.name): \(failure)") }
            }
            let coverage = PolicyCoverage(policy: policy, results: results)
            print(coverage.summary)
            for rule in coverage.uncovered {
                let gap = rule.fired == 0 ? "no case fires it" : "every case fires it"
                print("  \(rule.rule): \(gap) (fired \(rule.fired), possible \(rule.possible), not fired \(rule.notFired))")
            }
            if verbose {
                for rule in coverage.rules where rule.covered {
                    print("  \(rule.rule): fired \(rule.fired), possible \(rule.possible), not fired \(rule.notFired)")
                }
            }
            let failed = results.filter { !$0.passed }.count
            print(failed == 0 ? "PASS: \(results.count)/\(results.count)" : "FAIL: \(failed)/\(results.count)")
            if failed > 0 { throw ExitCode(1) }
        }

        /// `thresholds.yaml` → `thresholds.tests.yaml` in the same folder.
        static func testsFile(beside policy: String) -> String {
            let url = URL(fileURLWithPath: policy)
            let stem = url.deletingPathExtension().lastPathComponent
            let path = url.deletingLastPathComponent().appendingPathComponent("\(stem).tests.yaml").path
            return ResourceOptions.display(path)
        }
    }
}
