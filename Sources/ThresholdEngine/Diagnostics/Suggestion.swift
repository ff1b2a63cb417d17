/// "Did you mean ...?" for a misspelt key or id: the closest candidate within a small edit distance.
public enum Suggestion {
    /// The candidate nearest to `word`, if it is close enough to be a likely typo.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let limit = max(2, word.count / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(word.lowercased(), candidate.lowercased())
            if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.candidate
    }

    /// A hint sentence naming the closest candidate, or listing the allowed ones when none is close.
    public static func hint(for word: String, in candidates: [String], noun: String) -> String {
        if let near = closest(to: word, in: candidates) { return "did you mean '\(near)'?" }
        let shown = candidates.prefix(12).map { "'\($0)'" }.joined(separator: ", ")
        return candidates.isEmpty ? "" : "\(noun) must be one of \(shown)\(candidates.count > 12 ? ", ..." : "")"
    }

    /// Levenshtein distance: the fewest single-character insertions, deletions and substitutions
    /// that turn `a` into `b`.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
