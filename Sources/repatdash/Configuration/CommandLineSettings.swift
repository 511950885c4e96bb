import Curses

/// The settings given on the command line; nil where an option was not given,
/// so the config file and then the built-in default can fill in.
struct CommandLineSettings {
    var configPath: String?
    var snapshotPath: String?
    var staleAfterMinutes: Double?
    var crossingPoint: String?
    var sort: DistrictSort?
    var theme: ColorThemeName?
    /// `--no-color`: monochrome, whatever the theme.
    var noColor = false
    /// `--no-mouse`: leave the mouse to the terminal.
    var noMouse = false
    var maxSizeMiB: Int?
    var futureToleranceMinutes: Double?
    /// `--history-hours`.
    var historyHours: Int?
    var pollIntervalSeconds: Int?
    var caFile: String?
}
