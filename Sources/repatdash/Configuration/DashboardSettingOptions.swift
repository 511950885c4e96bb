import ArgumentParser
import Curses
import Foundation
import DashboardUI
import HTTPSnapshotSource

/// The dashboard's options that a config file can also set. They are
/// optional, so "not given" lets the file (then the built-in default) decide.
struct DashboardSettingOptions: ParsableArguments {
    /// Up to a year: beyond that "stale" means nothing, and the figure stays far from any overflow.
    static let maximumStaleAfterMinutes = 525_600.0

    @Option(name: .customLong("stale-after"), help: ArgumentHelp(
        "Say STALE when the newest snapshot is older than this many minutes (default: \(ConfigurationFile.format(DisplayOptions.defaultStaleAfterSeconds / 60))).",
        valueName: "minutes"))
    var staleAfterMinutes: Double?

    @Option(help: ArgumentHelp("Start on this crossing point (default: the first, Torkham when present).", valueName: "name"))
    var point: String?

    @Option(help: ArgumentHelp("Colour theme; --no-color and NO_COLOR always give monochrome.", valueName: "theme"))
    var theme: ColorThemeName?

    @Option(name: .customLong("poll-interval"), help: ArgumentHelp(
        "For a URL: ask the server again every this many seconds, 1 to 3600 (default: \(HTTPSourceSettings.defaultPollIntervalSeconds)).",
        valueName: "seconds"))
    var pollIntervalSeconds: Int?

    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal (its own text selection) instead of clicks and the wheel.")
    var noMouse = false

    @OptionGroup var configuration: ConfigurationOptions

    func validate() throws {
        if let staleAfterMinutes, !(staleAfterMinutes > 0 && staleAfterMinutes <= Self.maximumStaleAfterMinutes) {
            throw ValidationError("--stale-after must be more than 0 and at most 525600 minutes (a year), got \(ConfigurationFile.format(staleAfterMinutes))")
        }
        if let pollIntervalSeconds, !HTTPSourceSettings.acceptedPollIntervals.contains(pollIntervalSeconds) {
            throw ValidationError("--poll-interval must be from 1 to 3600 (seconds), got \(pollIntervalSeconds)")
        }
        if let point, point.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--point must name a crossing point, such as Torkham")
        }
        _ = try configuration.districtSort()
    }
}
