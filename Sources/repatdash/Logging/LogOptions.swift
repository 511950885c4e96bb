import ArgumentParser

/// `--log FILE` and `--log-level`: where the dashboard's operational messages
/// go. Without `--log` nothing is logged anywhere (stderr belongs to the
/// terminal while the dashboard runs).
struct LogOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Append operational messages (files read and rejected, rescans, signals, start and exit) to this file.",
        valueName: "file"))
    var log: String?

    @Option(name: .customLong("log-level"), help: ArgumentHelp("The least important messages written to the --log file.", valueName: "level"))
    var logLevel: LogLevelName = .info

    @Flag(name: .customLong("log-follow-symlink"), help: ArgumentHelp(
        "Allow the --log file to be a symbolic link and append where it points (refused by default: a planted link could aim the log at any file)."))
    var logFollowSymlink = false
}
