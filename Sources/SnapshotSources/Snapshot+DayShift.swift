import DashboardCore

extension Snapshot {
    /// The same picture moved by whole days: crossing dates, de-notification
    /// dates and deadlines. Replay uses it so a snapshot written "now" keeps
    /// its crossing window ending today and its deadlines as far off as before,
    /// instead of a chart of days long gone.
    func shifted(byDays days: Int) -> Snapshot {
        guard days != 0 else { return self }
        var copy = self
        let seconds = Int64(days) * 86_400
        copy.crossings = crossings.map { crossing in
            var moved = crossing
            moved.date = crossing.date.adding(days: days)
            return moved
        }
        copy.districts = districts.map { district in
            var moved = district
            moved.camps = district.camps.map { camp in
                var movedCamp = camp
                movedCamp.denotifiedOn = camp.denotifiedOn?.adding(days: days)
                return movedCamp
            }
            return moved
        }
        copy.deadlines = deadlines.map { deadline in
            var moved = deadline
            moved.due = deadline.due.adding(seconds: seconds)
            return moved
        }
        return copy
    }
}
