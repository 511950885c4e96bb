/// Names of the files `e` writes: what the table is and when it was written,
/// so a directory of exports sorts by time and each name says what it holds.
///
///     repatdash-districts-20250407T1810.csv
///     repatdash-camps-kp-peshawar-20250407T1810-2.csv   (the second in that minute)
///
/// The time is the dashboard's clock in the snapshot's time zone, the zone
/// every time on the screen is given in.
public enum ExportFileName {
    public static func stem(for table: TableExport) -> String {
        let what = table.districtID.map { "camps-" + safe($0) } ?? safe(table.tableName)
        return "repatdash-" + what + "-" + stamp(table.exportedAt)
    }

    /// The name to try on the `attempt`-th go (1 first): `stem.csv`, then `stem-2.csv`, `stem-3.csv`...
    public static func candidate(stem: String, fileExtension: String, attempt: Int) -> String {
        (attempt <= 1 ? stem : stem + "-\(attempt)") + "." + fileExtension
    }

    /// `2025-04-07T18:10:00+05:00` → `20250407T1810`.
    static func stamp(_ rfc3339: String) -> String {
        let date = rfc3339.prefix(10).filter(\.isNumber)
        let time = rfc3339.dropFirst(11).prefix(5).filter(\.isNumber)
        return date + "T" + time
    }

    /// Ids are lower-case ASCII letters, digits and `-` by the snapshot format;
    /// anything else is dropped all the same, so a name can never leave the directory.
    static func safe(_ text: String) -> String {
        String(text.unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }.map(Character.init))
    }
}
