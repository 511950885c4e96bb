import Foundation

/// scripts/truncating-proxy.py in front of a test's nginx: passes responses
/// through, or, while `cutting` is true, sends each 200 with its full
/// Content-Length but only half its body, then closes; while `stalling` is
/// true, sends the head and then nothing for 20 s (a hung server).
final class TruncatingProxy {
    let directory: String
    let port: Int
    private let process: BackgroundProcess

    init(upstreamPort: Int) throws {
        directory = NSTemporaryDirectory() + "repatdash-proxy-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let script = RepatdashProcess.repository.path + "/scripts/truncating-proxy.py"
        process = try BackgroundProcess(["python3", script, "--port-file", directory + "/port", "--upstream", "\(upstreamPort)",
                                         "--cut-flag", directory + "/cut", "--stall-flag", directory + "/stall", "--max-seconds", "300"], outputPath: directory + "/proxy.log")
        let deadline = Date().addingTimeInterval(10)
        var found: Int?
        while Date() < deadline, found == nil, !process.hasExited {
            found = (try? String(contentsOfFile: directory + "/port", encoding: .utf8)).flatMap { Int($0) }
            if found == nil { Thread.sleep(forTimeInterval: 0.02) }
        }
        guard let found else {
            process.stop()
            throw TmuxError("the truncating proxy did not start: \((try? String(contentsOfFile: directory + "/proxy.log", encoding: .utf8)) ?? "")")
        }
        port = found
    }

    deinit {
        process.stop()
        try? FileManager.default.removeItem(atPath: directory)
    }

    var cutting: Bool {
        get { flag("cut") }
        set { setFlag("cut", newValue) }
    }

    var stalling: Bool {
        get { flag("stall") }
        set { setFlag("stall", newValue) }
    }

    private func flag(_ name: String) -> Bool { FileManager.default.fileExists(atPath: directory + "/" + name) }

    private func setFlag(_ name: String, _ on: Bool) {
        if on { FileManager.default.createFile(atPath: directory + "/" + name, contents: Data()) } else { try? FileManager.default.removeItem(atPath: directory + "/" + name) }
    }

    func url(_ name: String) -> String { "http://127.0.0.1:\(port)/\(name)" }
}
