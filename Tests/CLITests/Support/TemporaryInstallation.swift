import Foundation

/// `make install` into a throwaway PREFIX (optionally staged under a DESTDIR,
/// as a packager does), of the binary these tests run (`BIN=`), so the test
/// builds nothing; deleted with everything under it at deinit.
final class TemporaryInstallation {
    /// Holds the prefix, a working directory away from the repository and an
    /// empty config directory.
    let root: String
    /// PREFIX as given to make: where the files will live once installed.
    let prefix: String
    /// DESTDIR as given to make, or nil.
    let destDir: String?
    /// A directory that is neither the repository nor the installation, to run from.
    var elsewhere: String { root + "/elsewhere" }
    /// Where the files are on disk now: DESTDIR + PREFIX.
    var installedPrefix: String { (destDir ?? "") + prefix }
    var binary: String { installedPrefix + "/bin/repatdash" }

    /// Every file `make install` writes, relative to PREFIX, sorted.
    static let expectedFiles: [String] = {
        let snapshots = (try? FileManager.default.contentsOfDirectory(atPath: RepatdashProcess.bundledSnapshots)) ?? []
        let hasConfigExample = FileManager.default.fileExists(atPath: RepatdashProcess.repository.path + "/Resources/config.example.toml")
        let files = ["bin/repatdash",
                     "share/repatdash/schema/snapshot-v1.schema.json",
                     "share/man/man1/repatdash.1",
                     "share/bash-completion/completions/repatdash",
                     "share/zsh/site-functions/_repatdash",
                     "share/fish/vendor_completions.d/repatdash.fish"]
            + (hasConfigExample ? ["share/repatdash/config.example.toml"] : [])
            + snapshots.filter { $0.hasSuffix(".json") }.map { "share/repatdash/snapshots/" + $0 }
        return files.sorted()
    }()

    /// With `stagedUnder`, PREFIX is that absolute path and DESTDIR a
    /// directory in `root`; without it, PREFIX is a directory in `root`.
    init(stagedUnder stagedPrefix: String? = nil) throws {
        root = NSTemporaryDirectory() + "repatdash-install-" + UUID().uuidString.prefix(8)
        if let stagedPrefix {
            prefix = stagedPrefix
            destDir = root + "/stage"
        } else {
            prefix = root + "/prefix"
            destDir = nil
        }
        for directory in [root, elsewhere, root + "/config"] {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// Runs `make TARGET` in the repository with this PREFIX (and DESTDIR)
    /// and BIN set to the binary under test.
    @discardableResult
    func make(_ target: String) throws -> RepatdashProcess.Result {
        var arguments = ["make", "-C", RepatdashProcess.repository.path, target, "PREFIX=\(prefix)", "BIN=\(RepatdashProcess.binary)"]
        if let destDir { arguments.append("DESTDIR=\(destDir)") }
        return try run(arguments)
    }

    /// Every file and symbolic link under the installed prefix, relative to it, sorted.
    func filesPresent() -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: installedPrefix) else { return [] }
        var files: [String] = []
        while let path = walker.nextObject() as? String {
            let type = walker.fileAttributes?[.type] as? FileAttributeType
            if type != .typeDirectory { files.append(path) }
        }
        return files.sorted()
    }

    /// Runs a program (a path, or a name looked up in PATH) from `directory`
    /// (default: `elsewhere`), with this installation's environment, and
    /// captures its output and exit status.
    func run(_ arguments: [String], in directory: String? = nil, environment extra: [String: String] = [:]) throws -> RepatdashProcess.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? elsewhere)
        process.environment = environment.merging(extra) { $1 }
        // Standard error to a file, so only one pipe has to be drained while the child runs.
        let errorPath = root + "/stderr-" + UUID().uuidString
        guard FileManager.default.createFile(atPath: errorPath, contents: nil) else { throw TmuxError("cannot create \(errorPath)") }
        defer { try? FileManager.default.removeItem(atPath: errorPath) }
        let errorFile = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
        defer { try? errorFile.close() }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = errorFile
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errorText = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
        return RepatdashProcess.Result(status: process.terminationStatus,
                                       standardOutput: String(decoding: outputData, as: UTF8.self),
                                       standardError: errorText)
    }

    /// The test runner's environment without what would change make's or
    /// repatdash's behaviour: make's own variables when the tests run under
    /// `make test`, install locations, and the operator's config file
    /// (XDG_CONFIG_HOME points to an empty directory).
    var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for name in ["MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES", "DESTDIR", "PREFIX", "BIN", "MANDIR",
                     "BASH_COMPLETION_DIR", "ZSH_COMPLETION_DIR", "FISH_COMPLETION_DIR", "INSTALL", "NO_COLOR", "REPATDASH_CONFIG"] {
            environment[name] = nil
        }
        environment["XDG_CONFIG_HOME"] = root + "/config"
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = nil
        return environment
    }
}
