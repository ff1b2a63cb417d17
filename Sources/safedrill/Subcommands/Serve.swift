import ArgumentParser
import Foundation
import Service

extension SafeDrill {
    /// `safedrill serve`: the threshold engine as an HTTP service and a phone page.
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "serve",
            abstract: "Serve decisions over HTTP (POST /v1/decisions) and the phone page (/).",
            discussion: """
                The API is described at /openapi.json and in docs/service.md. Recording a decision \
                (?record=true) needs an API token from 'safedrill tokens new --as NAME'. The access log \
                (standard error) holds method, path, status and duration only. SIGTERM stops it gracefully.
                """)

        @Option(help: ArgumentHelp("Address to listen on.", valueName: "host"))
        var host = "127.0.0.1"

        @Option(help: ArgumentHelp("Port to listen on; 0 picks a free one.", valueName: "port"))
        var port = 8780

        @OptionGroup var file: PolicyFileOption
        @OptionGroup var store: StoreOptions

        func validate() throws {
            if !(0...65535).contains(port) { throw ValidationError("--port must be from 0 to 65535") }
        }

        func run() throws {
            let service = DecisionService(policy: file.load(failure: 2), store: try store.open(), host: host, port: port)
            let host = host
            let outcome = Outcome()
            // The root command is synchronous; the service runs in a task and this thread waits for it.
            Task.detached {
                do {
                    try await service.run { port in
                        FileHandle.standardOutput.write(Data("safedrill serve: listening on http://\(host):\(port)\n".utf8))
                    }
                } catch {
                    outcome.fail(error)
                }
                outcome.done.signal()
            }
            outcome.done.wait()
            if let error = outcome.error { throw InputError.message("serve stopped: \(error)") }
        }

        /// How the service ended, handed from its task to the waiting thread.
        private final class Outcome: @unchecked Sendable {
            let done = DispatchSemaphore(value: 0)
            private let lock = NSLock()
            private var failure: (any Error)?

            func fail(_ error: any Error) { lock.withLock { failure = error } }
            var error: (any Error)? { lock.withLock { failure } }
        }
    }
}
