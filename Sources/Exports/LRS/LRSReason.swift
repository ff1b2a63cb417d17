import Foundation

/// The reason an LRS gave for refusing a request, made readable: the messages of a JSON error
/// body when it has the usual shapes, else the body as text, cut to a readable length.
enum LRSReason {
    static let longest = 600

    static func of(_ response: LRSResponse) -> String {
        let text = messages(in: response.body) ?? response.text
        return text.count > longest ? String(text.prefix(longest)) + "…" : text
    }

    // FastAPI and pydantic, as Ralph answers: {"detail": "text"} or {"detail": [{"loc": [...], "msg": "text"}]};
    // other LRSs: {"message": "text"}.
    private static func messages(in body: Data) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else { return nil }
        if let detail = object["detail"] as? String { return detail }
        if let items = object["detail"] as? [[String: Any]] {
            let lines = items.compactMap { item -> String? in
                guard let message = item["msg"] as? String else { return nil }
                // `loc` starts with where in the request ("body") and the statement's place in the
                // batch; the field path after them is what a person needs.
                let path = (item["loc"] as? [Any] ?? []).compactMap { $0 as? String }.filter { $0 != "body" }
                return path.isEmpty ? message : path.joined(separator: ".") + ": " + message
            }
            return lines.isEmpty ? nil : lines.joined(separator: "; ")
        }
        return object["message"] as? String
    }
}
