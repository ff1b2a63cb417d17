import HTTPTypes
import Hummingbird
import Records

/// Who is calling, from `Authorization: Bearer TOKEN`: the owner of a valid API token.
enum Caller {
    /// No header: nil. A header with a token that is unknown, revoked or badly written: 401.
    static func identify(_ request: Request, in store: RecordStore) throws(APIError) -> String? {
        guard let header = request.headers[.authorization] else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else {
            throw APIError(.unauthorized, "send the token as 'Authorization: Bearer TOKEN'")
        }
        let owner: String?
        do {
            owner = try store.tokenOwner(String(parts[1]).trimmingCharacters(in: .whitespaces))
        } catch {
            throw APIError(.internalError, "the records store could not be read")
        }
        guard let owner else {
            throw APIError(.unauthorized, "the API token is not valid or has been revoked: 'safedrill tokens new --as NAME' makes one")
        }
        return owner
    }
}
