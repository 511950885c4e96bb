/// One String for each distinct text, for texts a snapshot repeats thousands
/// of times: province names (a `by_province` on every crossing row, a
/// province on every district) and crossing points. Making each occurrence
/// its own String took a tenth of decoding (callgrind): names longer than 15
/// bytes are allocated on the heap, then freed one by one with the snapshot.
/// Shared, they cost a reference count.
struct TextInterner {
    private var numbers = ByteKeyTable<Int>()
    private var texts: [String] = []

    /// The String for `utf8` (checked UTF-8, no escapes), made on first sight.
    mutating func text(_ utf8: UnsafeBufferPointer<UInt8>) -> String {
        // Two statements: in `text(number: number(utf8))` the call would see `self` from before `number` added the text.
        let number = number(utf8)
        return text(number: number)
    }

    /// The number of the text `utf8`: 0 for the first text seen, 1 for the
    /// next, and so on. Equal bytes, equal numbers.
    mutating func number(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        if let number = numbers.value(utf8) { return number }
        _ = numbers.insert(utf8, value: texts.count)
        texts.append(JSONStringDecoder.text(utf8))
        return texts.count - 1
    }

    func text(number: Int) -> String { texts[number] }
}
