/// Where an effective setting came from, as `repatdash config --print` shows it.
enum SettingOrigin: Equatable, CustomStringConvertible {
    /// Built into repatdash.
    case builtIn
    /// A line of the configuration file.
    case file(path: String, line: Int)
    /// An option or argument on the command line, e.g. `--theme`.
    case commandLine(String)
    /// An environment variable, e.g. `NO_COLOR`.
    case environment(String)

    var description: String {
        switch self {
        case .builtIn: "default"
        case .file(let path, let line): "\(path):\(line)"
        case .commandLine(let option): "command line (\(option))"
        case .environment(let variable): "environment (\(variable))"
        }
    }
}
