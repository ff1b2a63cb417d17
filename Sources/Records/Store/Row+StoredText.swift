import GRDB

extension Row {
    /// A column as the text a digest hashes, whatever was stored there: verify must report a
    /// tampered value (a number in a text column, say), never trap on it as a typed read would.
    /// Numbers print as Swift prints them, so a REAL column reads as `String(Double)` did when written.
    func storedText(_ index: Int) -> String? {
        let value: DatabaseValue = self[index]
        switch value.storage {
        case .null: return nil
        case .string(let text): return text
        case .int64(let number): return String(number)
        case .double(let number): return String(number)
        case .blob(let bytes): return "blob:" + Hex.string(bytes)
        }
    }
}
