import ArgumentParser
import Exports
import Foundation
import Records

/// Where `records verify` finds checkpoints kept outside the store: witness files and an LRS.
struct WitnessOptions: ParsableArguments {
    @Option(name: .customLong("witness"), help: ArgumentHelp("A witness file written by 'records checkpoint --witness' (repeatable).", valueName: "file"))
    var files: [String] = []

    @Option(help: ArgumentHelp("An LRS that 'sync' sent checkpoints to: its xAPI endpoint.", valueName: "url"))
    var lrs: String?

    @Option(name: .customLong("lrs-user"), help: ArgumentHelp("The LRS user to read the checkpoints as.", valueName: "user"))
    var lrsUser: String?

    @Option(name: .customLong("lrs-password-file"), help: ArgumentHelp("Read the LRS password from the first line of this file.", valueName: "file"))
    var lrsPasswordFile: String?

    /// Every witnessed checkpoint, file by file, then the LRS's; a file that is not a witness, or
    /// an LRS that cannot be read, is exit 2.
    func checkpoints() -> [WitnessedCheckpoint] {
        do {
            var found = try files.flatMap { try WitnessFile.read(path: $0) }
            if let lrs {
                guard let lrsUser, let lrsPasswordFile else { throw ValidationFailure("--lrs needs --lrs-user and --lrs-password-file") }
                let password = try Passphrase.obtain(file: lrsPasswordFile, prompt: "", confirm: false)
                let client = LRSClient(endpoint: try LRSEndpoint(lrs), credentials: try LRSCredentials(user: lrsUser, password: password))
                let held = try client.witnessedCheckpoints()
                guard !held.isEmpty else { throw ValidationFailure("the LRS at \(lrs) holds no checkpoint: run 'safedrill sync' after 'records checkpoint'") }
                found += held
            }
            return found
        } catch let error as WitnessError {
            InputError.message(error.description).exit()
        } catch let error as LRSError {
            InputError.message(error.description).exit()
        } catch let error as ValidationFailure {
            InputError.message(error.description).exit()
        } catch {
            InputError.message(error.localizedDescription).exit()
        }
    }

    /// What the checks could not rule out, in plain words, for the end of verify's report.
    static func limits(witnessed: [WitnessedCheckpoint], report: VerificationReport) -> [String] {
        let unsigned = report.entries - report.signedThrough
        let tail = unsigned == 0
            ? "Every record is covered by a signed head."
            : "The newest \(unsigned) of \(report.entries) records come after the last signed head: an edit to them followed by re-hashing the chain cannot be told from the store alone."
        guard let newest = witnessed.map(\.checkpoint).max(by: { $0.length < $1.length }) else {
            return [
                tail,
                "No witness given (--witness FILE or --lrs URL): verify cannot rule out that the newest records were deleted, or that the whole store was replaced by an older copy. See docs/records.md, 'Keeping a witness'.",
            ]
        }
        return [tail, "\(witnessed.count) witnessed checkpoint\(witnessed.count == 1 ? "" : "s") checked, the newest covering \(newest.length) records; records after it are not witnessed yet."]
    }
}
