import Hummingbird
import Logging
import NIOCore

/// Turns whatever a route throws into the service's JSON error: an `APIError` as it is, a missing
/// route as `not_found`, anything else as `internal_error` (logged by type only).
struct JSONErrors<Context: RequestContext>: RouterMiddleware {
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            return error.response
        } catch is NIOTooManyBytesError {
            return APIError(.bodyTooLarge, "the body is too large", at: "$").response
        } catch let error as HTTPError where error.status == .notFound || error.status == .methodNotAllowed {
            return APIError(.notFound, "no such route: see /openapi.json").response
        } catch {
            logger.error("request failed: \(type(of: error))")
            return APIError(.internalError, "the service failed; try again").response
        }
    }
}
