import HTTPTypes
import Hummingbird
import NIOCore

/// JSON text as a response.
enum JSONResponse {
    static let contentType = "application/json; charset=utf-8"

    static func make(_ text: String, status: HTTPResponse.Status = .ok, headers extra: HTTPFields = [:]) -> Response {
        var headers = extra
        headers[.contentType] = contentType
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
