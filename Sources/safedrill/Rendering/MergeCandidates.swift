import Records

/// The people whose names differ only in case or spacing, and how to join them.
enum MergeCandidates {
    /// Nil when there are none.
    static func text(_ groups: [[Person]]) -> String? {
        guard !groups.isEmpty else { return nil }
        let lines = groups.map { group in
            "  " + group.map { "\($0.name) (\($0.role.rawValue), id \($0.id.map { String($0) } ?? "?"))" }.joined(separator: " / ")
        }
        return (["note: these names differ only in case or spacing; where a group is one person, join them with "
            + "'safedrill people merge FROM INTO' (nothing was merged):"] + lines).joined(separator: "\n")
    }
}
