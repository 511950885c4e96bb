import DashboardCore
import DashboardUI
import Foundation

// Times the work a dashboard does, in-process, and prints one tab-separated
// line per measurement: name, median ms, min ms, runs, a check value.
//   repatdash-bench load FILE [RUNS]   read + parse + validate + store, beside peers
//   repatdash-bench load-only FILE [RUNS]   the same without the peers (for profilers)
//   repatdash-bench view FILE [RUNS]   one frame at 200×60, and update+view for a key
//   repatdash-bench history FILE [SNAPSHOTS]   the shift's history: bytes per snapshot per camp, time to record one

func refuse(_ problem: String) -> Never {
    FileHandle.standardError.write(Data("\(problem)usage: repatdash-bench load|load-only|view|history FILE [RUNS]\n".utf8))
    exit(2)
}

let arguments = CommandLine.arguments
guard arguments.count >= 3, ["load", "load-only", "view", "history"].contains(arguments[1]) else { refuse("") }
let path = arguments[2]
// Refused rather than read as some default: a median of no runs does not
// exist (0 crashed on an empty array), and a typo must not time something else.
guard arguments.count <= 3 || Int(arguments[3]).map({ $0 >= 1 }) == true else {
    refuse("repatdash-bench: RUNS must be a whole number, at least 1, got \(arguments[3])\n")
}
let runs = arguments.count > 3 ? Int(arguments[3])! : 15
let now = Instant(Date())

/// Times `body`, then computes the check value from the last result, outside
/// the timed region (as py-load.py sums the populations after its loop). A run
/// replaces the result of the run before, so freeing the old one is timed, as
/// it is in Python's `data = json.load(...)` and in a dashboard's reload.
func measure<Result>(_ name: String, runs: Int = runs, _ body: () -> Result, check: (Result) -> Int) {
    var times: [Double] = []
    var result = body() // warm the page cache and the allocator, as a running dashboard would be
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        result = body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    times.sort()
    let p99 = times[min(times.count - 1, Int((Double(times.count) * 0.99).rounded(.up)) - 1)]
    print([name, String(format: "%.3f", times[times.count / 2]), String(format: "%.3f", times[0]), "\(runs)", "check=\(check(result))", String(format: "p99=%.3f", p99)].joined(separator: "\t"))
}

/// For measures whose body returns its own check value.
func measure(_ name: String, runs: Int = runs, _ body: () -> Int) {
    measure(name, runs: runs, body, check: { $0 })
}

if arguments[1] == "history" {
    HistoryMeasurement(path: path, snapshots: arguments.count > 3 ? Int(arguments[3]) ?? 288 : 288, now: now).run()
} else if arguments[1].hasPrefix("load") {
    // The dashboard's path: read with the size limit, parse, validate, decode, store.
    measure("repatdash load+validate", {
        var store = SnapshotStore()
        store.add(SnapshotLoader().load(path: path, now: now))
        return store
    }, check: { store in
        store.latest?.snapshot.districts.reduce(0) { $0 + $1.camps.reduce(0) { $0 + $1.population } } ?? -1
    })
    // `load-only`: just the dashboard's path, for profilers.
    if arguments[1] == "load-only" { exit(0) }
    // A peer in the same process on the same bytes: parsing only, no validation.
    measure("Foundation JSONSerialization", {
        let data = try! Data(contentsOf: URL(fileURLWithPath: path))
        return try! JSONSerialization.jsonObject(with: data) as! [String: Any]
    }, check: { object in
        let districts = object["districts"] as! [[String: Any]]
        return districts.reduce(0) { $0 + ($1["camps"] as! [[String: Any]]).reduce(0) { $0 + ($1["population"] as! Int) } }
    })
} else {
    var store = SnapshotStore()
    store.add(SnapshotLoader().load(path: path, now: now))
    var state = AppState(sourcePath: path, now: now, width: 200, height: 60)
    state.update(.snapshots(store))
    measure("view 200x60 (one frame)", runs: runs * 20) {
        DashboardView.render(state).width
    }
    // What a key press costs before any byte is written: update, a new frame, the diff.
    var previous = DashboardView.render(state)
    var down = true
    measure("key: update+view+diff (j/k)", runs: runs * 20) {
        state.update(.key(.character(down ? "j" : "k")))
        down.toggle()
        let frame = DashboardView.render(state)
        let changed = frame.changes(from: previous).count
        previous = frame
        return changed
    }
    measure("key: sort (s), 1 table", runs: runs * 4) {
        state.update(.key(.character("s")))
        return DashboardView.render(state).width
    }
    // Typing a filter: each letter filters every district again.
    state.update(.key(.character("/")))
    var typed = 0
    measure("key: filter, one letter typed", runs: runs * 4) {
        state.update(.key(typed % 2 == 0 ? .character("a") : .backspace))
        typed += 1
        return DashboardView.render(state).width
    }
    state.update(.key(.escape))
    // A new snapshot taking the screen: figures, sort orders, folded names.
    measure("new snapshot: figures for the screen", runs: runs) {
        state.update(.snapshots(store))
        return state.districtRows.count
    }
    // The same with a previous snapshot, as a live dashboard has one: ten
    // minutes later, every camp one person fewer, so every row changed.
    var later = store.latest!.snapshot
    later.generatedAt = later.generatedAt.adding(seconds: 600)
    for district in later.districts.indices {
        for camp in later.districts[district].camps.indices where later.districts[district].camps[camp].population > 0 {
            later.districts[district].camps[camp].population -= 1
        }
    }
    var pair = store
    pair.add(SnapshotFile(path: path + ".later", report: ValidationReport(snapshot: later, issues: [], errorCount: 0, warningCount: 0)))
    measure("new snapshot after another: changes, disappeared, highlights", runs: runs) {
        state.update(.snapshots(store))
        state.update(.snapshots(pair))
        return state.districtRows.count
    }
}
