import Dispatch

/// Runs `work` on the concurrency pool and waits for it on this thread. Only
/// for threads of our own (the poller, a one-shot command): never the run
/// loop's, and never a pool thread.
func waitFor<Value: Sendable>(_ work: @escaping @Sendable () async -> Value) -> Value {
    final class Box: @unchecked Sendable { var value: Value? }
    let box = Box()
    let done = DispatchSemaphore(value: 0)
    Task {
        box.value = await work()
        done.signal()
    }
    done.wait()
    return box.value!
}

extension HTTPSnapshotFetcher {
    /// One request without validators, waited for: `render URL`, `validate URL`.
    public func fetchOnce() -> HTTPFetchOutcome {
        waitFor { await self.fetch(validators: nil) }
    }
}
