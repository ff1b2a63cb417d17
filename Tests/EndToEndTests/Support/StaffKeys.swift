import Foundation
import Testing

/// Signing keys made as a provider makes them: `keys init` once per store, then each key endorsed.
/// Every key file in a test folder is sealed under the same passphrase, in `folder/pass`.
enum StaffKeys {
    /// The passphrase file every key in `folder` is sealed under.
    static func passphraseFile(in folder: URL) throws -> String {
        let path = folder.appendingPathComponent("pass").path
        if !FileManager.default.fileExists(atPath: path) { try "correct horse\n".write(toFile: path, atomically: true, encoding: .utf8) }
        return path
    }

    /// The store's registration key (`folder/registration.key`), made by `keys init` the first time.
    static func registration(db: String, folder: URL) throws -> String {
        let path = folder.appendingPathComponent("registration.key").path
        guard !FileManager.default.fileExists(atPath: path) else { return path }
        let made = try SafeDrillProcess.run(["keys", "init", "--out", path, "--passphrase-file", passphraseFile(in: folder), "--db", db])
        #expect(made.status == 0, "\(made.stderr)")
        return path
    }

    /// Runs `keys new` for `name`, endorsed by `endorser` (default: the registration key), writing `folder/file`.
    @discardableResult
    static func make(_ name: String, role: String = "supervisor", file: String, db: String, folder: URL, endorser: String? = nil) throws -> (path: String, run: RunResult) {
        let path = folder.appendingPathComponent(file).path
        let pass = try passphraseFile(in: folder)
        let endorsing = try endorser ?? registration(db: db, folder: folder)
        let made = try SafeDrillProcess.run([
            "keys", "new", "--name", name, "--role", role, "--out", path, "--passphrase-file", pass,
            "--endorse-with", endorsing, "--endorser-passphrase-file", pass, "--db", db,
        ])
        return (path, made)
    }
}
