import DashboardCore
import ArgumentParser

/// Options the dashboard, `render` and `config` share: which config file to
/// read, and the districts table's starting sort.
struct ConfigurationOptions: ParsableArguments {
    @Option(name: .customLong("config"), help: ArgumentHelp(
        "Read settings from this TOML file instead of $XDG_CONFIG_HOME/repatdash/config.toml (see config.example.toml).",
        valueName: "file"))
    var configPath: String?

    @Option(help: ArgumentHelp("Sort the districts table by COLUMN (name, province, camps, population, change), optionally -asc or -desc, such as population-desc.",
                               valueName: "column[-order]"))
    var sort: String?

    @Option(name: .customLong("history-hours"), help: ArgumentHelp(
        "Keep the figures of this many hours of snapshots for baselines (b), time travel ([ ]) and trends (default: \(ShiftHistory.defaultHours)).",
        valueName: "hours"))
    var historyHours: Int?

    func validate() throws {
        if let historyHours, !(1...ShiftHistory.maximumHours).contains(historyHours) {
            throw ValidationError("--history-hours must be from 1 to \(ShiftHistory.maximumHours), got \(historyHours)")
        }
        if let sort, DistrictSort(text: sort) == nil {
            throw ValidationError("--sort must be \(DistrictSort.accepted), got \(sort)")
        }
    }

    var parsedSort: DistrictSort? { sort.flatMap(DistrictSort.init(text:)) }
}
