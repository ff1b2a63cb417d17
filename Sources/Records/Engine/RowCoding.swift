import Foundation

/// Decodes a `Decodable` record from a row: each coding key names a column. Values the store keeps
/// in one column (`String`, numbers, `Bool`, `Data`, `Date` as `StoredTime`, enums by raw value)
/// decode directly; a nested array or structure decodes from the column's JSON text.
struct RowDecoder: Decoder {
    let row: SQLRow
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(Columns(row: row))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch([Any].self, .init(codingPath: [], debugDescription: "a row is not a list"))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        ColumnDecoder(value: row[0], column: row.columns.first ?? "#0")
    }

    private struct Columns<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let row: SQLRow
        var codingPath: [any CodingKey] { [] }
        var allKeys: [Key] { row.columns.compactMap(Key.init(stringValue:)) }

        func contains(_ key: Key) -> Bool { row.columns.contains(key.stringValue) }

        func decodeNil(forKey key: Key) throws -> Bool { row[key.stringValue] == .null }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            try ColumnDecoder(value: row[key.stringValue], column: key.stringValue).decode(T.self)
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
            -> KeyedDecodingContainer<NestedKey>
        {
            throw DecodingError.typeMismatch(type, .init(codingPath: [key], debugDescription: "columns do not nest"))
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            throw DecodingError.typeMismatch([Any].self, .init(codingPath: [key], debugDescription: "columns do not nest"))
        }

        func superDecoder() throws -> any Decoder { RowDecoder(row: row) }
        func superDecoder(forKey key: Key) throws -> any Decoder { RowDecoder(row: row) }
    }
}

/// One column's value, as a decoder for the value types the store keeps in a column.
private struct ColumnDecoder: Decoder, SingleValueDecodingContainer {
    let value: SQLValue
    let column: String
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        throw NestedValue()
    }
    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { throw NestedValue() }
    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func decodeNil() -> Bool { value == .null }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if let convertible = T.self as? any SQLValueConvertible.Type {
            guard let decoded = convertible.init(sqlValue: value) as? T else {
                throw SQLError.unexpectedValue(column: column, value: value, expected: "\(T.self)")
            }
            return decoded
        }
        do {
            return try T(from: self)
        } catch is NestedValue {
            guard case .text(let json) = value else {
                throw SQLError.unexpectedValue(column: column, value: value, expected: "JSON text")
            }
            return try JSONDecoder().decode(T.self, from: Data(json.utf8))
        }
    }

    func decode(_ type: Bool.Type) throws -> Bool { try decode(Bool.self as Bool.Type, generic: ()) }
    func decode(_ type: String.Type) throws -> String { try decode(String.self as String.Type, generic: ()) }
    func decode(_ type: Double.Type) throws -> Double { try decode(Double.self as Double.Type, generic: ()) }
    func decode(_ type: Int.Type) throws -> Int { try decode(Int.self as Int.Type, generic: ()) }
    func decode(_ type: Int64.Type) throws -> Int64 { try decode(Int64.self as Int64.Type, generic: ()) }
    func decode(_ type: Int32.Type) throws -> Int32 {
        guard let value = Int32(exactly: try decode(Int64.self)) else {
            throw SQLError.unexpectedValue(column: column, value: value, expected: "Int32")
        }
        return value
    }

    private func decode<T: SQLValueConvertible>(_ type: T.Type, generic: Void) throws -> T {
        guard let decoded = T(sqlValue: value) else {
            throw SQLError.unexpectedValue(column: column, value: value, expected: "\(T.self)")
        }
        return decoded
    }

    /// Thrown when a type asks for a keyed or unkeyed container: it is kept as JSON text.
    struct NestedValue: Error {}
}

/// Encodes an `Encodable` record as columns, in the order its coding keys are encoded: the
/// mirror of `RowDecoder`. A nested array or structure is kept as JSON text with sorted keys.
final class RowEncoder: Encoder {
    private(set) var columns: [(name: String, value: SQLValue)] = []
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(Columns(encoder: self))
    }
    /// Set when the value encoded is not a record of columns; `insert` then refuses it.
    fileprivate(set) var notARecord = false
    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        notARecord = true
        return IgnoredList()
    }
    func singleValueContainer() -> any SingleValueEncodingContainer {
        notARecord = true
        return ColumnEncoder()
    }

    fileprivate func set(_ name: String, _ value: SQLValue) {
        if let index = columns.firstIndex(where: { $0.name == name }) {
            columns[index].value = value
        } else {
            columns.append((name, value))
        }
    }

    private struct Columns<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let encoder: RowEncoder
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil(forKey key: Key) throws { encoder.set(key.stringValue, .null) }

        mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
            if let value { try encode(value, forKey: key) } else { encoder.set(key.stringValue, .null) }
        }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            encoder.set(key.stringValue, try ColumnEncoder.value(of: value))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
            -> KeyedEncodingContainer<NestedKey>
        {
            encoder.notARecord = true
            return KeyedEncodingContainer(Ignored<NestedKey>())
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            encoder.notARecord = true
            return IgnoredList()
        }
        mutating func superEncoder() -> any Encoder { encoder }
        mutating func superEncoder(forKey key: Key) -> any Encoder { encoder }
    }
}

/// One column's value from a Swift value: directly for the types a column keeps, by raw value
/// for enums (through their single-value encoding), else as JSON text.
private final class ColumnEncoder: Encoder, SingleValueEncodingContainer {
    var value: SQLValue?
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    private var nested = false

    static func value<T: Encodable>(of value: T) throws -> SQLValue {
        if let convertible = value as? any SQLValueConvertible { return convertible.sqlValue }
        let encoder = ColumnEncoder()
        try value.encode(to: encoder)
        if !encoder.nested, let single = encoder.value { return single }
        let json = JSONEncoder()
        json.outputFormatting = .sortedKeys
        return .text(String(decoding: try json.encode(value), as: UTF8.self))
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        nested = true
        return KeyedEncodingContainer(Ignored<Key>())
    }
    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        nested = true
        return IgnoredList()
    }
    func singleValueContainer() -> any SingleValueEncodingContainer { self }

    func encodeNil() throws { value = .null }
    func encode<T: Encodable>(_ value: T) throws {
        if let convertible = value as? any SQLValueConvertible {
            self.value = convertible.sqlValue
        } else {
            try value.encode(to: self)
        }
    }
    func encode(_ value: Int32) throws { self.value = .integer(Int64(value)) }
}

/// Swallows a nested value's parts: it is encoded again, whole, as JSON.
private struct Ignored<Key: CodingKey>: KeyedEncodingContainerProtocol {
    var codingPath: [any CodingKey] { [] }
    mutating func encodeNil(forKey key: Key) throws {}
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {}
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    { KeyedEncodingContainer(Ignored<NestedKey>()) }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { IgnoredList() }
    mutating func superEncoder() -> any Encoder { ColumnEncoder() }
    mutating func superEncoder(forKey key: Key) -> any Encoder { ColumnEncoder() }
}

private struct IgnoredList: UnkeyedEncodingContainer {
    var codingPath: [any CodingKey] { [] }
    var count: Int { 0 }
    mutating func encodeNil() throws {}
    mutating func encode<T: Encodable>(_ value: T) throws {}
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    { KeyedEncodingContainer(Ignored<NestedKey>()) }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { IgnoredList() }
    mutating func superEncoder() -> any Encoder { ColumnEncoder() }
}
