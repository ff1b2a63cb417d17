extension YAMLMapping {
    /// A required text, as `requiredString`, except that a missing key is not reported when an unknown
    /// key looks like its misspelling: the `SD002` for that key already says what to fix.
    func requiredString(_ key: String, allowed: [String], diagnostics: inout DiagnosticList) -> String? {
        if value(key) == nil, isMisspelt(key, allowed: allowed) { return nil }
        return requiredString(key, diagnostics: &diagnostics)
    }

    /// True when `key` is absent and some key not in `allowed` is nearest to it.
    func isMisspelt(_ key: String, allowed: [String]) -> Bool {
        entries.contains { !allowed.contains($0.key) && Suggestion.closest(to: $0.key, in: allowed) == key }
    }
}
