extension AlertRule {
    /// The rule's figure for each of its subjects in `inputs` at `now`.
    /// A subject whose figure cannot be had (no row for the last complete
    /// day, no baseline, a deadline already passed) is left out: there is
    /// nothing to compare, so nothing fires.
    public func measure(_ inputs: AlertInputs, now: Instant) -> [AlertMeasurement] {
        guard let latest = inputs.latest else { return [] }
        switch kind {
        case .deadline(let id):
            return latest.deadlines.filter { id == nil || $0.id == id }.compactMap { deadline in
                let secondsLeft = DeadlineCountdown.secondsLeft(from: now, until: deadline.due)
                // "Hours before it is due": once passed, the deadlines pane says so; it no longer pages.
                guard secondsLeft > 0 else { return nil }
                let hours = Double(secondsLeft) / 3600
                return AlertMeasurement(subject: .deadline(id: deadline.id, title: deadline.title), figure: hours,
                                        figureText: CountFormat.decimal(hours) + " hours left", detail: "due \(deadline.due)")
            }
        case .stale:
            let minutes = latest.generatedAt.seconds(until: now) / 60
            return [AlertMeasurement(subject: .snapshots, figure: minutes, figureText: CountFormat.decimal(minutes) + " minutes old",
                                     detail: "newest snapshot generated at \(latest.generatedAt)")]
        case .crossingSurge(let point, let minCount):
            return CrossingSurge(snapshot: latest, point: point).map { surge in
                [AlertMeasurement(subject: .point(surge.point), figure: surge.ratio, figureText: "ratio " + CountFormat.decimal(surge.ratio, fractionDigits: 2),
                                  detail: surge.detail + (surge.dayTotal < minCount ? " (under min_count \(minCount): does not fire)" : ""),
                                  mayFire: surge.dayTotal >= minCount)]
            } ?? []
        case .populationChange(let districtID, let withinHours, let sinceShiftStart):
            let populationBefore: (String) -> Int?
            let baseTime: Instant
            if sinceShiftStart {
                guard let shiftStart = inputs.shiftStartPopulations() else { return [] }
                (populationBefore, baseTime) = (shiftStart.populationOf, shiftStart.generatedAt)
            } else {
                guard let base = withinHours.map({ inputs.oldest(withinHours: $0) }) ?? inputs.previous else { return [] }
                let populations = PreviousPopulations(base)
                (populationBefore, baseTime) = ({ populations.districtPopulation($0) }, base.generatedAt)
            }
            return latest.districts.filter { districtID == nil || $0.id == districtID }.compactMap { district in
                guard let before = populationBefore(district.id), before > 0 else { return nil }
                let now = district.camps.reduce(0) { $0 + $1.population }
                let percent = Double(now - before) / Double(before) * 100
                return AlertMeasurement(
                    subject: .district(id: district.id, name: district.name), figure: abs(percent),
                    figureText: (percent > 0 ? "+" : "") + CountFormat.decimal(percent) + "%",
                    detail: "\(CountFormat.count(before)) to \(CountFormat.count(now)) since the snapshot of \(baseTime)")
            }
        case .campStatus(let districtID):
            guard let previous = inputs.previous else { return [] }
            var statusBefore: [String: Camp.Status] = [:]
            for district in previous.districts { for camp in district.camps { statusBefore[camp.id] = camp.status } }
            return latest.districts.filter { districtID == nil || $0.id == districtID }.flatMap { district in
                district.camps.compactMap { camp -> AlertMeasurement? in
                    guard let before = statusBefore[camp.id], Self.isLoss(from: before, to: camp.status) else { return nil }
                    return AlertMeasurement(subject: .camp(districtID: district.id, campID: camp.id, name: camp.name), figure: 1,
                                            figureText: "was \(before.rawValue), now \(camp.status.rawValue)",
                                            detail: "in \(district.name), since the snapshot of \(previous.generatedAt)")
                }
            }
        case .rejectedSnapshots:
            let count = inputs.rejectedInARow
            return [AlertMeasurement(subject: .snapshots, figure: Double(count), figureText: "\(count) rejected in a row",
                                     detail: "rejected files named after the newest valid snapshot")]
        }
    }

    /// Open to denotified or closed, denotified to closed: a camp losing status.
    /// (Texts here are ASCII: they go to `--ascii` screens and plugin output.)
    static func isLoss(from before: Camp.Status, to after: Camp.Status) -> Bool {
        switch (before, after) {
        case (.open, .denotified), (.open, .closed), (.denotified, .closed): true
        default: false
        }
    }
}
