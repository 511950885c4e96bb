import AsyncHTTPClient
import DashboardCore
import NIOCore
import NIOHTTP1
import NIOHTTPCompression
import NIOPosix
import NIOSSL

/// One client for one snapshot URL: a GET with the validators of the last
/// body, so an unchanged snapshot costs a 304; the size limit enforced while
/// the body streams in; TLS verified against the system's CA bundle or the
/// `--ca-file`, never skipped.
public final class HTTPSnapshotFetcher: Sendable {
    public let settings: HTTPSourceSettings
    private let client: HTTPClient

    /// Throws `HTTPSourceSetupError` when the CA file cannot be read: a usage
    /// error to show before the terminal is taken, not a poll that always fails.
    public init(settings: HTTPSourceSettings) throws {
        self.settings = settings
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.certificateVerification = .fullVerification
        if let caFile = settings.caFile {
            do {
                let certificates = try NIOSSLCertificate.fromPEMFile(caFile)
                guard !certificates.isEmpty else { throw HTTPSourceSetupError("--ca-file \(caFile): no PEM certificate in it") }
                tls.trustRoots = .certificates(certificates)
            } catch let error as HTTPSourceSetupError {
                throw error
            } catch {
                throw HTTPSourceSetupError("--ca-file \(caFile): cannot read a PEM certificate from it (\(error))")
            }
        }
        var configuration = HTTPClient.Configuration(
            tlsConfiguration: tls,
            redirectConfiguration: .follow(max: HTTPSourceSettings.maxRedirects, allowCycles: false),
            timeout: .init(connect: .seconds(Int64(settings.connectTimeoutSeconds)), read: .seconds(Int64(settings.readTimeoutSeconds))),
            // The limit applies to the inflated size too: a small gzip body cannot expand past --max-size.
            decompression: .enabled(limit: .size(settings.sizeLimit))
        )
        configuration.connectionPool.retryConnectionEstablishment = settings.retriesFailedConnections
        client = HTTPClient(eventLoopGroup: MultiThreadedEventLoopGroup.singleton, configuration: configuration)
    }

    /// The client must be shut down before it goes (AsyncHTTPClient insists); never on an event loop thread.
    deinit {
        try? client.syncShutdown()
    }

    /// One request. Never throws: every failure is an outcome with a reason for the status line.
    public func fetch(validators: HTTPValidators?) async -> HTTPFetchOutcome {
        var request = HTTPClientRequest(url: settings.url)
        request.headers.add(name: "User-Agent", value: "repatdash")
        request.headers.add(name: "Accept", value: "application/json")
        request.headers.add(name: "Accept-Encoding", value: "gzip")
        if let etag = validators?.etag { request.headers.add(name: "If-None-Match", value: etag) }
        if let lastModified = validators?.lastModified { request.headers.add(name: "If-Modified-Since", value: lastModified) }
        let response: HTTPClientResponse
        do {
            // The read timeout catches a server that stops sending; this deadline one that trickles.
            response = try await client.execute(request, timeout: .seconds(Int64(settings.readTimeoutSeconds * 6)))
        } catch {
            return .failed(HTTPFailureDescription.describe(error, url: settings.url, settings: settings))
        }
        switch response.status.code {
        case 200:
            return await readBody(of: response)
        case 304:
            return .notModified
        default:
            return .failed(HTTPFetchFailure(.failing, "HTTP \(response.status.code) \(response.status.reasonPhrase)"))
        }
    }

    private func readBody(of response: HTTPClientResponse) async -> HTTPFetchOutcome {
        let limit = settings.sizeLimit
        let declared = response.headers.first(name: "Content-Length").flatMap(Int.init)
        let encoded = response.headers.first(name: "Content-Encoding").map { !$0.isEmpty && $0.lowercased() != "identity" } ?? false
        // Said up front by an unencoded body: refused before a byte of it is read.
        if let declared, !encoded, declared > limit { return .failed(Self.overLimit(declared, limit: limit)) }
        var bytes: [UInt8] = []
        do {
            for try await buffer in response.body {
                // Checked before each part is kept: memory never holds more than the limit.
                guard bytes.count + buffer.readableBytes <= limit else { return .failed(Self.overLimit(bytes.count + buffer.readableBytes, limit: limit)) }
                bytes.append(contentsOf: buffer.readableBytesView)
            }
        } catch {
            let failure = HTTPFailureDescription.describe(error, url: settings.url, settings: settings)
            if error is NIOHTTPDecompression.DecompressionError { return .failed(failure) }
            let progress = "\(bytes.count)\(declared.map { " of \($0)" } ?? "") bytes"
            if let timeout = error as? HTTPClientError, timeout == .readTimeout || timeout == .deadlineExceeded {
                return .failed(HTTPFetchFailure(.failing, "\(failure.reason) after \(progress)"))
            }
            return .failed(HTTPFetchFailure(.failing, "body cut short after \(progress) (\(failure.reason))"))
        }
        if let type = response.headers.first(name: "Content-Type")?.lowercased(), type.hasPrefix("text/html"),
           bytes.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) == UInt8(ascii: "<") {
            // A proxy's or a login page's HTML, not a snapshot that is merely mislabelled.
            return .failed(HTTPFetchFailure(.failing, "the server answered with an HTML page (text/html), not a JSON snapshot"))
        }
        let validators = HTTPValidators(etag: response.headers.first(name: "ETag"),
                                        lastModified: response.headers.first(name: "Last-Modified"))
        return .body(bytes, validators)
    }

    static func overLimit(_ size: Int, limit: Int) -> HTTPFetchFailure {
        HTTPFetchFailure(.failing, "body is at least \(CountFormat.byteSize(size)), over the size limit of \(CountFormat.byteSize(limit)); --max-size changes it")
    }
}

/// A setting the HTTP source cannot start with (an unreadable `--ca-file`).
public struct HTTPSourceSetupError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
