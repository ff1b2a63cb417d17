/// An address as it may be printed: any user information (`user:password@`) replaced by `***@`,
/// so a password typed into a URL never reaches a terminal, a log or an error message.
public enum RedactedURL {
    /// `text` with the user information of its authority redacted; text that is no URL at all is
    /// returned as it is. Works on the text, so an address too malformed to parse is redacted too.
    public static func text(_ text: String) -> String {
        guard let schemeEnd = text.range(of: "://") else { return text }
        let authority = text[schemeEnd.upperBound...].prefix { !"/?#".contains($0) }
        guard let at = authority.lastIndex(of: "@") else { return text }
        return String(text[..<schemeEnd.upperBound]) + "***" + String(text[at...])
    }
}
