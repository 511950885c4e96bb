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

    public init(url: String, pollIntervalSeconds: Int = HTTPSourceSettings.defaultPollIntervalSeconds, caFile: String? = nil,
                sizeLimit: Int = SnapshotLoader.defaultSizeLimit, connectTimeoutSeconds: Int = 5, readTimeoutSeconds: Int = 10) {
        self.url = url
        self.pollIntervalSeconds = pollIntervalSeconds
        self.caFile = caFile
        self.sizeLimit = sizeLimit
        self.connectTimeoutSeconds = connectTimeoutSeconds
        self.readTimeoutSeconds = readTimeoutSeconds
    }

    /// True for what the commands take as a URL rather than a path: `http://` or `https://`,
    /// any case. A local file that happens to be named `http:` must be given as `./http:...`.
    public static func isURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }
}
