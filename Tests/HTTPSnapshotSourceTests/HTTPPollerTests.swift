import Foundation
import SnapshotSources
import Testing
@testable import HTTPSnapshotSource

/// What the poller tells the run loop for each outcome: the problem once per
/// change of wording, `recovered` before the first answer after it, every body
/// under the URL. No request is made here (the fetcher is never asked).
@Suite struct HTTPPollerTests {
    static let url = "http://127.0.0.1:9/latest.json"

    static func poller() throws -> HTTPPoller {
        let fetcher = try HTTPSnapshotFetcher(settings: HTTPSourceSettings(url: url, pollIntervalSeconds: 5))
        return HTTPPoller(fetcher: fetcher, intervalMilliseconds: 5000) { _ in true }
    }

    @Test func aFailureIsReportedOnceWithItsStartTimeAndClearedByTheNextAnswer() throws {
        let poller = try Self.poller()
        let refused = HTTPFetchFailure(.unreachable, "connection refused")
        let first = poller.changes(for: .failed(refused))
        guard case .problem(let message) = first.first, first.count == 1 else {
            Issue.record("one problem expected, got \(first)")
            return
        }
        #expect(message.hasPrefix("source unreachable since "))
        #expect(message.hasSuffix(": connection refused"))
        // "since HH:MM": five characters, two digits, a colon, two digits.
        let time = message.dropFirst("source unreachable since ".count).prefix(5)
        #expect(time.count == 5 && time.dropFirst(2).first == ":" && time.filter(\.isNumber).count == 4)
        #expect(poller.changes(for: .failed(refused)).isEmpty, "the same problem is not reported again")
        let notFound = poller.changes(for: .failed(HTTPFetchFailure(.failing, "HTTP 404 Not Found")))
        #expect(notFound == [.problem("source failing since \(time): HTTP 404 Not Found")], "the start of the run of failures is kept")
        #expect(poller.changes(for: .notModified) == [.recovered])
        #expect(poller.changes(for: .notModified).isEmpty)
    }

    @Test func aBodyComesUnderTheURLAfterRecovered() throws {
        let poller = try Self.poller()
        _ = poller.changes(for: .failed(HTTPFetchFailure(.unreachable, "connection refused")))
        let bytes = Array("{}".utf8)
        #expect(poller.changes(for: .body(bytes, HTTPValidators(etag: "\"1\""))) == [.recovered, .fetched(path: Self.url, bytes: bytes)])
        #expect(poller.changes(for: .body(bytes, HTTPValidators(etag: "\"2\""))) == [.fetched(path: Self.url, bytes: bytes)])
    }

    @Test func urlsAreToldFromPaths() {
        #expect(HTTPSourceSettings.isURL("https://host/latest.json"))
        #expect(HTTPSourceSettings.isURL("HTTP://host/latest.json"))
        #expect(!HTTPSourceSettings.isURL("./http://host"))
        #expect(!HTTPSourceSettings.isURL("/srv/snapshots"))
        #expect(!HTTPSourceSettings.isURL("ftp://host/latest.json"))
    }
}
