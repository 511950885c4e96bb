/// Where a scalar's text sits in the bytes: inside the quotes for strings,
/// the whole number otherwise. Text is converted only when it is used.
struct JSONSpan: Sendable, Equatable {
    let start: Int
    let length: Int
    /// Strings: the text holds a backslash escape. Numbers: the text is a
    /// plain non-negative integer (digits only), the common case for counts.
    let flag: Bool
}
