import Foundation
import Logging
import Records
import Testing
@testable import Service
import ThresholdEngine

@Suite("OpenAPI document and routes")
struct OpenAPIRoutesTests {
    @Test func everyRouteIsDocumentedAndEveryDocumentedOperationIsRouted() throws {
        let router = ServiceRouter.make(policy: Policy.bundled, store: try RecordStore.inMemory(), logger: Logger(label: "test"))
        let routed = Set(router.routes.map { "\($0.method.rawValue) \(Self.openAPIPath($0.path.description))" })
        let document = try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.bytes)) as? [String: Any])
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let methods = ["get", "post", "put", "delete", "patch"]
        let documented = Set(paths.flatMap { path, item in item.keys.filter(methods.contains).map { "\($0.uppercased()) \(path)" } })
        #expect(routed == documented)
    }

    @Test func theServedDocumentIsTheCheckedInFile() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let file = try Data(contentsOf: root.appendingPathComponent("Sources/Service/Resources/openapi.json"))
        #expect(Data(OpenAPIDocument.bytes) == file)
    }

    /// Hummingbird writes a capture as `{name}` or `:name`; OpenAPI as `{name}`.
    static func openAPIPath(_ path: String) -> String {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map { part in
            part.hasPrefix(":") ? "{\(part.dropFirst())}" : String(part)
        }
        let joined = parts.joined(separator: "/")
        return joined.hasPrefix("/") ? joined : "/" + joined
    }
}
