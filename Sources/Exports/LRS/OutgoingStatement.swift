import Foundation

/// A statement as it goes over the wire: its id, for remembering and reporting, and its JSON.
public struct OutgoingStatement: Sendable, Hashable {
    /// The statement's id.
    public var id: String
    /// Exactly one xAPI statement object.
    public var json: Data

    /// A statement already encoded.
    public init(id: String, json: Data) {
        self.id = id
        self.json = json
    }

    /// `statement` encoded as the export writes it.
    public init(_ statement: XAPIStatement) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        self.init(id: statement.id, json: try encoder.encode(statement))
    }

    /// A JSON array of `statements`, the body of one POST.
    static func batch(_ statements: some Collection<OutgoingStatement>) -> Data {
        var body = Data("[".utf8)
        for (index, statement) in statements.enumerated() {
            if index > 0 { body.append(UInt8(ascii: ",")) }
            body.append(statement.json)
        }
        body.append(UInt8(ascii: "]"))
        return body
    }
}
