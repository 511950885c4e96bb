import AsyncHTTPClient
import Glibc
import NIOCore
import NIOHTTPCompression
import NIOPosix
import NIOSSL
import DashboardCore

/// Plain words for what went wrong with a request: "connection refused",
/// "cannot resolve host …", "TLS certificate not trusted …", rather than the
/// library's type names, so the operator knows whom to call.
enum HTTPFailureDescription {
    static func describe(_ error: Error, url: String, settings: HTTPSourceSettings) -> HTTPFetchFailure {
        if let connection = error as? NIOConnectionError {
            if let first = connection.connectionErrors.first {
                return describe(first.error, url: url, settings: settings)
            }
            return HTTPFetchFailure(.unreachable, "cannot resolve host \(connection.host)")
        }
        if let io = error as? IOError {
            return HTTPFetchFailure(.unreachable, systemMessage(io.errnoCode))
        }
        if let ssl = error as? NIOSSLError {
            return HTTPFetchFailure(.unreachable, tlsMessage(String(describing: ssl), settings: settings))
        }
        if let extra = error as? NIOSSLExtraError {
            let text = String(describing: extra)
            if text.contains("hostname") || text.contains("Hostname") {
                return HTTPFetchFailure(.unreachable, "TLS certificate does not name this host (\(hostName(of: url)))")
            }
            return HTTPFetchFailure(.unreachable, "TLS: \(text)")
        }
        if error is NIOHTTPDecompression.DecompressionError {
            return overLimitWhileInflating(settings.sizeLimit)
        }
        if let client = error as? HTTPClientError {
            return describe(client, settings: settings)
        }
        let text = String(describing: error)
        if text.contains("NXDOMAIN") || text.contains("getaddrinfo") || text.contains("SocketAddressError") {
            return HTTPFetchFailure(.unreachable, "cannot resolve host \(hostName(of: url))")
        }
        return HTTPFetchFailure(.unreachable, text)
    }

    private static func describe(_ error: HTTPClientError, settings: HTTPSourceSettings) -> HTTPFetchFailure {
        switch error {
        case .connectTimeout: return HTTPFetchFailure(.unreachable, "no connection within \(settings.connectTimeoutSeconds) s (connect timeout)")
        case .readTimeout: return HTTPFetchFailure(.failing, "server sent nothing for \(settings.readTimeoutSeconds) s (read timeout)")
        case .deadlineExceeded: return HTTPFetchFailure(.failing, "no complete answer within \(settings.readTimeoutSeconds * 6) s")
        case .tlsHandshakeTimeout: return HTTPFetchFailure(.unreachable, "TLS handshake timed out")
        case .remoteConnectionClosed: return HTTPFetchFailure(.failing, "the server closed the connection")
        case .redirectLimitReached: return HTTPFetchFailure(.failing, "more than \(HTTPSourceSettings.maxRedirects) redirects")
        case .redirectCycleDetected: return HTTPFetchFailure(.failing, "redirects go round in a loop")
        case .invalidURL, .emptyHost, .emptyScheme: return HTTPFetchFailure(.failing, "not a usable http(s) URL")
        default: return HTTPFetchFailure(.failing, String(describing: error))
        }
    }

    /// BoringSSL's errors name the cause in capitals (CERTIFICATE_VERIFY_FAILED); said plainly.
    private static func tlsMessage(_ text: String, settings: HTTPSourceSettings) -> String {
        if text.contains("CERTIFICATE_VERIFY_FAILED") {
            let trusted = settings.caFile.map { "the CA in \($0)" } ?? "this machine's CA bundle (a private CA is given with --ca-file)"
            return "TLS certificate not trusted: not signed by \(trusted)"
        }
        if text.contains("WRONG_VERSION_NUMBER") { return "TLS handshake failed: the server does not speak TLS on this port (http:// meant?)" }
        return "TLS handshake failed: \(text)"
    }

    static func overLimitWhileInflating(_ limit: Int) -> HTTPFetchFailure {
        HTTPFetchFailure(.failing, "body once unzipped is over the size limit of \(CountFormat.byteSize(limit)); --max-size changes it")
    }

    static func systemMessage(_ code: Int32) -> String {
        ErrorWording.errnoText(code).lowercased()
    }

    static func hostName(of url: String) -> String {
        let afterScheme = url.split(separator: "/", omittingEmptySubsequences: false).dropFirst(2).first.map(String.init) ?? url
        return afterScheme.split(separator: "@").last.map(String.init) ?? afterScheme
    }
}
