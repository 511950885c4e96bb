import DashboardUI
import CNcurses

/// Maps raw ncurses input to `Key`. Pure, so every mapping is unit-tested
/// without a terminal.
public enum KeyDecoder {
    public static func decode(_ input: RawKeyInput) -> Key {
        switch input {
        case .character(let code):
            return decodeCharacter(code)
        case .functionKey(let code):
            return decodeFunctionKey(code)
        }
    }

    static func decodeCharacter(_ code: UInt32) -> Key {
        switch code {
        // With nonl(), Enter arrives as CR (13); LF (10) is Ctrl-J or a paste.
        case 10, 13: return .enter
        case 9: return .tab
        // Terminals disagree on Backspace: DEL (127) or BS (8, also Ctrl-H).
        case 8, 127: return .backspace
        // A lone ESC, delivered once ESCDELAY passes without a sequence following.
        case 27: return .escape
        case 0: return .control("@")
        case 1...26:
            return .control(Character(Unicode.Scalar(UInt8(code) + 0x60)))  // 12 → "l"
        case 28...31:
            return .control(Character(Unicode.Scalar(UInt8(code) + 0x40)))  // 28 → "\"
        case 0x80...0x9F:
            return .unknown  // C1 controls are never printable
        default:
            guard let scalar = Unicode.Scalar(code) else { return .unknown }
            return .character(Character(scalar))
        }
    }

    static func decodeFunctionKey(_ code: Int32) -> Key {
        switch code {
        case Int32(KEY_UP): return .up
        case Int32(KEY_DOWN): return .down
        case Int32(KEY_LEFT): return .left
        case Int32(KEY_RIGHT): return .right
        case Int32(KEY_ENTER): return .enter
        case Int32(KEY_BACKSPACE): return .backspace
        case Int32(KEY_BTAB): return .backTab
        case Int32(KEY_PPAGE): return .pageUp
        case Int32(KEY_NPAGE): return .pageDown
        // Some terminfo entries (vt220-style keyboards, screen) call Home/End Find/Select.
        case Int32(KEY_HOME), Int32(KEY_FIND): return .home
        case Int32(KEY_END), Int32(KEY_SELECT): return .end
        case Int32(KEY_RESIZE): return .resize
        case cn_key_f(1): return .f1
        case cn_key_f(2)...cn_key_f(63): return .function(Int(code - cn_key_f(0)))
        default: return .unknown
        }
    }
}
