import Foundation

/// How often and how patiently to try again when an LRS is unreachable, failing (5xx) or asking
/// for less traffic (429): exponential back-off, or the wait the LRS asked for in `Retry-After`.
public struct RetryPolicy: Sendable, Hashable {
    /// Tries per request, the first included.
    public var tries: Int
    /// The wait before the first retry; each later wait doubles it.
    public var firstDelay: Duration
    /// No wait is longer than this, not even one an LRS asks for.
    public var longestDelay: Duration

    /// Five tries over about 7.5 seconds of waiting (0.5, 1, 2, 4), at most 60 seconds a wait.
    public static let standard = RetryPolicy(tries: 5, firstDelay: .milliseconds(500), longestDelay: .seconds(60))

    /// A policy; `tries` below 1 counts as 1.
    public init(tries: Int, firstDelay: Duration, longestDelay: Duration) {
        self.tries = max(tries, 1)
        self.firstDelay = firstDelay
        self.longestDelay = longestDelay
    }

    /// The wait after failed try number `failedTry` (1-based): what the LRS asked for if it did,
    /// else `firstDelay` doubled for each try before; never more than `longestDelay`.
    func delay(afterTry failedTry: Int, requested: Duration?) -> Duration {
        let backOff = firstDelay * (1 << min(max(failedTry - 1, 0), 30))
        return min(requested ?? backOff, longestDelay)
    }
}

/// A pause between tries. `sync` sleeps for real; tests record the waits and return at once.
public typealias Pause = @Sendable (Duration) -> Void

/// Sleeps the calling thread for the duration.
public let sleepingPause: Pause = { duration in
    let (seconds, attoseconds) = duration.components
    Thread.sleep(forTimeInterval: Double(seconds) + Double(attoseconds) / 1e18)
}
