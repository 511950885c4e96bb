import Glibc

/// Milliseconds on the monotonic clock: intervals between polls and retries
/// must not jump when an operator or NTP sets the wall clock.
enum MonotonicClock {
    static func milliseconds() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Int64(time.tv_sec) * 1000 + Int64(time.tv_nsec) / 1_000_000
    }
}
