/// The format's `timezone` is an IANA name (`Asia/Karachi`, `UTC`,
/// `Etc/GMT-5`). Foundation also accepts offset spellings such as
/// `GMT+14:00` or `UTC+5` as "custom" zones; they are not IANA names, other
/// readers of the same file would refuse them, and a fixed offset hides
/// daylight saving. They are refused with a hint that names what to write.
public enum TimeZoneNameRule {
    /// Why `identifier` is not an IANA name although Foundation would take
    /// it, with the name to use instead; nil for any other identifier.
    public static func offsetSpellingProblem(_ identifier: String) -> String? {
        guard let offset = offset(in: identifier) else { return nil }
        var hint = "use an IANA name like Asia/Karachi"
        // Etc/GMT zones exist for whole hours from -14 to +12, with the
        // POSIX sign: Etc/GMT-5 is five hours ahead of UTC.
        if offset.minutes == 0, (-12...14).contains(offset.hours) {
            let etc = offset.hours == 0 ? "Etc/UTC" : "Etc/GMT" + (offset.hours > 0 ? "-" : "+") + String(abs(offset.hours))
            hint += ", or \(etc) for a fixed offset of \(offset.hours >= 0 ? "+" : "-")\(abs(offset.hours)) hours (its sign is inverted)"
        }
        return "is a UTC offset, not an IANA time zone name; \(hint)"
    }

    /// `GMT+14:00`, `UTC+5`, `UT-0330`, `GMT+5:30`: a prefix, a sign, hours and
    /// optional minutes (with or without a colon).
    private static func offset(in identifier: String) -> (hours: Int, minutes: Int)? {
        var rest = Substring(identifier)
        guard let prefix = ["GMT", "UTC", "UT"].first(where: { rest.uppercased().hasPrefix($0) }) else { return nil }
        rest = rest.dropFirst(prefix.count)
        guard let sign = rest.first, sign == "+" || sign == "-" else { return nil }
        rest = rest.dropFirst()
        let parts = rest.split(separator: ":", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.count <= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else {
            return nil
        }
        var hoursText = parts[0], minutesText: Substring = "0"
        if parts.count == 2 {
            minutesText = parts[1]
        } else if hoursText.count > 2 {  // GMT+0530
            minutesText = hoursText.suffix(2)
            hoursText = hoursText.dropLast(2)
        }
        guard let hours = Int(hoursText), let minutes = Int(minutesText) else { return nil }
        return (sign == "-" ? -hours : hours, minutes)
    }
}
