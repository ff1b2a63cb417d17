import Crypto
import CryptoExtras
import Foundation

/// A supervisor's Ed25519 private key, sealed under a passphrase in a 0600 JSON file.
///
/// The passphrase goes through scrypt (N = 2^15, r = 8, p = 1: 32 MiB and about a tenth of a
/// second per try) to a 256-bit key that seals the private key with AES-GCM; the file holds the
/// salt, the parameters, the sealed box and the public key, never the private key in clear.
public struct PrivateKeyFile: Codable, Sendable {
    public static let format = "safedrill-key/1"

    public var format: String
    /// The owner's name, to help a person tell their key files apart.
    public var name: String
    public var fingerprint: String
    public var publicKey: Data
    public var kdf: KDFParameters
    /// AES-GCM nonce, ciphertext and tag of the 32-byte raw private key.
    public var sealed: Data

    /// The scrypt parameters the file was sealed with.
    public struct KDFParameters: Codable, Sendable {
        public var name: String
        public var salt: Data
        public var rounds: Int
        public var blockSize: Int
        public var parallelism: Int

        static func fresh() -> KDFParameters {
            KDFParameters(name: "scrypt", salt: PersonSalt.randomSalt(), rounds: 1 << 15, blockSize: 8, parallelism: 1)
        }
    }

    /// Seals `key` for `name` under `passphrase`.
    public static func seal(_ key: Curve25519.Signing.PrivateKey, name: String, passphrase: String) throws -> PrivateKeyFile {
        let parameters = KDFParameters.fresh()
        let symmetric = try derive(passphrase, parameters)
        guard let sealed = try AES.GCM.seal(key.rawRepresentation, using: symmetric).combined else {
            throw KeyError.cannotSeal
        }
        let publicKey = key.publicKey.rawRepresentation
        return PrivateKeyFile(
            format: format, name: name, fingerprint: KeyFingerprint.of(publicKey), publicKey: publicKey,
            kdf: parameters, sealed: sealed)
    }

    /// The private key, or `KeyError.wrongPassphrase` when the passphrase does not open it.
    public func open(passphrase: String) throws -> Curve25519.Signing.PrivateKey {
        let symmetric = try Self.derive(passphrase, kdf)
        let raw: Data
        do {
            raw = try AES.GCM.open(AES.GCM.SealedBox(combined: sealed), using: symmetric)
        } catch {
            throw KeyError.wrongPassphrase
        }
        let key = try Curve25519.Signing.PrivateKey(rawRepresentation: raw)
        guard KeyFingerprint.of(key.publicKey.rawRepresentation) == fingerprint else { throw KeyError.damagedFile("the key does not match its fingerprint") }
        return key
    }

    /// Reads a key file; a file that is not one gives `KeyError.damagedFile`.
    public static func read(path: String) throws -> PrivateKeyFile {
        guard let data = FileManager.default.contents(atPath: path) else { throw KeyError.unreadable(path) }
        let file: PrivateKeyFile
        do {
            file = try JSONDecoder().decode(PrivateKeyFile.self, from: data)
        } catch {
            throw KeyError.damagedFile("\(path) is not a safedrill key file")
        }
        guard file.format == format, file.kdf.name == "scrypt" else {
            throw KeyError.damagedFile("\(path) has format '\(file.format)'; this version reads '\(format)'")
        }
        return file
    }

    /// Writes the file 0600, refusing to overwrite an existing file (a key lost that way is lost for good).
    public func write(path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if !FileManager.default.fileExists(atPath: folder) {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(self)
        guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) || FileManager.default.fileExists(atPath: path) else {
            throw KeyError.unwritable(path)
        }
        guard let handle = FileHandle(forWritingAtPath: path) else { throw KeyError.unwritable(path) }
        defer { try? handle.close() }
        try handle.write(contentsOf: data)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    }

    private static func derive(_ passphrase: String, _ parameters: KDFParameters) throws -> SymmetricKey {
        guard parameters.rounds >= 1 << 14, parameters.rounds <= 1 << 20, parameters.blockSize == 8, (1...4).contains(parameters.parallelism) else {
            throw KeyError.damagedFile("unexpected key derivation parameters")
        }
        return try KDF.Scrypt.deriveKey(
            from: Data(passphrase.utf8), salt: parameters.salt, outputByteCount: 32,
            rounds: parameters.rounds, blockSize: parameters.blockSize, parallelism: parameters.parallelism)
    }
}
