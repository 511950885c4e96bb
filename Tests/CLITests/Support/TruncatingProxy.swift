import Foundation

/// scripts/truncating-proxy.py in front of a test's nginx: passes responses
/// through, or, while `cutting` is true, sends each 200 with its full
/// Content-Length but only half its body, then closes.
final class TruncatingProxy {
    let directory: String
    let port: Int
    private let process: BackgroundProcess
    private var flag: String { directory + "/cut" }

    init(upstreamPort: Int) throws {
        directory = NSTemporaryDirectory() + "repatdash-proxy-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let script = RepatdashProcess.repository.path + "/scripts/truncating-proxy.py"
        process = try BackgroundProcess(["python3", script, "--port-file", directory + "/port", "--upstream", "\(upstreamPort)",
                                         "--cut-flag", directory + "/cut", "--max-seconds", "300"], outputPath: directory + "/proxy.log")
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
        get { FileManager.default.fileExists(atPath: flag) }
        set {
            if newValue { FileManager.default.createFile(atPath: flag, contents: Data()) } else { try? FileManager.default.removeItem(atPath: flag) }
        }
    }

    func url(_ name: String) -> String { "http://127.0.0.1:\(port)/\(name)" }
}
