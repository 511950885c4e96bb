import DashboardCore
import Foundation

// Times the work a dashboard does when a snapshot arrives, in-process, and
// prints one tab-separated line per measurement: name, median ms, min ms, runs.
// Usage: repatdash-bench load FILE [RUNS]

let arguments = CommandLine.arguments
guard arguments.count >= 3, arguments[1] == "load" else {
    FileHandle.standardError.write(Data("usage: repatdash-bench load FILE [RUNS]\n".utf8))
    exit(2)
}
let path = arguments[2]
let runs = arguments.count > 3 ? Int(arguments[3]) ?? 15 : 15
let now = Instant(Date())

func measure(_ name: String, _ body: () -> Int) {
    var times: [Double] = []
    var check = 0
    _ = body() // warm the page cache and the allocator, as a running dashboard would be
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        check = body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    times.sort()
    print([name, String(format: "%.1f", times[times.count / 2]), String(format: "%.1f", times[0]), "\(runs)", "check=\(check)"].joined(separator: "\t"))
}

// The dashboard's path: read with the size limit, parse, validate, decode, store.
measure("repatdash load+validate") {
    var store = SnapshotStore()
    store.add(SnapshotLoader().load(path: path, now: now))
    return store.latest?.snapshot.districts.reduce(0) { $0 + $1.camps.reduce(0) { $0 + $1.population } } ?? -1
}

// Peers in the same process on the same bytes: parsing only, no validation.
measure("repatdash parse only") {
    let bytes = try! [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    return (try? JSONParser.parse(bytes).nodes.count) ?? -1
}
measure("Foundation JSONSerialization") {
    let data = try! Data(contentsOf: URL(fileURLWithPath: path))
    let object = try! JSONSerialization.jsonObject(with: data) as! [String: Any]
    let districts = object["districts"] as! [[String: Any]]
    return districts.reduce(0) { $0 + ($1["camps"] as! [[String: Any]]).reduce(0) { $0 + ($1["population"] as! Int) } }
}
