import Foundation
import Testing

/// `render --sort COLUMN[-asc|-desc]` for every column of both tables, on
/// `SortingSnapshots`, whose orders are worked out by hand there; and the
/// errors that name the columns a table has.
@Suite struct RenderSortTests {
    static func names(_ directory: ScratchDirectory, _ extra: [String]) throws -> [String] {
        let result = try RepatdashProcess.run(["render", directory.path, "--now", SortingSnapshots.now, "--format", "csv"] + extra)
        #expect(result.status == 0, "\(result.standardError)")
        return CSVTable(result.standardOutput).rows.map { $0[0] }
    }

    @Test(arguments: SortingSnapshots.districtOrders.keys.sorted())
    func everyDistrictColumnSortsBothWays(_ column: String) throws {
        let directory = try SortingSnapshots.directory()
        let expected = try #require(SortingSnapshots.districtOrders[column])
        // The gone district is listed last whatever the sort.
        #expect(try Self.names(directory, ["--sort", column + "-desc"]) == expected.descending + ["Kurram"], "\(column)-desc")
        #expect(try Self.names(directory, ["--sort", column + "-asc"]) == expected.ascending + ["Kurram"], "\(column)-asc")
    }

    @Test(arguments: SortingSnapshots.campOrders.keys.sorted())
    func everyCampColumnSortsBothWays(_ column: String) throws {
        let directory = try SortingSnapshots.directory()
        let expected = try #require(SortingSnapshots.campOrders[column])
        let zhob = ["--district", "bl-zhob"]
        #expect(try Self.names(directory, zhob + ["--sort", column + "-desc"]) == expected.descending + ["Camp 5"], "\(column)-desc")
        #expect(try Self.names(directory, zhob + ["--sort", column + "-asc"]) == expected.ascending + ["Camp 5"], "\(column)-asc")
    }

    /// A column alone takes its own direction: names and status A→Z, figures largest first.
    @Test func aColumnAloneTakesItsOwnDirection() throws {
        let directory = try SortingSnapshots.directory()
        #expect(try Self.names(directory, ["--sort", "name"]) == ["833-2", "833-10", "Attock", "bannu", "Newtown", "Zhob", "Kurram"])
        #expect(try Self.names(directory, ["--sort", "change"]) == ["833-10", "Newtown", "833-2", "Zhob", "bannu", "Attock", "Kurram"])
        #expect(try Self.names(directory, ["--district", "bl-zhob", "--sort", "status"]) == ["Old Camp", "camp 1", "Camp 2", "Camp 9", "Camp 10", "Camp 5"])
        #expect(try Self.names(directory, ["--district", "bl-zhob", "--sort", "households"]) == ["camp 1", "Camp 2", "Camp 9", "Camp 10", "Old Camp", "Camp 5"])
    }

    /// The text frame marks the sorted column's header with its direction, `v` / `^` in ASCII.
    @Test func theFrameMarksTheSortedColumn() throws {
        let directory = try SortingSnapshots.directory()
        let frame = try RepatdashProcess.run(["render", directory.path, "--now", SortingSnapshots.now, "--size", "80x24", "--sort", "households-asc"])
        #expect(frame.status == 0, "\(frame.standardError)")
        let header = try #require(frame.standardOutput.split(separator: "\n").first { $0.contains(" District ") })
        #expect(header.contains("Households ▲"), "\(header)")
        #expect(!header.contains("Population ▼"))
        let ascii = try RepatdashProcess.run(["render", directory.path, "--now", SortingSnapshots.now, "--size", "80x24", "--ascii",
                                              "--district", "bl-zhob", "--sort", "denotified-desc"])
        let asciiHeader = try #require(ascii.standardOutput.split(separator: "\n").first { $0.contains(" Camp ") })
        #expect(asciiHeader.contains("De-notified v"), "\(asciiHeader)")
    }

    @Test func aColumnTheTableLacksIsRefusedWithItsColumns() throws {
        let directory = try SortingSnapshots.directory()
        let status = try RepatdashProcess.run(["render", directory.path, "--sort", "status"])
        #expect(status.status == 2)
        #expect(status.standardError.contains(
            "--sort for the districts table must be COLUMN, COLUMN-asc or COLUMN-desc with COLUMN one of "
                + "name, province, camps, population, por, acc, undocumented, other, households, change, got status"), "\(status.standardError)")
        let province = try RepatdashProcess.run(["render", directory.path, "--district", "bl-zhob", "--sort", "province-desc"])
        #expect(province.status == 2)
        #expect(province.standardError.contains(
            "--sort for the camps table (--district) must be COLUMN, COLUMN-asc or COLUMN-desc with COLUMN one of "
                + "name, status, population, por, acc, undocumented, other, households, denotified, change, got province-desc"),
                "\(province.standardError)")
        // The dashboard has no camps table to start with: a camps-only column is refused there too.
        let dashboard = try RepatdashProcess.run(["config", "--print", "--sort", "denotified"])
        #expect(dashboard.status == 2)
        #expect(dashboard.standardError.contains("--sort for the districts table must be"), "\(dashboard.standardError)")
    }
}
