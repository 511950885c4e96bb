import Testing
@testable import HTTPSnapshotSource

/// Back-off after failures, worked out by hand for a 5 s interval:
/// 1 failure → step 10 s, 2 → 20 s, 3 and more → 40 s (×8, the cap);
/// each delay drawn from half the step to the whole step.
@Suite struct RetryScheduleTests {
    @Test func backsOffToEightTimesTheIntervalAndReturnsOnTheFirstSuccess() {
        var schedule = RetrySchedule(intervalMilliseconds: 5000)
        #expect(schedule.nextDelayMilliseconds(random: { 0.9 }) == 5000, "no jitter while the source answers")
        var steps: [Int] = []
        for _ in 0..<5 {
            schedule.noteFailure()
            steps.append(schedule.stepMilliseconds)
        }
        #expect(steps == [10000, 20000, 40000, 40000, 40000])
        schedule.noteSuccess()
        #expect(schedule.stepMilliseconds == 5000)
        #expect(schedule.nextDelayMilliseconds(random: { 0.5 }) == 5000)
    }

    @Test func jitterSpansHalfTheStepToTheWholeStep() {
        var schedule = RetrySchedule(intervalMilliseconds: 5000)
        schedule.noteFailure()
        schedule.noteFailure()
        // Step 20 s: 10 s + 10 s × random.
        #expect(schedule.nextDelayMilliseconds(random: { 0 }) == 10000)
        #expect(schedule.nextDelayMilliseconds(random: { 0.25 }) == 12500)
        #expect(schedule.nextDelayMilliseconds(random: { 0.9999 }) == 19999)
    }
}
