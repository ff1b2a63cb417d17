/// The OpenAPI 3.1 description of the service, checked in as `Sources/Service/Resources/openapi.json`
/// and compiled into the binary, so `/openapi.json` serves exactly the file the tests check.
public enum OpenAPIDocument {
    /// The document's bytes.
    public static var bytes: [UInt8] { PackageResources.openapi_json }
}
