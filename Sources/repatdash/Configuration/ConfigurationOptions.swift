import DashboardCore
import ArgumentParser

/// Options the dashboard, `render` and `config` share: which config file to
/// read, and the districts table's starting sort.
struct ConfigurationOptions: ParsableArguments {
    @Option(name: .customLong("config"), help: ArgumentHelp(
        "Read settings from this TOML file instead of $XDG_CONFIG_HOME/repatdash/config.toml (see config.example.toml).",
        valueName: "file"))
    var configPath: String?

    @Option(help: ArgumentHelp(
        "Sort the districts table by COLUMN (\(DistrictSort.columnList)), optionally -asc or -desc, such as change-desc. "
            + "With render --district, the camps table (\(CampSort.columnList)).",
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
        // Which table the sort is for is the command's to say (`districtSort()`, `campSort()`); here it must fit one.
        if let sort, DistrictSort(text: sort) == nil, CampSort(text: sort) == nil {
            throw ValidationError("--sort must be \(DistrictSort.accepted), got \(sort)")
        }
    }

    /// `--sort` for the districts table; a usage error naming its columns when it names none of them.
    func districtSort() throws -> DistrictSort? { try parsedSort(for: "the districts table") }

    /// `--sort` for the camps table (`render --district`); a usage error naming its columns otherwise.
    func campSort() throws -> CampSort? { try parsedSort(for: "the camps table (--district)") }

    private func parsedSort<Column>(for table: String) throws -> TableSort<Column>? {
        guard let sort else { return nil }
        guard let parsed = TableSort<Column>(text: sort) else {
            throw ValidationError("--sort for \(table) must be \(TableSort<Column>.accepted), got \(sort)")
        }
        return parsed
    }
}
