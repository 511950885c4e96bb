/// Warnings about values that are well formed but cannot be what the
/// producer meant: crossing rows dated years before the snapshot, names
/// that show as nothing. (A row dated after the snapshot's day, 9999-04-07
/// included, has its own warning: `checkCrossingDays`.) Each rule is its own function, so rules can be
/// added beside them without touching the others. They run once the
/// snapshot is otherwise valid, on the decoded model (the fast paths stay
/// as they are), and never reject: a warning leaves the snapshot in use
/// (snapshot-v1.md, "Errors and warnings").
extension SnapshotDecoder {
    /// A crossing row more than this many days before the snapshot's own
    /// day (a leap year and a day): "1025-04-07" is a typing slip, and the
    /// windows and charts would silently leave such a row out.
    static let crossingDateDistanceLimit = 366

    mutating func warnAboutCrossingDatesLongBeforeTheSnapshot(_ snapshot: Snapshot) {
        let snapshotDay = SnapshotDay.today(of: snapshot)
        let limit = SnapshotDecoder.crossingDateDistanceLimit
        for (index, crossing) in snapshot.crossings.enumerated() where snapshotDay - crossing.date > limit {
            reader.warning(at: JSONPath.root.appending("crossings").appending(index).appending("date"),
                           "is \(CountFormat.count(snapshotDay - crossing.date)) days before the snapshot's day \(snapshotDay) (a wrong year?), got \(crossing.date)")
        }
    }

    /// Names that display blank: each district, camp and deadline title, and
    /// each distinct province and crossing point once (at its first use).
    mutating func warnAboutBlankNames(districts: [District], crossings: [Crossing], deadlines: [Deadline]) {
        let message = "shows as blank (only spaces or invisible characters)"
        let root = JSONPath.root
        var blankProvinces = Set<String>()
        for (districtIndex, district) in districts.enumerated() {
            let path = root.appending("districts").appending(districtIndex)
            if DisplayBlank.isBlank(district.name) { reader.warning(at: path.appending("name"), message) }
            if DisplayBlank.isBlank(district.province), blankProvinces.insert(district.province).inserted {
                reader.warning(at: path.appending("province"), message)
            }
            for (campIndex, camp) in district.camps.enumerated() where DisplayBlank.isBlank(camp.name) {
                reader.warning(at: path.appending("camps").appending(campIndex).appending("name"), message)
            }
        }
        var blankPoints = Set<String>()
        for (index, crossing) in crossings.enumerated() where DisplayBlank.isBlank(crossing.point) {
            if blankPoints.insert(crossing.point).inserted {
                reader.warning(at: root.appending("crossings").appending(index).appending("point"), message)
            }
        }
        for (index, deadline) in deadlines.enumerated() where DisplayBlank.isBlank(deadline.title) {
            reader.warning(at: root.appending("deadlines").appending(index).appending("title"), message)
        }
    }
}
