import DashboardCore
import Foundation
@testable import DashboardUI

/// Dashboard states built from the bundled sample snapshots at a fixed clock,
/// so golden screens do not move with the date.
enum TestStates {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let bundledPath = repository.appendingPathComponent("Resources/snapshots").path
    /// Ten minutes after the last sample snapshot (21:00 in Karachi): fresh, not STALE.
    static let now = Instant(rfc3339: "2025-04-07T21:10:00+05:00")!

    /// Every bundled snapshot file, oldest first (06:00 to 21:00, every 3 hours).
    static let bundledFiles: [SnapshotFile] = {
        try! SnapshotLoader.snapshotPaths(inDirectory: bundledPath).map { SnapshotLoader().load(path: $0, now: now) }
    }()

    /// A store fed the first `count` bundled files, as a dashboard that has read them.
    static func store(upTo count: Int) -> SnapshotStore {
        var store = SnapshotStore()
        for file in bundledFiles.prefix(count) { store.add(file) }
        return store
    }

    static let bundledStore: SnapshotStore = {
        try! SnapshotStore.load(path: bundledPath, now: now)
    }()

    static func bundled(width: Int = 120, height: Int = 40, ascii: Bool = false, now: Instant = now) -> AppState {
        var state = AppState(sourcePath: "Resources/snapshots", now: now, width: width, height: height, options: DisplayOptions(ascii: ascii))
        state.update(.snapshots(bundledStore))
        return state
    }

    /// Sends keys in order; returns the effects of the last one.
    @discardableResult
    static func press(_ keys: [Key], on state: inout AppState) -> [Effect] {
        var effects: [Effect] = []
        for key in keys { effects = state.update(.key(key)) }
        return effects
    }

    static func type(_ text: String, on state: inout AppState) {
        for character in text { state.update(.key(.character(character))) }
    }
}
