import Foundation
import Testing

/// The dashboard on `current`, a symbolic link to the snapshot directory,
/// repointed with `ln -sfn` while it runs (how deployments switch directories).
@Suite(.serialized) struct SymlinkedSnapshotDirectoryTests {
    @Test func theDashboardFollowsTheLinkToItsNewDirectory() throws {
        let scratch = try ScratchDirectory()
        for (directory, bundledName) in [("blue", "2025-04-07T0600.json"), ("green", "2025-04-07T2100.json")] {
            try FileManager.default.createDirectory(atPath: scratch.path + "/" + directory, withIntermediateDirectories: true)
            try LiveDashboardTests.publish(bundledName, as: "snapshot.json", into: scratch.path + "/" + directory)
        }
        let current = scratch.path + "/current"
        try FileManager.default.createSymbolicLink(atPath: current, withDestinationPath: "blue")
        let tmux = try TmuxSession(width: 120, height: 40,
                                   command: "\(RepatdashProcess.binary) \(current) --now 2025-04-07T21:30:00+05:00",
                                   environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color", "TZ": "Asia/Karachi"])
        // 444,009 and 443,330: the bundled 06:00 and 21:00 totals for all districts.
        try tmux.waitFor("444,009")

        let ln = Process()
        ln.executableURL = URL(fileURLWithPath: "/bin/ln")
        ln.arguments = ["-sfn", "green", current]
        try ln.run()
        ln.waitUntilExit()
        try #require(ln.terminationStatus == 0)
        let screen = try tmux.waitFor("443,330")
        #expect(!screen.contains("rejected"))

        // The old directory is no longer watched: a snapshot written there does not come back.
        try LiveDashboardTests.publish("2025-04-07T0900.json", as: "later.json", into: scratch.path + "/blue")
        try tmux.sendKeys("r")
        let afterRescan = try tmux.waitForSettledScreen(showing: ["443,330"])
        #expect(!afterRescan.contains("444,"))
        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0")
    }
}
