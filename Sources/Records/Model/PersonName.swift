import Foundation

extension Person {
    /// The form two spellings of a name are compared in: Unicode compatibility normalisation
    /// (NFKC), case folding, invisible format characters (zero-width spaces and joiners, bidi
    /// marks) dropped, and every run of whitespace collapsed to one space, trimmed.
    ///
    /// "Tom  Trainee", "tom trainee" and "Ｔｏｍ Trainee" are one person. Accents are kept:
    /// "Zoë" and "Zoe" may be two people. People lookup and the self sign-off check both use
    /// this, so a name variant can neither make a second person nor sign for the first.
    public static func comparisonKey(_ name: String) -> String {
        let folded = name.precomposedStringWithCompatibilityMapping
            .folding(options: [.caseInsensitive], locale: nil)
            .precomposedStringWithCompatibilityMapping
        let visible = String(String.UnicodeScalarView(folded.unicodeScalars.filter { $0.properties.generalCategory != .format }))
        return visible.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// True when `name` is this person's name under `comparisonKey(_:)`.
    public func isNamed(_ name: String) -> Bool {
        Self.comparisonKey(self.name) == Self.comparisonKey(name)
    }
}
