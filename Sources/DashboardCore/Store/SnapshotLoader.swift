import Foundation

/// Reads snapshot files from disk and validates them. The size limit is
/// enforced before a file is read whole: a 70 MB mistake costs a stat, not memory.
public struct SnapshotLoader: Sendable {
    public static let defaultSizeLimit = 64 << 20

    public var sizeLimit: Int
    /// How far ahead of `now` a snapshot may be dated before it draws a warning.
    public var futureToleranceSeconds: Double

    public init(sizeLimit: Int = SnapshotLoader.defaultSizeLimit, futureToleranceSeconds: Double = Double(SnapshotDecoder.futureTolerance)) {
        self.sizeLimit = sizeLimit
        self.futureToleranceSeconds = futureToleranceSeconds
    }

    /// Loads and validates one file. Never throws: every failure is a report with an error.
    public func load(path: String, now: Instant) -> SnapshotFile {
        judge(read(path: path), path: path, now: now)
    }

    /// Validates bytes that did not come from a file (a body fetched from `path`, a URL),
    /// under the same size limit and the same rules.
    public func load(bytes: [UInt8], path: String, now: Instant) -> SnapshotFile {
        judge(bytes.count <= sizeLimit ? .success(bytes) : .failure(tooLarge(bytes.count)), path: path, now: now)
    }

    /// Validates bytes the caller owns and keeps alive for the call (a mapped
    /// file, see MappedSnapshotLoading), under the same size limit and rules.
    public func load(mapped bytes: UnsafeBufferPointer<UInt8>, path: String, now: Instant) -> SnapshotFile {
        guard bytes.count <= sizeLimit else { return judge(.failure(tooLarge(bytes.count)), path: path, now: now) }
        return SnapshotFile(path: path, report: SnapshotDecoder.decode(bytes, now: now, futureToleranceSeconds: futureToleranceSeconds))
    }

    private func judge(_ read: Result<[UInt8], ReadProblem>, path: String, now: Instant) -> SnapshotFile {
        switch read {
        case .success(let bytes):
            return SnapshotFile(path: path, report: SnapshotDecoder.decode(bytes, now: now, futureToleranceSeconds: futureToleranceSeconds))
        case .failure(let problem):
            let issue = ValidationIssue(.error, .root, problem.message)
            return SnapshotFile(path: path, report: ValidationReport(snapshot: nil, issues: [issue], errorCount: 1, warningCount: 0))
        }
    }

    /// The file's bytes, or why they cannot be had (missing, not a regular file, too large).
    public func read(path: String) -> Result<[UInt8], ReadProblem> {
        let opened: RegularFile.Opened
        switch RegularFile.openForReading(path: path) {
        case .success(let file): opened = file
        case .failure(let problem): return .failure(problem)
        }
        let descriptor = opened.descriptor
        defer { close(descriptor) }
        let size = opened.size
        guard size <= sizeLimit else { return .failure(tooLarge(size)) }
        // Read up to one byte past the limit: a file that grows while we read is still refused.
        // Not zero-filled first: every byte is read over (the rest is cut off below).
        var bytes = [UInt8](unsafeUninitializedCapacity: min(size, sizeLimit) + 1) { _, count in count = min(size, sizeLimit) + 1 }
        var filled = 0
        while filled < bytes.count {
            let got = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if got < 0 {
                if errno == EINTR { continue }
                return .failure(ReadProblem(message: "cannot read: \(ErrorWording.errnoText(errno))"))
            }
            if got == 0 { break }
            filled += got
            if filled == bytes.count, filled <= sizeLimit { bytes.append(contentsOf: repeatElement(0, count: min(1 << 20, sizeLimit + 1 - filled))) }
        }
        guard filled <= sizeLimit else { return .failure(tooLarge(filled, grewWhileRead: true)) }
        bytes.removeLast(bytes.count - filled)
        return .success(bytes)
    }

    /// Exact sizes: a file one byte over the limit must not read as equal to it.
    /// A file that grew while it was read was read only one byte past the limit: at least that.
    private func tooLarge(_ size: Int, grewWhileRead: Bool = false) -> ReadProblem {
        ReadProblem(message: "file is \(grewWhileRead ? "at least " : "")\(CountFormat.byteSize(size)), over the size limit of \(CountFormat.byteSize(sizeLimit)); --max-size changes it")
    }

    /// Names the dashboard reads in a directory: `*.json`, but not dot-files
    /// (editors' and producers' temporaries) nor `*.tmp` / `*.partial`.
    public static func isSnapshotFileName(_ name: String) -> Bool {
        !name.hasPrefix(".") && name.hasSuffix(".json") && !name.hasSuffix(".tmp") && !name.hasSuffix(".partial")
    }

    /// The snapshot files in a directory, sorted by name (for stable output;
    /// the store orders snapshots by `generated_at`, never by name).
    public static func snapshotPaths(inDirectory directory: String) throws(DirectoryListingError) -> [String] {
        let names: [String]
        switch DirectoryListing.names(in: directory) {
        case .success(let listed): names = listed
        case .failure(let error): throw DirectoryListingError(directory: directory, reason: error.message)
        }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        return names.filter(isSnapshotFileName).sorted().map { prefix + $0 }
    }

    public static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return PathBytes.withSystemPath(path) { stat($0, &status) } == 0 && status.st_mode & S_IFMT == S_IFDIR
    }
}
