import Crypto
import Foundation

/// RFC 9562 version 5 UUIDs: SHA-1 of a namespace and a name, so the same name always gives the
/// same UUID. SHA-1 is fine here: the ids need to be stable and distinct, not secret.
enum NameBasedUUID {
    /// The lowercase UUID for `name` in `namespace`.
    static func make(namespace: UUID, name: String) -> String {
        var hasher = Insecure.SHA1()
        withUnsafeBytes(of: namespace.uuid) { hasher.update(bufferPointer: $0) }
        hasher.update(data: Data(name.utf8))
        var bytes = Array(hasher.finalize().prefix(16))
        bytes[6] = (bytes[6] & 0x0f) | 0x50
        bytes[8] = (bytes[8] & 0x3f) | 0x80
        let uuid = UUID(uuid: (
            bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
            bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
        return uuid.uuidString.lowercased()
    }
}
