import Testing
@testable import DashboardCore

/// Fire, acknowledge, clear and fire again, as the dashboard's list lives.
@Suite("Alert board")
struct AlertBoardTests {
    typealias F = AlertFixtures

    /// Stale after 30 minutes (warning) and 60 (critical), clearing below 20.
    let board = AlertBoard(rules: [AlertRule(name: "Stale feed", kind: .stale, thresholds: AlertThresholds(
        direction: .above, warning: 30, critical: 60, clearWarning: 20))])

    static func inputs(_ time: String) -> AlertInputs {
        AlertInputs(history: [F.snapshot(at: time)], rejectedInARow: 0)
    }

    @Test func acknowledgeThenClearThenFireAgain() throws {
        var board = self.board
        #expect(board.take(Self.inputs("2025-04-07T18:00:00+05:00"), now: F.instant("2025-04-07T18:10:00+05:00")).isEmpty)
        // 31 minutes old: fires as a warning, since 18:31.
        let fired = board.tick(now: F.instant("2025-04-07T18:31:00+05:00"))
        #expect(fired.count == 1)
        guard case .fired(let alert) = fired.first else { Issue.record("expected a fire"); return }
        #expect(alert.id == "Stale feed{snapshots}")
        #expect(board.entries.map(\.since) == [F.instant("2025-04-07T18:31:00+05:00")])

        #expect(board.acknowledge(id: alert.id) == .acknowledged(alert))
        #expect(board.acknowledge(id: alert.id) == nil, "already acknowledged")
        // Still firing and still listed, acknowledged, with its first since.
        #expect(board.tick(now: F.instant("2025-04-07T18:40:00+05:00")).isEmpty)
        #expect(board.entries.map(\.isAcknowledged) == [true])
        #expect(board.entries.map(\.since) == [F.instant("2025-04-07T18:31:00+05:00")])

        // A new snapshot at 18:35 makes the figure 5 minutes at 18:40: under 20, cleared.
        let cleared = board.take(Self.inputs("2025-04-07T18:35:00+05:00"), now: F.instant("2025-04-07T18:40:00+05:00"))
        #expect(cleared.count == 1)
        guard case .cleared = cleared.first else { Issue.record("expected a clear"); return }
        #expect(board.entries.isEmpty)

        // 31 minutes after 18:35 it fires again, new and not acknowledged.
        let again = board.tick(now: F.instant("2025-04-07T19:06:00+05:00"))
        #expect(again.count == 1)
        #expect(board.entries.map(\.isAcknowledged) == [false])
        #expect(board.entries.map(\.since) == [F.instant("2025-04-07T19:06:00+05:00")])
    }

    @Test func holdsBetweenClearPointAndThresholdAndEscalationNeedsANewAcknowledgement() {
        var board = self.board
        _ = board.take(Self.inputs("2025-04-07T18:00:00+05:00"), now: F.instant("2025-04-07T18:31:00+05:00"))
        #expect(board.count == (critical: 0, warning: 1))
        _ = board.acknowledge(id: "Stale feed{snapshots}")
        // A snapshot 25 minutes old at 18:50: between clear (20) and warning (30): it holds.
        #expect(board.take(Self.inputs("2025-04-07T18:25:00+05:00"), now: F.instant("2025-04-07T18:50:00+05:00")).isEmpty)
        #expect(board.count == (critical: 0, warning: 1))
        // 61 minutes old at 19:26: critical, which is a fire (and rings the bell) and needs acknowledging again.
        let escalated = board.tick(now: F.instant("2025-04-07T19:26:00+05:00"))
        #expect(escalated.map(\.isNewCritical) == [true])
        #expect(board.count == (critical: 1, warning: 0))
        #expect(board.entries.map(\.isAcknowledged) == [false])
        #expect(board.entries.map(\.since) == [F.instant("2025-04-07T18:31:00+05:00")], "since: when it began firing")
    }
}
