import Glibc

/// SIGINT and SIGTERM held back (blocked) on the calling thread and waited
/// for with `sigtimedwait`, so a replay is only ever stopped between two
/// files, never in the middle of writing one: a signal that arrives while a
/// file is written stays pending until the next `sleep`.
///
/// Block before starting any thread (threads inherit the mask), and `restore`
/// before returning to code that expects the default handling.
public final class TerminationSignals {
    private var signals = sigset_t()
    private var previousMask = sigset_t()
    /// The signal that ended a `sleep`, if any.
    public private(set) var received: Int32?

    public init() {
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        pthread_sigmask(SIG_BLOCK, &signals, &previousMask)
    }

    /// Waits `seconds` (fractions allowed). Returns false, at once, when SIGINT or SIGTERM is pending or arrives.
    public func sleep(seconds: Double) -> Bool {
        if received != nil { return false }
        let deadline = MonotonicClock.milliseconds() + Int64((max(0, seconds) * 1000).rounded())
        while true {
            let remaining = max(0, deadline - MonotonicClock.milliseconds())
            var timeout = timespec(tv_sec: Int(remaining / 1000), tv_nsec: Int(remaining % 1000) * 1_000_000)
            let signal = sigtimedwait(&signals, nil, &timeout)
            if signal > 0 {
                received = signal
                return false
            }
            if errno == EINTR, remaining > 0 { continue } // another signal (a resize): keep waiting
            return true // EAGAIN: the time is up
        }
    }

    /// Puts back the signal mask from before `init`.
    public func restore() {
        pthread_sigmask(SIG_SETMASK, &previousMask, nil)
    }
}
