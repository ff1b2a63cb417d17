import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// A request the service refuses, as `{"error": {"code", "message", "at"?}}`. Codes are stable: a
/// client may switch on them; messages are for people and may change.
public struct APIError: Error, Sendable, Hashable {
    /// What went wrong, in words a client can switch on.
    public enum Code: String, Sendable, Hashable, CaseIterable {
        /// The body is not JSON, or not UTF-8.
        case malformedJSON = "malformed_json"
        /// The body is JSON but not an object of facts.
        case notAnObject = "not_an_object"
        /// A key that is no fact of the policy.
        case unknownFact = "unknown_fact"
        /// A fact given a value of the wrong JSON type (a string for a bool, say).
        case wrongType = "wrong_type"
        /// A fact given a value of the right type that it does not allow (an enum value it lacks).
        case badFactValue = "bad_fact_value"
        /// The body is larger than the limit.
        case bodyTooLarge = "body_too_large"
        /// A query parameter with a value the route does not allow.
        case badParameter = "bad_parameter"
        /// No valid API token, where one is needed.
        case unauthorized
        /// No such route.
        case notFound = "not_found"
        /// The service failed; nothing the client sent explains it.
        case internalError = "internal_error"

        /// The HTTP status that goes with the code.
        public var status: HTTPResponse.Status {
            switch self {
            case .malformedJSON, .notAnObject, .unknownFact, .wrongType, .badFactValue, .badParameter: .badRequest
            case .bodyTooLarge: .contentTooLarge
            case .unauthorized: .unauthorized
            case .notFound: .notFound
            case .internalError: .internalServerError
            }
        }
    }

    /// What went wrong.
    public var code: Code
    /// One sentence for a person, saying what to do.
    public var message: String
    /// Where: a fact id, or a JSON path such as `$` for the whole body.
    public var at: String?

    /// Creates an error.
    public init(_ code: Code, _ message: String, at: String? = nil) {
        self.code = code
        self.message = message
        self.at = at
    }

    /// The error's JSON body.
    public var json: String {
        var fields: [String: String] = ["code": code.rawValue, "message": message]
        if let at { fields["at"] = at }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(["error": fields])) ?? Data(#"{"error":{"code":"internal_error","message":"error"}}"#.utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// The error as a response.
    public var response: Response {
        var headers: HTTPFields = [.contentType: JSONResponse.contentType]
        if code == .unauthorized { headers[.wwwAuthenticate] = #"Bearer realm="safedrill""# }
        return Response(status: code.status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: json + "\n")))
    }
}
