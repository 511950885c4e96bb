import DashboardUI

/// Finds SGR 1006 mouse reports (`ESC [ < b ; x ; y M`, `m` for a release)
/// among the keys ncurses delivered, which hands their bytes over one by one
/// as an Escape and characters (the dashboard asked the terminal for the
/// reports itself, so ncurses does not match them). Pure, so every case is
/// unit-tested without a terminal:
///
/// - a report cut by a read (its bytes split across two SSH packets) is kept
///   and finished by the next batch;
/// - a report whose Escape ncurses already gave up alone (the rest came after
///   `ESCDELAY`) is still recognised, whole, by `[<` and its digits;
/// - drags, horizontal wheels and extra buttons are dropped, never read as keys.
///
/// What is left of a batch then goes through `UnrecognisedEscapeSequence`.
public struct MouseReportDecoder: Sendable {
    /// The keys of a report a batch ended in the middle of.
    public private(set) var pending: [Key] = []
    /// Longer than any report (`ESC [ < 127 ; 9999 ; 9999 M` is 18): past it a "report" is noise.
    static let longestReport = 32

    public init() {}

    /// One batch of keys as drained from the terminal, in order, mouse reports decoded.
    /// `milliseconds` (monotonic) stamps the reports, for telling a double-click.
    public mutating func decode(_ keys: [Key], milliseconds: Int64) -> [TerminalInput] {
        let input = pending + keys
        pending = []
        var inputs: [TerminalInput] = []
        var plainKeys: [Key] = []
        func flushKeys() {
            inputs += UnrecognisedEscapeSequence.removed(from: plainKeys).map(TerminalInput.key)
            plainKeys = []
        }
        var index = 0
        while index < input.count {
            let escaped = input[index] == .escape
            let start = escaped ? index + 1 : index
            // Without its Escape, a report counts only when it is whole: `[` and `<` alone are keys.
            guard Self.startsReport(input, at: start, escaped: escaped) else {
                plainKeys.append(input[index])
                index += 1
                continue
            }
            switch Self.parse(input, from: start + 2) {
            case .incomplete where escaped:
                if input.count - index <= Self.longestReport { pending = Array(input[index...]) }
                index = input.count
            case .incomplete:
                plainKeys.append(input[index])
                index += 1
            case .malformed(let end):
                // Not a report after all: dropped whole, as any unrecognised sequence is.
                index = end
            case .report(let parameters, let isRelease, let end):
                if let event = Self.event(parameters, isRelease: isRelease, milliseconds: milliseconds) {
                    flushKeys()
                    inputs.append(.mouse(event))
                }
                index = end
            }
        }
        flushKeys()
        return inputs
    }

    /// `[` then `<` at `start` (after an Escape, or alone); with an Escape, also the start of one cut short.
    private static func startsReport(_ keys: [Key], at start: Int, escaped: Bool) -> Bool {
        guard start < keys.count, keys[start] == .character("[") else { return false }
        guard start + 1 < keys.count else { return escaped }
        return keys[start + 1] == .character("<")
    }

    private enum Parsed {
        case incomplete
        case malformed(end: Int)
        case report([Int], isRelease: Bool, end: Int)
    }

    /// The parameters `b;x;y` from `start` to the final `M` or `m`.
    private static func parse(_ keys: [Key], from start: Int) -> Parsed {
        var parameters = [0]
        var digits = 0
        var tooLong = false
        var index = start
        while index < keys.count {
            guard case .character(let character) = keys[index] else { return .malformed(end: index) }
            index += 1
            switch character {
            case "0"..."9":
                digits += 1
                // Five digits are more cells than any terminal has; more would only overflow.
                if digits > 5 { tooLong = true }
                if tooLong { continue }
                parameters[parameters.count - 1] = parameters[parameters.count - 1] * 10 + Int(character.wholeNumberValue ?? 0)
            case ";":
                guard digits > 0, parameters.count < 3 else { return .malformed(end: index) }
                parameters.append(0)
                digits = 0
            case "M", "m":
                guard digits > 0, parameters.count == 3, !tooLong else { return .malformed(end: index) }
                return .report(parameters, isRelease: character == "m", end: index)
            default:
                // As for any CSI sequence: a final byte ends it, anything else is a key of its own.
                let isFinal = character.asciiValue.map { (0x40...0x7E).contains($0) } ?? false
                return .malformed(end: isFinal ? index : index - 1)
            }
        }
        return .incomplete
    }

    /// The report's button byte read: low bits the button, 4 Shift, 8 Alt,
    /// 16 Ctrl, 32 motion, 64 the wheel, 128 the extra buttons. Nil for what
    /// the dashboard does not use.
    static func event(_ parameters: [Int], isRelease: Bool, milliseconds: Int64) -> MouseEvent? {
        let code = parameters[0], col = parameters[1] - 1, row = parameters[2] - 1
        guard col >= 0, row >= 0, code & (32 | 128) == 0 else { return nil }
        var modifiers: MouseEvent.Modifiers = []
        if code & 4 != 0 { modifiers.insert(.shift) }
        if code & 8 != 0 { modifiers.insert(.alt) }
        if code & 16 != 0 { modifiers.insert(.control) }
        let action: MouseEvent.Action
        if code & 64 != 0 {
            // Wheel notches come as presses only; 2 and 3 are the horizontal wheel.
            guard !isRelease else { return nil }
            switch code & 3 {
            case 0: action = .wheelUp
            case 1: action = .wheelDown
            default: return nil
            }
        } else if isRelease || code & 3 == 3 {
            action = .release
        } else {
            action = .press([MouseEvent.Button.left, .middle, .right][code & 3])
        }
        return MouseEvent(action, row: row, col: col, modifiers: modifiers, milliseconds: milliseconds)
    }
}
