import Foundation

/// The phone interviews in progress, held in memory under random ids that only the browser knows
/// (in its page's address). Nothing is written to disk; an interview left alone expires, and when
/// too many are open the longest unused goes first.
actor InterviewSessions {
    private struct Entry {
        var progress: InterviewProgress
        var lastUsed: Date
    }

    private var entries: [String: Entry] = [:]
    private let capacity: Int
    private let lifetime: TimeInterval

    init(capacity: Int = 1000, lifetime: TimeInterval = 4 * 3600) {
        self.capacity = capacity
        self.lifetime = lifetime
    }

    /// Starts an interview and returns its id: 128 random bits in hex.
    func start(now: Date = Date()) -> String {
        expire(now: now)
        if entries.count >= capacity, let oldest = entries.min(by: { $0.value.lastUsed < $1.value.lastUsed })?.key {
            entries[oldest] = nil
        }
        var generator = SystemRandomNumberGenerator()
        let id = (0..<16).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }.joined()
        entries[id] = Entry(progress: InterviewProgress(), lastUsed: now)
        return id
    }

    /// The interview's progress; nil when there is no such interview or it has expired.
    func progress(_ id: String, now: Date = Date()) -> InterviewProgress? {
        expire(now: now)
        guard var entry = entries[id] else { return nil }
        entry.lastUsed = now
        entries[id] = entry
        return entry.progress
    }

    /// Replaces the interview's progress; false when it has expired meanwhile.
    @discardableResult
    func update(_ id: String, to progress: InterviewProgress, now: Date = Date()) -> Bool {
        guard entries[id] != nil else { return false }
        entries[id] = Entry(progress: progress, lastUsed: now)
        return true
    }

    private func expire(now: Date) {
        entries = entries.filter { now.timeIntervalSince($0.value.lastUsed) < lifetime }
    }
}
