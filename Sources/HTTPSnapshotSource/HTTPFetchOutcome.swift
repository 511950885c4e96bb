/// What one request for the snapshot URL came to.
public enum HTTPFetchOutcome: Sendable {
    /// A complete body (200), with the validators to send next time.
    case body([UInt8], HTTPValidators)
    /// 304: the snapshot has not changed since the validators were given.
    case notModified
    /// No usable answer; the message is for the status line ("connection refused").
    case failed(HTTPFetchFailure)
}

/// `ETag` and `Last-Modified` of the last body received, sent back as
/// `If-None-Match` and `If-Modified-Since` so an unchanged snapshot costs a 304.
public struct HTTPValidators: Sendable, Equatable {
    public var etag: String?
    public var lastModified: String?

    public init(etag: String? = nil, lastModified: String? = nil) {
        self.etag = etag
        self.lastModified = lastModified
    }
}

/// Why a request gave no usable answer. `unreachable` is the network's fault
/// (nothing answered); `failing` is an answer that is not a snapshot.
public struct HTTPFetchFailure: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case unreachable, failing }
    public let kind: Kind
    public let reason: String

    public init(_ kind: Kind, _ reason: String) {
        self.kind = kind
        self.reason = reason
    }
}
