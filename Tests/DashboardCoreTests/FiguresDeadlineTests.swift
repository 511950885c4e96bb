import Testing
@testable import DashboardCore

// "Now" is 2025-04-07T18:00:00+05:00 throughout. Seconds left are worked out
// by hand in the comments; 1 day = 86,400 s, 1 hour = 3,600 s.

private func instant(_ text: String) -> Instant { Instant(rfc3339: text)! }

private let now = instant("2025-04-07T18:00:00+05:00")

private func countdown(due: String, now: Instant = now) -> DeadlineCountdown {
    DeadlineCountdown(deadline: Deadline(id: "d", title: "Deadline", due: instant(due)), now: now)
}

@Suite("Deadline countdown")
struct FiguresDeadlineTests {
    @Test func daysThenClockWhileTimeIsLeft() {
        // 04-07 18:00:00 → 04-19 18:00:00 is 12 days, then 4:31:07 more.
        // 12 × 86,400 + 4 × 3,600 + 31 × 60 + 7 = 1,036,800 + 14,400 + 1,860 + 7 = 1,053,067
        let c = countdown(due: "2025-04-19T22:31:07+05:00")
        #expect(c.secondsLeft == 1_053_067)
        #expect(c.text == "12d 04:31:07")
        #expect(c.urgency == .later)
        #expect(c.isPassed == false)
    }

    @Test func dueWrittenInAnotherOffset() {
        // 12:59:59Z on 04-08 is 17:59:59+05:00: one second short of a day, 86,399 s.
        let c = countdown(due: "2025-04-08T12:59:59Z")
        #expect(c.secondsLeft == 86_399)
        #expect(c.text == "0d 23:59:59")
        #expect(c.urgency == .underDay)
    }

    @Test func urgencyBoundaries() {
        #expect(countdown(due: "2025-04-08T18:00:00+05:00").urgency == .underWeek) // exactly 24 h: not under
        #expect(countdown(due: "2025-04-08T18:00:00+05:00").text == "1d 00:00:00")
        #expect(countdown(due: "2025-04-14T17:59:59+05:00").urgency == .underWeek) // 7 days less 1 s
        #expect(countdown(due: "2025-04-14T17:59:59+05:00").text == "6d 23:59:59")
        #expect(countdown(due: "2025-04-14T18:00:00+05:00").urgency == .later)     // exactly 7 days
        #expect(countdown(due: "2025-04-07T18:00:01+05:00").urgency == .underDay)  // 1 s
        #expect(countdown(due: "2025-04-07T18:00:00+05:00").urgency == .passed)    // the due instant itself
        #expect(DeadlineUrgency.passed < .underDay && DeadlineUrgency.underWeek < .later)
    }

    @Test func passedDeadlinesSayHowLongAgo() {
        // 03-31 23:59:59 → 04-06 23:59:59 is 6 days, → 04-07 18:00:00 is 18 h 1 s more:
        // 6 × 86,400 + 18 × 3,600 + 1 = 518,400 + 64,800 + 1 = 583,201
        let acc = countdown(due: "2025-03-31T23:59:59+05:00")
        #expect(acc.secondsLeft == -583_201)
        #expect(acc.text == "passed 6d ago")
        #expect(acc.urgency == .passed)
        #expect(acc.isPassed)
        // 12:30 → 18:00 is 5 h 30 m = 19,800 s; shown in whole hours.
        #expect(countdown(due: "2025-04-07T12:30:00+05:00").secondsLeft == -19_800)
        #expect(countdown(due: "2025-04-07T12:30:00+05:00").text == "passed 5h ago")
        // 17:47:30 → 18:00:00 is 12 m 30 s = 750 s.
        #expect(countdown(due: "2025-04-07T17:47:30+05:00").text == "passed 12m ago")
        #expect(countdown(due: "2025-04-07T17:59:00+05:00").text == "passed 1m ago")      // 60 s
        #expect(countdown(due: "2025-04-07T17:59:01+05:00").text == "passed just now")    // 59 s
        #expect(countdown(due: "2025-04-07T18:00:00+05:00").text == "passed just now")    // 0 s
    }

    @Test func formatEdges() {
        #expect(DeadlineCountdown.format(secondsLeft: 1) == "0d 00:00:01")
        #expect(DeadlineCountdown.format(secondsLeft: 3_661) == "0d 01:01:01")        // 3,600 + 60 + 1
        #expect(DeadlineCountdown.format(secondsLeft: 100 * 86_400) == "100d 00:00:00")
        #expect(DeadlineCountdown.format(secondsLeft: -86_399) == "passed 23h ago")    // a second short of a day
        #expect(DeadlineCountdown.format(secondsLeft: -86_400) == "passed 1d ago")
        #expect(DeadlineCountdown.format(secondsLeft: -3_599) == "passed 59m ago")
    }

    @Test func fractionsOfASecondRoundTowardTheDeadline() {
        // Half a second before the due instant: time is left, shown as 1 s.
        let halfBefore = Instant(epochSeconds: now.epochSeconds, nanoseconds: 500_000_000)
        let due = Instant(epochSeconds: now.epochSeconds + 1)
        #expect(DeadlineCountdown.secondsLeft(from: halfBefore, until: due) == 1)
        // Half a second after: passed (0 s left).
        let halfAfter = Instant(epochSeconds: now.epochSeconds + 1, nanoseconds: 500_000_000)
        #expect(DeadlineCountdown.secondsLeft(from: halfAfter, until: due) == 0)
        // 1.5 s after: -1 (rounded up from -1.5).
        let later = Instant(epochSeconds: now.epochSeconds + 2, nanoseconds: 500_000_000)
        #expect(DeadlineCountdown.secondsLeft(from: later, until: due) == -1)
        // A due time with a fraction: 0.25 s after a whole-second now → 1 s.
        let dueFraction = Instant(epochSeconds: now.epochSeconds, nanoseconds: 250_000_000)
        #expect(DeadlineCountdown.secondsLeft(from: now, until: dueFraction) == 1)
    }

    @Test func makeSortsSoonestFirst() {
        let deadlines = [
            Deadline(id: "b", title: "B", due: instant("2025-05-01T00:00:00+05:00")),
            Deadline(id: "a", title: "A", due: instant("2025-03-31T23:59:59+05:00")),
            Deadline(id: "c", title: "C", due: instant("2025-04-30T19:00:00Z")), // same instant as "b"
        ]
        let countdowns = DeadlineCountdown.make(deadlines: deadlines, now: now)
        #expect(countdowns.map(\.deadline.id) == ["a", "b", "c"])
        #expect(countdowns.map(\.urgency) == [.passed, .later, .later])
    }
}
