/// Which config file the dashboard reads, and why that one.
///
/// In order: `--config FILE`; the `REPATDASH_CONFIG` environment variable (a
/// file, or `none` for no file at all, which test suites and scripts use to
/// keep an operator's own file out); `$XDG_CONFIG_HOME/repatdash/config.toml`;
/// `~/.config/repatdash/config.toml`. A file named explicitly must exist; the
/// default one may be missing (then every setting is built in).
struct ConfigurationFileLocation: Equatable {
    /// The file to read; nil when no file is read at all.
    let path: String?
    /// True when the operator named the file, so a missing one is an error.
    let isExplicit: Bool
    /// What chose it: `--config`, `REPATDASH_CONFIG`, `XDG_CONFIG_HOME` or `HOME`.
    let chosenBy: String

    static let environmentVariable = "REPATDASH_CONFIG"
    /// `REPATDASH_CONFIG=none`: read no file.
    static let noFile = "none"

    static func locate(commandLine: String?, environment: [String: String]) -> ConfigurationFileLocation {
        if let commandLine {
            return ConfigurationFileLocation(path: commandLine, isExplicit: true, chosenBy: "--config")
        }
        if let named = environment[environmentVariable], !named.isEmpty {
            return ConfigurationFileLocation(path: named == noFile ? nil : named, isExplicit: true, chosenBy: environmentVariable)
        }
        // XDG Base Directory: an empty or relative XDG_CONFIG_HOME is to be ignored.
        if let base = environment["XDG_CONFIG_HOME"], base.hasPrefix("/") {
            return ConfigurationFileLocation(path: base + "/repatdash/config.toml", isExplicit: false, chosenBy: "XDG_CONFIG_HOME")
        }
        if let home = environment["HOME"], !home.isEmpty {
            return ConfigurationFileLocation(path: home + "/.config/repatdash/config.toml", isExplicit: false, chosenBy: "HOME")
        }
        return ConfigurationFileLocation(path: nil, isExplicit: false, chosenBy: "neither HOME nor XDG_CONFIG_HOME set")
    }

    /// For `config --print`: the file and what became of it.
    func summary(wasRead: Bool) -> String {
        guard let path else {
            return isExplicit ? "none (\(chosenBy)=\(Self.noFile))" : "none (\(chosenBy))"
        }
        return "\(path) (\(wasRead ? "read" : "not present: built-in defaults"); chosen by \(chosenBy))"
    }
}
