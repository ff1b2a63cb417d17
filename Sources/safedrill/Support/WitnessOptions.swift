import ArgumentParser
import Exports
import Foundation
import Records

/// Where `records verify` finds checkpoints kept outside the store: witness files, and the LRS
/// that `sync` sent them to.
struct WitnessOptions: ParsableArguments {
    @Option(name: .customLong("witness"), help: ArgumentHelp("A witness file written by 'records checkpoint --witness' (repeatable).", valueName: "file"))
    var files: [String] = []

    @Option(help: ArgumentHelp("An LRS that 'sync' sent checkpoints to (with --user and --password-file).", valueName: "url"))
    var lrs: String?

    @OptionGroup var login: LRSLoginOptions

    func validate() throws {
        if lrs != nil, login.user == nil { throw ValidationError("--lrs needs --user: the LRS user to read the checkpoints as") }
    }

    /// Every witnessed checkpoint, file by file, then the LRS's; a file that is not a witness, or an
    /// LRS that cannot be read, is exit 2.
    func checkpoints() -> [WitnessedCheckpoint] {
        do {
            var witnessed = try files.flatMap { try WitnessFile.read(path: $0) }
            if let lrs {
                let client = LRSClient(endpoint: try LRSEndpoint(lrs), credentials: try login.credentials())
                witnessed += try client.witnessedCheckpoints()
            }
            return witnessed
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
