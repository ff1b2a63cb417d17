import Foundation

/// Whether a checkpoint was signed by a key with the authority to sign one: the store's
/// registration key, or a signing key endorsed and not yet replaced when it signed.
struct CheckpointSigner {
    let authority: KeyAuthority

    /// What is wrong with who signed `checkpoint`, or nil when its signature holds.
    func problem(with checkpoint: Checkpoint) -> (finding: VerificationReport.Finding, detail: String)? {
        let key = checkpoint.keyFingerprint
        let short = SigningKey.short(key)
        if let registration = authority.registration, registration.fingerprint == key {
            return checkpoint.isSigned(by: registration.publicKey) ? nil : (.badSignature, "its signature does not verify with registration key \(short)")
        }
        guard let signing = authority.keys[key] else {
            return (.badSignature, "signed with key \(short), which is not registered in this store")
        }
        guard checkpoint.isSigned(by: signing.publicKey) else {
            return (.badSignature, "its signature does not verify with key \(short)")
        }
        guard authority.endorsements[key] != nil else {
            return (.unendorsedKey, "signed with key \(short), which neither the registration key nor a manager endorsed")
        }
        if let replaced = authority.replacements[key], replaced.at <= checkpoint.signedAt {
            return (.unendorsedKey, "signed with key \(short) after it was replaced by \(SigningKey.short(replaced.by))")
        }
        return nil
    }
}
