import Foundation

/// A person's name in a record ("Karen phoned the office", "told Precious"): a capitalised word that
/// is not a common word, a day, a month, a platform or a heading. Deliberately simple; it lets a
/// rubric's "who" element accept names as well as roles.
enum PersonName {
    private static let capitalised: NSRegularExpression? = try? NSRegularExpression(pattern: #"\b[A-Z][a-z]{2,}\b"#)
    private static let notNames: Set<String> = KeywordList.functionWords.union([
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "june", "july", "august", "september", "october", "november", "december", "whatsapp", "facebook", "instagram", "snapchat",
        "teams", "messenger", "telegram", "signal", "twitter", "tiktok", "zoom", "apple", "google", "samsung", "iphone", "android",
        "today", "yesterday", "tomorrow", "tonight", "later", "earlier", "afterwards", "recently", "then", "now", "just", "also",
        "told", "said", "rang", "called", "phoned", "spoke", "sent", "shared", "went", "saw", "found", "noticed", "asked", "gave",
        "took", "reported", "informed", "passed", "emailed", "wrote", "had", "got", "visit", "visited", "discussed", "reassured",
        "impact", "wishes", "consent", "outcome", "why", "purpose", "present", "written", "shift", "staff", "manager", "concerns",
        "someone", "somebody", "everyone", "anyone", "nobody", "they", "there", "these", "those", "this", "that", "what", "when",
        "where", "while", "during", "since", "until", "after", "before", "about", "keywords", "timeline", "date", "time", "tenant",
        "resident", "police", "safeguarding", "council", "minimum", "necessary", "chronology", "breach", "log", "record", "note",
        "notes", "account", "incident", "information", "nothing", "none", "only", "will", "would", "could", "should", "our",
        "his", "her", "she", "he", "him", "them", "its", "your", "yes", "okay", "ok", "dealt", "handed", "ongoing", "had", "has",
        "one", "two", "three", "half", "quarter", "ten", "twenty", "five", "midnight", "midday", "noon", "morning", "evening", "night",
    ])

    /// The first name in `range` of `text`, if any.
    static func first(in text: NSString, range: NSRange) -> NSRange? {
        capitalised?.matches(in: text as String, range: range).first { match in
            !notNames.contains(text.substring(with: match.range).lowercased())
        }?.range
    }
}
