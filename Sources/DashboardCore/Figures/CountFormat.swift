/// Text for counts as every pane shows them. Fixed rules rather than the
/// machine's locale, so a screen reads the same wherever the dashboard runs
/// and tests can state the exact text: comma every three digits, ASCII `-`
/// for negatives (terminals and log files render it everywhere).
public enum CountFormat {
    /// `353140` → `353,140`; `-1204` → `-1,204`.
    public static func count(_ value: Int) -> String {
        (value < 0 ? "-" : "") + grouped(value.magnitude)
    }

    /// A change, always signed when not zero: `+1,204`, `-35`, `0`.
    public static func change(_ value: Int) -> String {
        value > 0 ? "+" + grouped(value.magnitude) : count(value)
    }

    /// A change that may be unknown: the `unknown` text when nil (for example
    /// for a district or camp that was not in the previous snapshot).
    public static func change(_ value: Int?, unknown: String) -> String {
        value.map { change($0) } ?? unknown
    }

    /// A non-integral figure such as a daily average, rounded half away from
    /// zero to `fractionDigits` places: `2904.33` → `2,904.3` with 1 digit.
    /// `-` for a value that is not a finite number.
    public static func decimal(_ value: Double, fractionDigits: Int = 1) -> String {
        guard value.isFinite else { return "-" }
        let digits = max(0, min(fractionDigits, 9))
        var scale = 1
        for _ in 0..<digits { scale *= 10 }
        let scaled = (value.magnitude * Double(scale)).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9.0e18 else { return "-" }
        let units = UInt(scaled)
        let whole = units / UInt(scale)
        var text = (value < 0 && units != 0 ? "-" : "") + grouped(whole)
        if digits > 0 {
            text += "." + String(units % UInt(scale)).leftPadded(to: digits)
        }
        return text
    }

    /// `part` of `whole` as a percentage that is never false at its ends:
    /// rounded half up to `fractionDigits` places, except that `100.0%`
    /// means all and `0.0%` means none. A share strictly between shows
    /// strictly between: 1,999 of 2,000 (99.95%) is `99.9%`, 1 of 20,000
    /// (0.005%) is `0.1%`. `part` is held within `0...whole`; `-` when
    /// `whole` is not positive (no base to take a share of).
    public static func percent(_ part: Int, of whole: Int, fractionDigits: Int = 1) -> String {
        guard whole > 0 else { return "-" }
        let part = min(max(0, part), whole)
        let digits = max(0, min(fractionDigits, 6))
        var scale = 1
        for _ in 0..<digits { scale *= 10 }
        let full = 100 * scale  // "100%" in units of the last digit shown
        var units = roundedUnits(part, of: whole, full: full)
        if part > 0 { units = max(units, 1) }
        if part < whole { units = min(units, full - 1) }
        var text = String(units / scale)
        if digits > 0 { text += "." + String(units % scale).leftPadded(to: digits) }
        return text + "%"
    }

    /// `part × full / whole` rounded half up, exactly in integers (a Double
    /// can turn 99.95 into 99.9499…); through Double only past Int's range.
    private static func roundedUnits(_ part: Int, of whole: Int, full: Int) -> Int {
        let (scaled, overflow) = part.multipliedReportingOverflow(by: 2 * full)
        guard !overflow, whole <= Int.max / 2 else {
            return Int((Double(part) / Double(whole) * Double(full)).rounded(.toNearestOrAwayFromZero))
        }
        return (scaled + whole) / (2 * whole)
    }

    /// A size that must be exact (a file against the size limit): the bytes,
    /// and beside them the KiB or MiB a person thinks in. A rounded size
    /// alone would say "64.0 MiB is over the limit of 64 MiB".
    /// `512` → `512 bytes`; `67108864` → `64 MiB (67,108,864 bytes)`;
    /// `67108865` → `67,108,865 bytes (64.0 MiB)`.
    public static func byteSize(_ bytes: Int) -> String {
        let exact = count(bytes) + (bytes == 1 ? " byte" : " bytes")
        guard bytes.magnitude >= 1024 else { return exact }
        let (unit, name) = bytes.magnitude >= 1 << 20 ? (1 << 20, "MiB") : (1024, "KiB")
        if bytes % unit == 0 { return "\(count(bytes / unit)) \(name) (\(exact))" }
        // Rounded down: 67,108,865 bytes must not read as 64.1 MiB nor the 64.0 limit read as more.
        let tenths = Double((bytes.magnitude * 10) / UInt(unit)) / 10
        return "\(exact) (\(decimal(tenths, fractionDigits: 1)) \(name))"
    }

    private static func grouped(_ magnitude: UInt) -> String {
        let digits = Array(String(magnitude).utf8)
        var out = [UInt8]()
        out.reserveCapacity(digits.count + digits.count / 3)
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(UInt8(ascii: ",")) }
            out.append(digit)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
