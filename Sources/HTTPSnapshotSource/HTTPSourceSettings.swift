import DashboardCore

/// How one snapshot URL is followed: what to ask for, how often, whom to trust.
public struct HTTPSourceSettings: Sendable {
    /// Poll intervals `--poll-interval` and `poll_interval` accept, in seconds.
    public static let acceptedPollIntervals = 1...3600
    public static let defaultPollIntervalSeconds = 5
    /// Redirects followed before the source gives up (a loop or a misconfigured proxy).
    public static let maxRedirects = 5

    /// An `http://` or `https://` URL of one snapshot that the producer replaces.
    public var url: String
    public var pollIntervalSeconds: Int
    /// A PEM file of the CA certificates to trust instead of the system's bundle (`--ca-file`).
    public var caFile: String?
    /// Bodies larger than this are refused while they stream in (`--max-size`).
    public var sizeLimit: Int
    /// Seconds to establish the TCP (and TLS) connection.
    public var connectTimeoutSeconds: Int
    /// Seconds without a byte from the server before the request is abandoned (a slow server).
    public var readTimeoutSeconds: Int
    /// Whether a refused or failed connection is tried again (with AsyncHTTPClient's
    /// back-off) until the connect timeout. The live dashboard wants it: one lost SYN
    /// should not put "source unreachable" on an operator's status line, and its own
    /// poll schedule only retries after a whole interval. A one-shot command (`validate`,
    /// `render`, `check`) does not: a monitoring system runs it under its own timeout
    /// and retries on its own schedule, so "connection refused" is said at once rather
    /// than after the connect timeout.
    public var retriesFailedConnections: Bool

    public init(url: String, pollIntervalSeconds: Int = HTTPSourceSettings.defaultPollIntervalSeconds, caFile: String? = nil,
                sizeLimit: Int = SnapshotLoader.defaultSizeLimit, connectTimeoutSeconds: Int = 5, readTimeoutSeconds: Int = 10,
                retriesFailedConnections: Bool = true) {
        self.url = url
        self.pollIntervalSeconds = pollIntervalSeconds
        self.caFile = caFile
        self.sizeLimit = sizeLimit
        self.connectTimeoutSeconds = connectTimeoutSeconds
        self.readTimeoutSeconds = readTimeoutSeconds
        self.retriesFailedConnections = retriesFailedConnections
    }

    /// True for what the commands take as a URL rather than a path: `http://` or `https://`,
    /// any case. A local file that happens to be named `http:` must be given as `./http:...`.
    public static func isURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }
}
