import DashboardCore
import HTTPSnapshotSource

/// `render URL` and `validate URL`: one request, its body judged as a file of that name would be.
enum FetchedSnapshot {
    /// The body judged, or why no body came. Throws `DashboardError` for a setting
    /// the request cannot start with (an unreadable `--ca-file`).
    static func fetch(url: String, caFile: String?, loader: SnapshotLoader, now: Instant) throws -> Result<SnapshotFile, HTTPFetchFailure> {
        let fetcher: HTTPSnapshotFetcher
        do {
            let settings = HTTPSourceSettings(url: url, caFile: caFile, sizeLimit: loader.sizeLimit, retriesFailedConnections: false)
            fetcher = try HTTPSnapshotFetcher(settings: settings)
        } catch {
            throw DashboardError("\(error)")
        }
        switch fetcher.fetchOnce() {
        case .body(let bytes, _): return .success(loader.load(bytes: bytes, path: url, now: now))
        case .notModified: return .failure(HTTPFetchFailure(.failing, "HTTP 304 Not Modified to a request without validators"))
        case .failed(let failure): return .failure(failure)
        }
    }

    /// For `validate`: a request that brings no body is a file with that reason as its
    /// one error ("cannot fetch: HTTP 404 Not Found"), reported like any bad file.
    static func load(url: String, caFile: String?, loader: SnapshotLoader, now: Instant) throws -> SnapshotFile {
        switch try fetch(url: url, caFile: caFile, loader: loader, now: now) {
        case .success(let file):
            return file
        case .failure(let failure):
            let issue = ValidationIssue(.error, .root, "cannot fetch: \(failure.reason)")
            return SnapshotFile(path: url, report: ValidationReport(snapshot: nil, issues: [issue], errorCount: 1, warningCount: 0))
        }
    }
}
