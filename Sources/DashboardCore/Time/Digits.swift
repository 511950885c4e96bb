/// Fixed-width decimal fields, as found in dates and times.
enum Digits {
    /// The value of `count` ASCII digits starting at `offset`, or nil if any is not a digit.
    static func value(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int, _ count: Int) -> Int? {
        var result = 0
        for i in offset..<(offset + count) {
            let digit = Int(bytes[i]) - 48
            guard digit >= 0, digit <= 9 else { return nil }
            result = result * 10 + digit
        }
        return result
    }

    static func padded(_ value: Int, _ width: Int) -> String {
        String(value).leftPadded(to: width)
    }
}
