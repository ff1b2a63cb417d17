import Foundation

/// What `credential verify` found, with no records store: the credential when it could be read,
/// each check that failed (each names the attack it catches), and what was not checked.
public struct CredentialVerification: Sendable, Hashable {
    /// The credential, once its signature verified.
    public var credential: OpenBadgeCredential?
    public var problems: [String] = []
    public var notChecked: [String] = []

    public var isOK: Bool { credential != nil && problems.isEmpty }

    /// Checks the VC-JWT `text`: its EdDSA signature against the `did:key` in its header, that the
    /// key is the issuer's, its dates against `at`, and with `statusList` (a published
    /// `BitstringStatusListCredential` VC-JWT) whether the provider has voided it.
    public static func check(_ text: String, at: Date, statusList: String?) -> CredentialVerification {
        var result = CredentialVerification()
        guard let jws = CompactJWS(text) else {
            result.problems.append("not a VC-JWT: it is not three base64url parts with a JSON header, so it was damaged or changed")
            return result
        }
        guard let kid = jws.header["kid"], let publicKey = DIDKey.publicKey(of: kid) else {
            result.problems.append("its header names no Ed25519 did:key to check the signature with")
            return result
        }
        guard jws.isSigned(by: publicKey) else {
            result.problems.append("bad signature: it does not verify with the issuer key \(kid.split(separator: "#")[0]), so the credential was changed after it was signed")
            return result
        }
        guard let claims = try? JSONDecoder().decode(CredentialClaims.self, from: jws.payload) else {
            result.problems.append("its signed payload is not an Open Badges credential this version reads")
            return result
        }
        let credential = claims.vc
        result.credential = credential
        let did = String(kid.split(separator: "#")[0])
        if credential.issuer.id != did || claims.iss != did {
            result.problems.append("issuer key mismatch: it was signed by \(did) but names \(credential.issuer.id) as its issuer")
        }
        if !credential.type.contains("OpenBadgeCredential") || claims.jti != credential.id {
            result.problems.append("it is not an OpenBadgeCredential, or its JWT id is not the credential's")
        }
        if !credential.isAbout(credential.credentialSubject.name) {
            result.problems.append("its salted identifier does not match the name it shows, \(credential.credentialSubject.name)")
        }
        result.problems += datingProblems(credential, claims: claims, at: at)
        if let statusList {
            if let problem = statusProblem(credential, list: statusList) { result.problems.append(problem) }
        } else {
            result.notChecked.append("whether the provider has voided it: give the provider's status list with --status FILE")
        }
        return result
    }

    private static func datingProblems(_ credential: OpenBadgeCredential, claims: CredentialClaims, at: Date) -> [String] {
        guard let from = StoredTime.date(from: credential.validFrom), let until = StoredTime.date(from: credential.validUntil) else {
            return ["its validFrom or validUntil is not a date-time"]
        }
        if seconds(from) != claims.nbf || seconds(until) != claims.exp {
            return ["its JWT nbf and exp are not its validFrom and validUntil"]
        }
        if at > until { return ["expired: it was valid until \(credential.validUntil), the pack's refresh date; ask for a refreshed sign-off"] }
        if at < from { return ["not yet valid: it is valid from \(credential.validFrom)"] }
        return []
    }

    private static func statusProblem(_ credential: OpenBadgeCredential, list text: String) -> String? {
        guard let entry = credential.credentialStatus, let index = Int(entry.statusListIndex) else {
            return "it names no status list entry, so --status cannot say whether it was voided"
        }
        guard let jws = CompactJWS(text), let kid = jws.header["kid"], let key = DIDKey.publicKey(of: kid), jws.isSigned(by: key),
            let claims = try? JSONDecoder().decode(StatusListClaims.self, from: jws.payload)
        else {
            return "the status list does not verify: it is not a signed BitstringStatusListCredential"
        }
        let signer = String(kid.split(separator: "#")[0])
        guard claims.vc.issuer == signer, [credential.issuer.id, credential.issuer.parentOrg?.id].contains(signer) else {
            return "the status list is signed by \(signer), neither the credential's issuer nor its provider"
        }
        guard claims.vc.id == entry.statusListCredential, claims.vc.credentialSubject.statusPurpose == entry.statusPurpose else {
            return "the status list is \(claims.vc.id), not the \(entry.statusListCredential) the credential names"
        }
        do {
            if try BitstringStatusList.isSet(index, in: claims.vc.credentialSubject.encodedList) {
                return "voided: the provider's status list (\(claims.vc.id), published \(claims.vc.validFrom)) marks it revoked"
            }
        } catch {
            return "the status list cannot be read: \(error)"
        }
        return nil
    }

    private static func seconds(_ date: Date) -> Int { Int(date.timeIntervalSince1970.rounded(.down)) }
}
