import DashboardCore

/// Baseline (`b`) and time travel (`[`, `]`, End): queries on the shift's
/// history, made here and nowhere else so the dashboard, `render --at` and
/// `render --baseline` show the same figures.
extension AppState {
    /// The figures of `entry` compared with the baseline in force.
    func dashboardData(showing entry: SnapshotStore.Entry) -> DashboardData {
        let baseline = baseline(for: entry)
        // The whole model when the store still has it (the previous snapshot, usually).
        let whole = liveStore?.history.last { $0.path == baseline.path && $0.snapshot.generatedAt == baseline.time }
        if let whole {
            return DashboardData(shown: entry, baseline: baseline, comparedWith: PreviousPopulations(whole.snapshot), disappearedSince: whole.snapshot)
        }
        // An older baseline: its figures, and what disappeared since it by its last seen names, from the history.
        guard let moment = history.moment(of: baseline) else {
            return DashboardData(shown: entry, baseline: baseline, comparedWith: .none, disappearedSince: nil)
        }
        return DashboardData(shown: entry, baseline: baseline, comparedWith: PreviousPopulations(moment: moment, in: history),
                             disappearedSince: history.outline(of: moment))
    }

    private func baseline(for entry: SnapshotStore.Entry) -> Baseline {
        let shown = entry.snapshot.generatedAt
        if let fixedBaseline { return history.baseline(.at(fixedBaseline), shown: shown, path: entry.path) }
        return history.baseline(baselineChoice, shown: shown, path: entry.path,
                                shiftStarts: options.shiftStarts, in: SnapshotDay.timeZone(of: entry.snapshot))
    }

    /// The entry on screen, from which the figures are made again when the baseline changes.
    private var shownEntry: SnapshotStore.Entry? {
        guard let data else { return nil }
        return SnapshotStore.Entry(path: data.path, snapshot: data.snapshot, warnings: data.warnings)
    }

    /// Makes the figures on screen again (the baseline changed), keeping the operator's place.
    private mutating func remakeData() {
        guard let entry = shownEntry else { return }
        data = dashboardData(showing: entry)
        leaveDrillDownIfGone()
    }

    // MARK: Baseline

    /// `b`: previous snapshot → start of shift → 24 h ago → previous snapshot.
    mutating func cycleBaseline() {
        baselineChoice = fixedBaseline == nil ? baselineChoice.next : .previous
        fixedBaseline = nil
        remakeData()
        if let data { statusMessage = StatusMessage(BaselineText.sentence(data.baseline, zone: data.timeZone), kind: .info, shownAt: now) }
    }

    /// `render --baseline TIME`: Change is now minus the newest kept snapshot at or before TIME.
    mutating func compare(with instant: Instant) {
        fixedBaseline = instant
        remakeData()
    }

    // MARK: Time travel

    /// How many kept moments are newer than the one viewed; nil when live.
    public var stepsBack: Int? {
        guard let timeTravel else { return nil }
        return history.moments.filter { $0.generatedAt > timeTravel.time || ($0.generatedAt == timeTravel.time && $0.path > timeTravel.path) }.count
    }

    /// The kept moment on screen: the one travelled to, or the newest.
    private var shownMomentIndex: Int? {
        if let timeTravel {
            return history.moments.lastIndex(where: timeTravel.isMoment)
                ?? history.moments.lastIndex { ShiftHistory.isOrdered($0, beforeTime: timeTravel.time, path: timeTravel.path) }
        }
        guard let data else { return nil }
        return history.moments.lastIndex { $0.generatedAt == data.snapshot.generatedAt && $0.path == data.path }
    }

    /// `[`: one kept snapshot further back.
    mutating func travelBack() -> [Effect] {
        // When the moment viewed has since been dropped from the history, the index found is already an older one.
        let viewedIsKept = timeTravel.map { travel in history.moments.contains(where: travel.isMoment) } ?? true
        guard let index = shownMomentIndex, index - (viewedIsKept ? 1 : 0) >= 0 else {
            statusMessage = StatusMessage("No older snapshot kept (the history keeps \(history.keptSeconds / 3600) h)", kind: .info, shownAt: now)
            return []
        }
        return travel(to: history.moments[index - (viewedIsKept ? 1 : 0)])
    }

    /// `]`: one kept snapshot forward; past the newest, live again.
    mutating func travelForward() -> [Effect] {
        guard timeTravel != nil else { return [] }
        guard let index = shownMomentIndex, index + 1 < history.moments.count - 1 else {
            returnToLive()
            return []
        }
        return travel(to: history.moments[index + 1])
    }

    /// `render --at TIME`: the newest kept snapshot at or before TIME.
    mutating func travel(toInstant instant: Instant) -> [Effect] {
        guard let moment = history.moment(atOrBefore: instant) else {
            statusMessage = StatusMessage("No snapshot kept at or before \(instant)", kind: .error, shownAt: now)
            return []
        }
        if moment == history.newest {
            returnToLive()
            return []
        }
        return travel(to: moment)
    }

    private mutating func travel(to moment: HistoryMoment) -> [Effect] {
        timeTravel = TimeTravel(time: moment.generatedAt, path: moment.path)
        changeHighlight = .none
        if let entry = liveStore?.history.last(where: { $0.path == moment.path && $0.snapshot.generatedAt == moment.generatedAt }) {
            show(entry)
            return []
        }
        // Not kept whole: read its file again, validated again (`snapshotReread`).
        return [.rereadSnapshot(path: moment.path)]
    }

    /// The file of the moment travelled to, read again.
    mutating func takeReread(_ file: SnapshotFile) {
        guard var travel = timeTravel, travel.path == file.path else { return }
        if let snapshot = file.report.snapshot, snapshot.generatedAt == travel.time {
            show(SnapshotStore.Entry(path: file.path, snapshot: snapshot, warnings: file.report.warnings))
            return
        }
        let zone = SnapshotTimeZone(identifier: history.moments.last(where: travel.isMoment)?.timeZoneIdentifier ?? "") ?? .default
        travel.problem = TimeTravelText.unreadable(file, wanted: travel.time, zone: zone)
        timeTravel = travel
    }

    private mutating func show(_ entry: SnapshotStore.Entry) {
        timeTravel?.problem = nil
        data = dashboardData(showing: entry)
        leaveDrillDownIfGone()
    }

    /// `]` past the newest, or End: the newest snapshot again, with what arrived meanwhile.
    mutating func returnToLive() {
        guard timeTravel != nil else { return }
        timeTravel = nil
        data = liveStore?.latest.map(dashboardData(showing:))
        leaveDrillDownIfGone()
    }
}
