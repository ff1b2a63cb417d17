import Foundation

/// A `did:key` for an Ed25519 public key: `did:key:z` + base58btc of the multicodec prefix
/// `0xed 0x01` and the 32 raw bytes (W3C CCG did:key method).
public enum DIDKey {
    private static let ed25519Prefix: [UInt8] = [0xed, 0x01]

    /// The DID naming `publicKey`.
    public static func of(_ publicKey: Data) -> String {
        "did:key:z" + Base58.encode(ed25519Prefix + Array(publicKey))
    }

    /// The verification method a JWS names in `kid`: the DID, `#`, and the key part again.
    public static func verificationMethod(of publicKey: Data) -> String {
        let did = of(publicKey)
        return did + "#" + did.dropFirst("did:key:".count)
    }

    /// The raw Ed25519 public key a `did:key` (or one of its verification methods) names, or nil
    /// when it is not an Ed25519 did:key.
    public static func publicKey(of did: String) -> Data? {
        let bare = did.split(separator: "#", maxSplits: 1).first.map(String.init) ?? did
        guard bare.hasPrefix("did:key:z"), let bytes = Base58.decode(bare.dropFirst("did:key:z".count)),
            bytes.count == 34, Array(bytes.prefix(2)) == ed25519Prefix
        else { return nil }
        return Data(bytes.dropFirst(2))
    }
}
