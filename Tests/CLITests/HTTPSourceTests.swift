import Foundation
import Testing

/// The dashboard, `render` and `validate` following a snapshot URL served by
/// a real nginx on loopback (started by the test, see NginxServer), in a real
/// terminal: conditional polls, HTTPS with a private CA, a server that goes
/// away and comes back, a body cut short by a proxy, and the usual faults.
@Suite(.serialized) struct HTTPSourceTests {
    static let binary = RepatdashProcess.binary
    static let bundled = RepatdashProcess.bundledSnapshots
    static let environment = ["LANG": "C.UTF-8", "TERM": "xterm-256color"]
    static let now = "--now 2025-04-07T21:30:00+05:00"
    // All-district totals of the bundled sample: 06:00 and 21:00 (as LiveDashboardTests).
    static let morning = "2025-04-07T0600.json", morningTotal = "444,009"
    static let evening = "2025-04-07T2100.json", eveningTotal = "443,330"

    static func dashboard(_ url: String, _ options: String = "") throws -> TmuxSession {
        try TmuxSession(width: 120, height: 40, command: "\(binary) '\(url)' --poll-interval 1 \(options) \(now)", environment: environment)
    }

    /// Waits (bounded) until nginx has logged at least `count` requests.
    static func waitForRequests(_ nginx: NginxServer, atLeast count: Int, timeout: Double = 20) -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var log = nginx.accessLog()
        while log.count < count, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.1)
            log = nginx.accessLog()
        }
        return log
    }

    @Test func replacedSnapshotReachesTheScreenAndIdlePollsAreAnswered304() throws {
        let nginx = try NginxServer()
        try nginx.publish("latest.json", copyOf: Self.bundled + "/" + Self.morning)
        let tmux = try Self.dashboard(nginx.url("latest.json"))
        try tmux.waitFor(Self.morningTotal, timeout: 15)

        // Idle: every poll after the first body costs a 304 and no body, sent with the ETag it was given.
        let idle = Self.waitForRequests(nginx, atLeast: 4)
        try #require(idle.count >= 4, "nginx logged \(idle)")
        let fileSize = try #require(FileManager.default.attributesOfItem(atPath: nginx.root + "/latest.json")[.size] as? Int)
        let firstFields = idle[0].split(separator: " ")
        #expect(firstFields.first == "200")
        // Sent gzipped (Accept-Encoding: gzip), inflated by the client: fewer bytes than the file.
        #expect((Int(firstFields[1]) ?? .max) < fileSize)
        #expect(idle[0].hasSuffix("\"-\""), "the first request has nothing to be conditional on")
        for line in idle.dropFirst() {
            // nginx's ETag for a gzipped body is weak (W/"…"); the log escapes its quotes.
            #expect(line.hasPrefix("304 0 \"GET /latest.json HTTP/1.1\" \"W/") && !line.hasSuffix("\"-\""), "an idle poll: \(line)")
        }

        // The producer replaces the file: the next poll gets a 200, and the screen the new figures.
        try nginx.publish("latest.json", copyOf: Self.bundled + "/" + Self.evening)
        let replaced = try tmux.waitFor(Self.eveningTotal, timeout: 15)
        #expect(replaced.contains("•"), "rows that changed since the previous version are marked")
        let after = Self.waitForRequests(nginx, atLeast: nginx.accessLog().count + 2)
        #expect(after.filter { $0.hasPrefix("200 ") }.count == 2, "one body per version: \(after)")
        #expect(after.last?.hasPrefix("304 0 ") == true, "idle again after the new version")

        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0")
    }

    @Test func serverStoppedAndRestartedMidSession() throws {
        let nginx = try NginxServer()
        try nginx.publish("latest.json", copyOf: Self.bundled + "/" + Self.morning)
        let tmux = try Self.dashboard(nginx.url("latest.json"))
        try tmux.waitFor(Self.morningTotal, timeout: 15)

        nginx.stop()
        let down = try tmux.waitFor("source unreachable since", timeout: 15)
        #expect(down.contains(": connection refused"))
        #expect(down.contains(Self.morningTotal), "the last good figures stay")

        // A new version is published while the server is down; the restart brings it
        // (within the backed-off delay: at most 8 × the 1 s interval).
        try nginx.publish("latest.json", copyOf: Self.bundled + "/" + Self.evening)
        try nginx.start()
        let back = try tmux.waitUntil(timeout: 30, "the new figures and no problem") {
            $0.contains(Self.eveningTotal) && !$0.contains("unreachable")
        }
        #expect(!back.contains("source "))
        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0")
    }

    @Test func bodyCutShortByAProxyKeepsTheLastGoodFigures() throws {
        let nginx = try NginxServer()
        try nginx.publish("latest.json", copyOf: Self.bundled + "/" + Self.morning)
        let proxy = try TruncatingProxy(upstreamPort: nginx.port)
        let tmux = try Self.dashboard(proxy.url("latest.json"))
        try tmux.waitFor(Self.morningTotal, timeout: 15)

        proxy.cutting = true
        try nginx.publish("latest.json", copyOf: Self.bundled + "/" + Self.evening)
        let cut = try tmux.waitFor("body cut short", timeout: 15)
        #expect(cut.contains("source failing since"))
        #expect(cut.contains(Self.morningTotal) && !cut.contains(Self.eveningTotal), "half a body never reaches the screen")

        proxy.cutting = false
        let whole = try tmux.waitUntil(timeout: 30, "the whole new body") { $0.contains(Self.eveningTotal) && !$0.contains("cut short") }
        #expect(!whole.contains("source failing"))
        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0")

        // validate says how much came (at most the half the proxy sent) of how much was announced.
        proxy.cutting = true
        let size = try #require(FileManager.default.attributesOfItem(atPath: Self.bundled + "/" + Self.evening)[.size] as? Int)
        let result = try RepatdashProcess.run(["validate", proxy.url("latest.json")])
        #expect(result.status == 1)
        let message = try #require(result.standardOutput.split(separator: "\n").first { $0.contains("cannot fetch: body cut short after ") },
                                   "\(result.standardOutput)")
        let received = Int(message.split(separator: "after ")[1].split(separator: " ")[0]) ?? -1
        #expect((0...size / 2).contains(received), "\(message)")
        #expect(message.contains(" of \(size) bytes ("), "\(message)")

        // A server that sends the head and then hangs: the read timeout (10 s) ends the wait.
        proxy.cutting = false
        proxy.stalling = true
        let hung = try RepatdashProcess.run(["validate", proxy.url("latest.json")])
        #expect(hung.status == 1)
        #expect(hung.standardOutput.contains("cannot fetch: server sent nothing for 10 s (read timeout) after 0 of \(size) bytes"),
                "\(hung.standardOutput)")
    }

    @Test func httpsWithAPrivateCAAndTheWrongCARefused() throws {
        let ca = try ThrowawayCA()
        let nginx = try NginxServer(tls: (ca.serverCertificate, ca.serverKey))
        try nginx.publish("latest.json", copyOf: Self.bundled + "/" + Self.evening)
        let url = nginx.url("latest.json")
        #expect(url.hasPrefix("https://127.0.0.1:"))

        let trusted = try RepatdashProcess.run(["validate", url, "--ca-file", ca.certificate])
        #expect(trusted.status == 0, "\(trusted.standardOutput)\(trusted.standardError)")
        #expect(trusted.standardOutput.contains("1 file checked: 1 valid, 0 invalid"))
        let rendered = try RepatdashProcess.run(["render", url, "--ca-file", ca.certificate, "--now", "2025-04-07T21:30:00+05:00"])
        #expect(rendered.status == 0)
        #expect(rendered.standardOutput.contains(Self.eveningTotal))

        let wrong = try RepatdashProcess.run(["validate", url, "--ca-file", ca.otherCertificate])
        #expect(wrong.status == 1)
        #expect(wrong.standardOutput.contains("cannot fetch: TLS certificate not trusted: not signed by the CA in \(ca.otherCertificate)"),
                "\(wrong.standardOutput)")
        let system = try RepatdashProcess.run(["render", url, "--now", "2025-04-07T21:30:00+05:00"])
        #expect(system.status != 0)
        #expect(system.standardError.contains("cannot fetch: TLS certificate not trusted: not signed by this machine's CA bundle"),
                "\(system.standardError)")
        // Never skipped: the figures were not drawn.
        #expect(!system.standardOutput.contains(Self.eveningTotal))

        // The dashboard over HTTPS in a terminal, then the wrong CA on its status line.
        let tmux = try Self.dashboard(url, "--ca-file \(ca.certificate)")
        try tmux.waitFor(Self.eveningTotal, timeout: 15)
        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0")
        let refused = try Self.dashboard(url, "--ca-file \(ca.otherCertificate)")
        let screen = try refused.waitFor("TLS certificate not trusted", timeout: 15)
        #expect(!screen.contains(Self.eveningTotal))
        try refused.sendKeys("q")
        try refused.waitFor("EXIT STATUS 0")
    }

    @Test func faultsEachGetAPlainReason() throws {
        let nginx = try NginxServer()
        try nginx.publish("latest.json", copyOf: Self.bundled + "/" + Self.evening)
        try nginx.publish("page.html", bytes: Data("<!DOCTYPE html>\n<html><body>Please log in</body></html>\n".utf8))
        // 1 MiB and 1 byte: over --max-size 1, whether sent gzipped or not.
        try nginx.publish("big.json", bytes: Data(repeating: UInt8(ascii: " "), count: (1 << 20) + 1))
        let closedPort = try LoopbackPort.free()

        let cases: [(url: String, reason: String)] = [
            (nginx.url("missing.json"), "cannot fetch: HTTP 404 Not Found"),
            (nginx.url("broken.json"), "cannot fetch: HTTP 503 Service Unavailable"),
            (nginx.url("page.html"), "cannot fetch: the server answered with an HTML page (text/html), not a JSON snapshot"),
            (nginx.url("big.json"), "over the size limit of 1 MiB (1,048,576 bytes); --max-size changes it"),
            (nginx.url("loop.json"), "cannot fetch: redirects go round in a loop"),
            ("http://127.0.0.1:\(closedPort)/latest.json", "cannot fetch: connection refused"),
            // RFC 6761: `.invalid` never resolves. The one query goes to the machine's
            // resolver (NXDOMAIN), or fails at once without one: a DNS failure either way.
            ("http://repatdash-test.invalid/latest.json", "cannot fetch: cannot resolve host repatdash-test.invalid"),
        ]
        for (url, reason) in cases {
            let result = try RepatdashProcess.run(["validate", url, "--max-size", "1"])
            #expect(result.status == 1, "\(url)")
            #expect(result.standardOutput.contains("\(url): \(reason)") || result.standardOutput.contains(reason), "\(url): \(result.standardOutput)")
        }
        // A redirect within the limit is followed.
        let moved = try RepatdashProcess.run(["validate", nginx.url("moved.json")])
        #expect(moved.status == 0, "\(moved.standardOutput)")

        // A bad --ca-file is a usage problem said before anything else.
        let badCA = try RepatdashProcess.run(["validate", nginx.url("latest.json"), "--ca-file", "/nonexistent/ca.pem"])
        #expect(badCA.status != 0)
        #expect(badCA.standardError.contains("--ca-file /nonexistent/ca.pem"))
    }

    /// `check URL`: the rules on the published snapshot, fetched once; a
    /// fetch that brings no body is UNKNOWN (3), never OK.
    @Test func checkAURLAndUnknownWhenItCannotBeFetched() throws {
        let nginx = try NginxServer()
        try nginx.publish("latest.json", copyOf: Self.bundled + "/" + Self.evening)
        let config = try ScratchDirectory()
        try config.write("config.toml", "[[alert]]\nname = \"Feed stale\"\nkind = \"stale\"\nwarning_minutes = 30\ncritical_minutes = 60\n")
        let rules = ["--config", config.path + "/config.toml", "--now", "2025-04-07T21:45:00+05:00"]
        // The 21:00 snapshot at 21:45 is 45 minutes old: past the warning (30), short of the critical (60).
        let warning = try RepatdashProcess.run(["check", nginx.url("latest.json")] + rules)
        #expect(warning.status == 1, "\(warning.standardOutput)\(warning.standardError)")
        #expect(warning.standardOutput.hasPrefix("WARNING - "), "\(warning.standardOutput)")
        #expect(warning.standardOutput.contains("Feed stale"), "\(warning.standardOutput)")
        #expect(nginx.accessLog().contains { $0.hasPrefix("200 ") && $0.contains("GET /latest.json") }, "\(nginx.accessLog())")

        let missing = try RepatdashProcess.run(["check", nginx.url("missing.json")] + rules)
        #expect(missing.status == 3, "\(missing.standardOutput)")
        #expect(missing.standardOutput.hasPrefix("UNKNOWN - "), "\(missing.standardOutput)")
        #expect(missing.standardOutput.contains("cannot fetch: HTTP 404 Not Found"), "\(missing.standardOutput)")
    }

    @Test func snapshotURLAndPollIntervalFromTheConfigFile() throws {
        let config = try ScratchDirectory()
        try config.write("config.toml", "snapshot_url = \"http://127.0.0.1:8/latest.json\"\npoll_interval = 30\n")
        let printed = try RepatdashProcess.run(["config", "--print", "--config", config.path + "/config.toml"])
        #expect(printed.status == 0, "\(printed.standardError)")
        #expect(printed.standardOutput.contains("snapshot_url = \"http://127.0.0.1:8/latest.json\""))
        #expect(printed.standardOutput.contains("poll_interval = 30"))
        let overridden = try RepatdashProcess.run(["config", "--print", "--config", config.path + "/config.toml", "--poll-interval", "2"])
        #expect(overridden.standardOutput.contains("poll_interval = 2"))
        #expect(overridden.standardOutput.contains("command line (--poll-interval)"))

        try config.write("both.toml", "snapshot_path = \"/srv/snapshots\"\nsnapshot_url = \"http://127.0.0.1:8/latest.json\"\n")
        let both = try RepatdashProcess.run(["config", "--print", "--config", config.path + "/both.toml"])
        #expect(both.status == 2)
        #expect(both.standardError.contains("both.toml:2: snapshot_url: set snapshot_path or snapshot_url, not both"))
        let zero = try RepatdashProcess.run(["show", "http://127.0.0.1:8/latest.json", "--poll-interval", "0"])
        #expect(zero.status == 2)
        #expect(zero.standardError.contains("--poll-interval must be from 1 to 3600 (seconds), got 0"))
    }
}
