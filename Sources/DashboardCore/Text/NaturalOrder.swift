/// Names as people read them: `833-2` before `833-10`, `camp 9` before
/// `Camp 10`. A run of ASCII digits compares by its value; everything else
/// compares case- and diacritic-insensitively (`FoldedBytes`), character by
/// character. Names that are still equal (`Kohat`, `KOHAT`) fall back to
/// their exact spelling, so the order is total and the same on every run.
///
/// The comparison is on a byte key per name (`key(of:)`); `NaturalName`
/// keeps it, so sorting 10,000 districts compares bytes, not Strings.
public enum NaturalOrder {
    /// Whether `a` comes before `b`.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        a != b && NaturalName(a) < NaturalName(b)
    }

    /// Bytes whose lexicographic order is the natural order of the names
    /// (up to ties between spellings of one folded name). A digit run is
    /// written as `0`, the count of its digits after any leading zeros in four bytes, then
    /// its digits: a longer number is a larger one, and the run still sorts
    /// where a digit would among other characters (after `-`, before `a`).
    public static func key(of name: String) -> [UInt8] {
        let folded = FoldedBytes.of(name)
        var key: [UInt8] = []
        key.reserveCapacity(folded.count + 8)
        var index = 0
        while index < folded.count {
            guard isDigit(folded[index]) else {
                key.append(folded[index])
                index += 1
                continue
            }
            var start = index
            while index < folded.count, isDigit(folded[index]) { index += 1 }
            // Leading zeros say nothing of the value: `007` is `7`, and `0` is the empty run.
            while start < index, folded[start] == UInt8(ascii: "0") { start += 1 }
            let significant = folded[start..<index]
            let length = UInt32(significant.count)
            key.append(UInt8(ascii: "0"))
            key.append(contentsOf: [UInt8(length >> 24 & 0xFF), UInt8(length >> 16 & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length & 0xFF)])
            key.append(contentsOf: significant)
        }
        return key
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
}
