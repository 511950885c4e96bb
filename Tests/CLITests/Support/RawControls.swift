/// What in a command's output a terminal would act on rather than show:
/// ESC (0x1B), every other C0 control but the line feed that ends a line,
/// DEL, C1 controls as code points (U+0080–U+009F; U+009B is an 8-bit CSI),
/// a raw byte that is not UTF-8 (an 8-bit control to a Latin-1 terminal),
/// and the bidi controls (U+202A–U+202E, U+2066–U+2069, LRM, RLM, ALM) and
/// line separators. Checked on the raw bytes, not on decoded text.
enum RawControls {
    static func found(in bytes: [UInt8]) -> [String] {
        var found: [String] = []
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return ["not valid UTF-8: a raw byte that is not a character"]
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let name = "U+" + String(value, radix: 16, uppercase: true)
            switch value {
            case 0x0A: continue
            case 0x1B: found.append("ESC")
            case 0x00...0x1F, 0x7F: found.append("C0 control or DEL \(name)")
            case 0x80...0x9F: found.append("C1 control \(name)")
            case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: found.append("bidi control \(name)")
            case 0x2028, 0x2029: found.append("line separator \(name)")
            default: continue
            }
        }
        return found
    }
}
