import HTTPTypes
import Hummingbird
import NIOCore

extension Request {
    /// The whole body, or `body_too_large` when it is longer than `limit` bytes (checked against
    /// Content-Length first, so an oversized body is refused before it is read).
    func collectedBody(limit: Int) async throws(APIError) -> [UInt8] {
        let tooLarge = APIError(.bodyTooLarge, "the body is larger than \(limit / 1024) KiB", at: "$")
        if let length = headers[.contentLength].flatMap({ Int($0) }), length > limit { throw tooLarge }
        do {
            let buffer = try await body.collect(upTo: limit)
            return Array(buffer.readableBytesView)
        } catch is NIOTooManyBytesError {
            throw tooLarge
        } catch {
            throw APIError(.malformedJSON, "the body could not be read", at: "$")
        }
    }
}
