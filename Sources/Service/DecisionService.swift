import Hummingbird
import Logging
import Records
import ServiceLifecycle
import ThresholdEngine

/// `safedrill serve`: the threshold engine over HTTP, with the phone page, until SIGTERM or SIGINT,
/// which stop it gracefully (requests in flight finish) through swift-service-lifecycle.
public struct DecisionService: Sendable {
    /// The policy every decision is made with.
    public var policy: Policy
    /// Where recorded decisions and API tokens live.
    public var store: RecordStore
    /// The address to listen on, such as 127.0.0.1.
    public var host: String
    /// The port; 0 lets the system choose one (printed once listening).
    public var port: Int
    /// The largest request body accepted, in bytes.
    public var bodyLimit: Int

    /// Creates a service; nothing listens until `run`.
    public init(policy: Policy, store: RecordStore, host: String, port: Int, bodyLimit: Int = ServiceRouter.standardBodyLimit) {
        self.policy = policy
        self.store = store
        self.host = host
        self.port = port
        self.bodyLimit = bodyLimit
    }

    /// Serves until a shutdown signal. `listening` is called with the port once the socket is open.
    public func run(listening: @escaping @Sendable (Int) -> Void) async throws {
        let logger = Logger(label: "safedrill.serve")
        let router = ServiceRouter.make(policy: policy, store: store, bodyLimit: bodyLimit, logger: logger)
        let application = Application(
            router: router,
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in listening(channel.localAddress?.port ?? 0) },
            logger: logger)
        let group = ServiceGroup(configuration: .init(
            services: [application], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }
}
