import Dispatch

/// Runs `work` on the concurrency pool and waits for it on this thread. Only
/// for threads of our own (the poller, a one-shot command): never the run
/// loop's, and never a pool thread.
func waitFor<Value: Sendable>(_ work: @escaping @Sendable () async -> Value) -> Value {
    let box = ResultBox<Value>()
    let done = DispatchSemaphore(value: 0)
    Task {
        box.value = await work()
        done.signal()
    }
    done.wait()
    return box.value!
}

/// Carries the task's result to the waiting thread; the semaphore orders the write before the read.
private final class ResultBox<Value>: @unchecked Sendable {
    var value: Value?
}

extension HTTPSnapshotFetcher {
    /// One request without validators, waited for: `render URL`, `validate URL`.
    public func fetchOnce() -> HTTPFetchOutcome {
        waitFor { await self.fetch(validators: nil) }
    }
}
