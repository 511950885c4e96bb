// libFuzzer entry point for the snapshot parser and validator.
//
// Built outside Package.swift by scripts/fuzz.sh (`make fuzz`): swiftc compiles
// DashboardCore's sources and this file into one module with
// `-sanitize=fuzzer,address`, so the core types are visible without an import.
//
// Per input:
// - JSONParser.parse must return a document or throw JSONSyntaxError;
// - SnapshotDecoder.decode must return a report; an invalid report must name
//   at least one error; a valid one must hold a snapshot;
// - the report must be the same with the decoder's fast paths turned off
//   (they read common camps and crossings on their own, and must never
//   change a report);
// - a valid snapshot must round-trip: encode (compact and pretty), decode
//   again, same snapshot, still valid;
// - `ByteKeyTable`, which both decodes share, agrees with a Dictionary on
//   the input cut into keys at each ','.
// A crash, a sanitizer report, a failed check below, an input slower than
// -timeout or memory over -rss_limit_mb is a finding.

/// A fixed clock (the bundled sample's 21:30 on 7 April 2025, Asia/Karachi):
/// the outcome of an input must not depend on when the fuzzer runs.
let fuzzNow = Instant(epochSeconds: 1_744_043_400, utcOffsetSeconds: 5 * 3600)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))

    // The parser on its own: a document, or a syntax error with a place.
    do {
        let document = try JSONParser.parse(bytes)
        precondition(!document.nodes.isEmpty, "parsed document without a root node")
    } catch {
        precondition(!error.message.isEmpty, "syntax error without a message")
        precondition(error.offset >= 0 && error.offset <= size, "syntax error offset \(error.offset) outside 0...\(size)")
    }

    checkSharedFastPaths(bytes)

    // Parser + every validation rule.
    let report = SnapshotDecoder.decode(bytes, now: fuzzNow)
    let general = SnapshotDecoder.decode(bytes, now: fuzzNow, fastPaths: false)
    precondition(report.snapshot == general.snapshot && report.issues == general.issues
                 && report.errorCount == general.errorCount && report.warningCount == general.warningCount,
                 "the fast paths changed the report: \(report.issues.prefix(3)) against \(general.issues.prefix(3))")
    if report.isValid {
        guard let snapshot = report.snapshot else { fatalError("valid report without a snapshot") }
        for pretty in [false, true] {
            let again = SnapshotDecoder.decode(SnapshotEncoder(pretty: pretty).encode(snapshot), now: fuzzNow)
            precondition(again.isValid, "re-encoded snapshot is invalid: \(again.issues.prefix(3))")
            precondition(again.snapshot == snapshot, "snapshot does not round-trip (pretty: \(pretty))")
        }
    } else {
        precondition(report.snapshot == nil, "invalid report with a snapshot")
        precondition(!report.errors.isEmpty, "invalid report without an error message")
        for issue in report.issues {
            precondition(!issue.message.isEmpty, "issue without a message")
            _ = issue.description
        }
    }
    return 0
}

/// The byte-key table against a Dictionary.
func checkSharedFastPaths(_ bytes: [UInt8]) {
    var table = ByteKeyTable<Int>(minimumCapacity: 1)
    var dictionary: [ArraySlice<UInt8>: Int] = [:]
    for (index, key) in bytes.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false).enumerated() {
        let first = key.withUnsafeBufferPointer { table.insert($0, value: index) }
        precondition(first == dictionary[key], "ByteKeyTable and Dictionary disagree on key \(index)")
        if dictionary[key] == nil { dictionary[key] = index }
    }
}
