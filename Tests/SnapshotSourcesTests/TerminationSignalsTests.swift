import Glibc
import Testing
import SnapshotSources

@Suite struct TerminationSignalsTests {
    @Test func pendingSignalEndsTheSleepAndIsNamed() {
        let signals = TerminationSignals()
        defer { signals.restore() }
        #expect(signals.sleep(seconds: 0.01))
        // Sent to this thread, where it is blocked: it waits for `sleep` instead of ending the process.
        pthread_kill(pthread_self(), SIGTERM)
        #expect(!signals.sleep(seconds: 30))
        #expect(signals.received == SIGTERM)
        #expect(!signals.sleep(seconds: 30))
    }
}
