import Hummingbird
import Logging
import NIOCore
import Records
import ThresholdEngine

/// The service's routes, in one place so the OpenAPI test can compare them with the document.
public enum ServiceRouter {
    /// The largest request body accepted, in bytes: facts for one incident are a few hundred.
    public static let standardBodyLimit = 64 * 1024

    /// The router: access log outermost (it sees the final status), then JSON errors, then routes.
    public static func make(
        policy: Policy, store: RecordStore, bodyLimit: Int = standardBodyLimit, logger: Logger
    ) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: AccessLog(logger: logger))
        router.add(middleware: JSONErrors(logger: logger))
        let decisions = DecisionRoute(policy: policy, store: store, bodyLimit: bodyLimit)
        let policyJSON = PolicyDescription.json(of: policy)
        let interview = InterviewRoutes(policy: policy, sessions: InterviewSessions(), bodyLimit: bodyLimit)
        router.post("/v1/decisions") { request, _ in try await decisions.respond(to: request) }
        router.get("/v1/policy") { _, _ in JSONResponse.make(policyJSON) }
        router.get("/openapi.json") { _, _ in
            Response(status: .ok, headers: [.contentType: JSONResponse.contentType], body: .init(byteBuffer: ByteBuffer(bytes: OpenAPIDocument.bytes)))
        }
        router.get("/") { _, _ in interview.start() }
        router.post("/interview") { _, _ in await interview.open() }
        router.get("/interview/{session}") { _, context in await interview.show(context.parameters.get("session") ?? "") }
        router.post("/interview/{session}") { request, context in
            try await interview.answer(context.parameters.get("session") ?? "", request: request)
        }
        return router
    }
}
