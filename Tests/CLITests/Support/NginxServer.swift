import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A throwaway nginx on 127.0.0.1 for one test: its own configuration, PID
/// file, error and access logs and document root in a temporary directory, on
/// a free port, in the foreground (`daemon off;`) so the test owns the
/// process. `stop()` ends it (also from deinit); `start()` brings it back on
/// the same port, as an administrator's restart would. nginx comes from
/// scripts/install-deps.sh, never from the test.
final class NginxServer {
    static let nginx = "/usr/sbin/nginx"

    let directory: String
    private(set) var port = 0
    /// PEM certificate and key to serve HTTPS with; plain HTTP when nil.
    let tls: (certificate: String, key: String)?
    var root: String { directory + "/www" }
    var accessLogPath: String { directory + "/access.log" }
    private var server: BackgroundProcess?

    init(tls: (certificate: String, key: String)? = nil) throws {
        guard FileManager.default.isExecutableFile(atPath: Self.nginx) else {
            throw TmuxError("\(Self.nginx) is missing: run scripts/install-deps.sh (Debian package nginx)")
        }
        self.tls = tls
        directory = NSTemporaryDirectory() + "repatdash-nginx-" + UUID().uuidString.prefix(8)
        for folder in [directory, root, directory + "/temp"] {
            // nginx's workers run as an unprivileged user: the root must be readable by all.
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        }
        // A port found free can be taken before nginx binds it: try another.
        var failure = ""
        for _ in 0..<5 {
            port = try LoopbackPort.free()
            if let problem = try startOnPort() { failure = problem; continue }
            return
        }
        stop()
        throw TmuxError("nginx did not start: \(failure)")
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(atPath: directory)
    }

    var scheme: String { tls == nil ? "http" : "https" }
    func url(_ name: String) -> String { "\(scheme)://127.0.0.1:\(port)/\(name)" }

    /// Writes `bytes` as `name` in the document root the way a producer should:
    /// a temporary name, then a rename over the old file (never a half-written file served).
    func publish(_ name: String, bytes: Data) throws {
        let temporary = root + "/." + name + ".tmp"
        try bytes.write(to: URL(fileURLWithPath: temporary))
        chmod(temporary, 0o644)
        guard rename(temporary, root + "/" + name) == 0 else { throw TmuxError("rename failed: \(String(cString: strerror(errno)))") }
    }

    func publish(_ name: String, copyOf path: String) throws {
        try publish(name, bytes: try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// The access log's lines, each `STATUS BYTES_SENT "REQUEST" "IF_NONE_MATCH"` (the format set below).
    func accessLog() -> [String] {
        ((try? String(contentsOfFile: accessLogPath, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    /// Ends nginx (SIGTERM to its master, which ends its workers); the directory stays for `start()`.
    func stop() {
        server?.stop()
        server = nil
    }

    /// Starts nginx again on the same port after `stop()`.
    func start() throws {
        if let problem = try startOnPort() { throw TmuxError("nginx did not restart: \(problem)") }
    }

    /// Nil once nginx accepts connections; else why it did not.
    private func startOnPort() throws -> String? {
        try configuration().write(toFile: directory + "/nginx.conf", atomically: true, encoding: .utf8)
        // -e: the error log from the very start, not the system's /var/log/nginx.
        let process = try BackgroundProcess([Self.nginx, "-p", directory, "-c", directory + "/nginx.conf", "-e", directory + "/error.log"],
                                            outputPath: directory + "/nginx.out")
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if process.hasExited { return "nginx exited: \(read("nginx.out")) \(read("error.log"))" }
            if LoopbackPort.isListening(port) {
                server = process
                return nil
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        process.stop()
        return "nginx not listening after 10 s: \(read("error.log"))"
    }

    private func configuration() -> String {
        let listen = tls.map { "listen 127.0.0.1:\(port) ssl;\n        ssl_certificate \($0.certificate);\n        ssl_certificate_key \($0.key);" }
            ?? "listen 127.0.0.1:\(port);"
        return """
        daemon off;
        worker_processes 1;
        pid \(directory)/nginx.pid;
        error_log \(directory)/error.log info;
        events { worker_connections 64; }
        http {
            log_format test '$status $body_bytes_sent "$request" "$http_if_none_match"';
            access_log \(directory)/access.log test;
            client_body_temp_path \(directory)/temp/body;
            proxy_temp_path \(directory)/temp/proxy;
            fastcgi_temp_path \(directory)/temp/fastcgi;
            uwsgi_temp_path \(directory)/temp/uwsgi;
            scgi_temp_path \(directory)/temp/scgi;
            types { application/json json; text/html html; }
            default_type application/octet-stream;
            gzip on;
            gzip_types application/json;
            gzip_min_length 0;
            server {
                \(listen)
                root \(root);
                location = /broken.json { return 503; }
                location = /moved.json { return 302 /latest.json; }
                location = /loop.json { return 302 /loop.json; }
            }
        }

        """
    }

    private func read(_ name: String) -> String {
        (try? String(contentsOfFile: directory + "/" + name, encoding: .utf8)) ?? ""
    }
}
