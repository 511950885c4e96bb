import DashboardCore
import Foundation

/// `repatdash-bench history FILE [SNAPSHOTS]`: a shift of SNAPSHOTS snapshots
/// (default 288: 24 h at one every 5 minutes) made from FILE, five minutes
/// apart with every camp one person fewer each time, recorded into a
/// `ShiftHistory`. Prints, tab-separated:
///   history bytes/snapshot/camp  FIGURE_BYTES  RESIDENT_BYTES  SNAPSHOTS  camps=N
///   history record one snapshot  MEDIAN_MS  MIN_MS  RUNS  check=N  p99=MS
/// FIGURE_BYTES counts the arrays the history keeps; RESIDENT_BYTES is the
/// growth of the process's resident memory while recording, per snapshot
/// per camp (the allocator's rounding and the id table included).
struct HistoryMeasurement {
    let path: String
    let snapshots: Int
    let now: Instant

    func run() {
        guard let base = SnapshotLoader().load(path: path, now: now).report.snapshot else {
            FileHandle.standardError.write(Data("repatdash-bench: \(path) is not a valid snapshot\n".utf8))
            exit(1)
        }
        let camps = base.districts.reduce(0) { $0 + $1.camps.count }
        let shift = (0..<snapshots).map { step in shifted(base, by: step) }
        var history = ShiftHistory(hours: 24, maximumMoments: snapshots)
        history.record(shift[0], path: "0.json")  // the id tables, made once per shift, outside the per-snapshot figure
        let residentBefore = residentBytes()
        for step in 1..<snapshots { history.record(shift[step], path: "\(step).json") }
        let residentAfter = residentBytes()
        let perCamp = Double(history.figureBytes) / Double(history.moments.count * camps)
        let residentPerCamp = Double(residentAfter - residentBefore) / Double((snapshots - 1) * camps)
        print(["history bytes/snapshot/camp", String(format: "%.2f", perCamp), String(format: "%.2f", residentPerCamp),
               "\(snapshots)", "camps=\(camps)"].joined(separator: "\t"))

        var times: [Double] = []
        for step in 0..<min(30, snapshots) {
            let start = DispatchTime.now().uptimeNanoseconds
            history.record(shift[step], path: "again-\(step).json")
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        times.sort()
        print(["history record one snapshot", String(format: "%.3f", times[times.count / 2]), String(format: "%.3f", times[0]),
               "\(times.count)", "check=\(history.moments.count)", String(format: "p99=%.3f", times[times.count - 1])].joined(separator: "\t"))
    }

    private func shifted(_ snapshot: Snapshot, by step: Int) -> Snapshot {
        var copy = snapshot
        copy.generatedAt = snapshot.generatedAt.adding(seconds: Int64(step) * 300)
        for district in copy.districts.indices {
            for camp in copy.districts[district].camps.indices where copy.districts[district].camps[camp].population > step {
                copy.districts[district].camps[camp].population -= step
            }
        }
        return copy
    }

    /// Resident set size from /proc/self/statm (Linux), in bytes.
    private func residentBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let pages = text.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
