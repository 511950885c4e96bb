import DashboardUI
import CNcurses

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The terminal, taken over for the dashboard: locale, curses modes, colours,
/// key input. Use from one thread only (ncurses is not thread-safe), and call
/// `end()` on every way out; an at-exit hook and `deinit` are safety nets.
public final class TerminalSession {
    public struct Options: Sendable {
        /// `--monochrome`: no colour even on a colour terminal.
        public var forceMonochrome: Bool
        /// How long ncurses waits after ESC for the rest of an arrow-key
        /// sequence. ncurses' default, 1000 ms, makes Esc feel broken; over
        /// SSH a sequence's bytes arrive together, so 25 ms is plenty.
        public var escapeDelayMilliseconds: Int32
        /// Turn SIGINT/SIGTERM/SIGHUP into `pendingTerminationSignal` so the
        /// run loop exits through `end()` (SIGHUP: the SSH link dropped).
        public var handlesTerminationSignals: Bool
        /// Ask the terminal for mouse reports (SGR 1006); `mouse = false` leaves the mouse to the terminal.
        public var mouse: Bool

        public init(forceMonochrome: Bool = false, escapeDelayMilliseconds: Int32 = 25, handlesTerminationSignals: Bool = true,
                    mouse: Bool = false) {
            self.forceMonochrome = forceMonochrome
            self.mouse = mouse
            self.escapeDelayMilliseconds = escapeDelayMilliseconds
            self.handlesTerminationSignals = handlesTerminationSignals
        }
    }

    /// The locale's encoding is UTF-8; if not, draw boxes with
    /// `BoxCharset.ascii` (non-ASCII cells are replaced by the renderer).
    public let isUTF8: Bool
    public let colorDepth: ColorDepth
    /// use_default_colors() worked: colour -1 is the terminal's own colour,
    /// so the dashboard keeps the operator's background.
    public let hasDefaultColors: Bool
    public private(set) var isActive: Bool

    public init(options: Options = Options()) throws {
        // Before newterm, or ncurses picks the C locale and every non-ASCII
        // character (box drawing, Urdu and Pashto names) comes out as garbage.
        isUTF8 = cn_setlocale_from_environment() != 0
        // With input at end of file (/dev/null, a closed pipe) poll() reports
        // it readable at once, forever: the loop would spin at a full core.
        guard isatty(STDIN_FILENO) == 1 else { throw TerminalError.notATerminal(stream: "input") }
        guard isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal(stream: "output") }
        let startingSizeLimits = Self.limitStartingSize()
        let opened = cn_newterm_stdio() != nil
        // Only for newterm: later sizes come from the terminal (ioctl), so resizes are still heard.
        for name in startingSizeLimits { unsetenv(name) }
        guard opened else {
            throw TerminalError.cannotOpenTerminal(term: Self.environment("TERM"))
        }
        guard cn_can_address_cursor() != 0 else {
            cn_endwin_once()
            throw TerminalError.cannotAddressCursor(term: Self.environment("TERM"))
        }
        isActive = true
        cn_restore_terminal_at_exit()
        Self.capSize()

        let window = cn_stdscr()
        cbreak()
        noecho()
        nonl()  // Enter arrives as CR and output newlines are not translated
        keypad(window, true)
        intrflush(window, false)
        // The cursor is hidden; not moving it back after each update saves bytes.
        leaveok(window, true)
        curs_set(0)
        set_escdelay(options.escapeDelayMilliseconds)

        // COLORS is only meaningful after start_color(), and start_color()
        // is skipped when colour is off, so such a session sends no colour
        // sequences at all.
        let noColor = Self.environment("NO_COLOR")
        var depth = ColorDepth.monochrome
        var defaultColors = false
        if has_colors(),
           ColorDepth.colorAllowed(noColor: noColor, forceMonochrome: options.forceMonochrome),
           start_color() != cn_err() {
            defaultColors = use_default_colors() != cn_err()
            depth = ColorDepth.detect(
                terminalHasColors: true,
                colorCount: Int(cn_colors()),
                noColor: noColor,
                forceMonochrome: options.forceMonochrome
            )
        }
        colorDepth = depth
        hasDefaultColors = defaultColors

        // After newterm, so these replace ncurses' own SIGINT/SIGTERM handlers
        // (which would exit without letting the run loop finish).
        if options.handlesTerminationSignals {
            cn_install_termination_handlers()
        }
        // Any other way to die (Ctrl-\, kill -USR1, a crash) still leaves the
        // operator's terminal out of the alternate screen with echo back.
        cn_install_fatal_signal_handlers()
        // After ncurses' SIGTSTP handler is in place (newterm), which the mouse's wraps.
        if options.mouse { cn_enable_mouse_reporting() }
    }

    deinit {
        end()
    }

    /// ncurses keeps its own windows the terminal's size (three grids of
    /// cells); on a huge terminal they are shrunk to the grid the dashboard
    /// draws, `Screen.maximumSide` each way, so memory stays bounded.
    private static func capSize() {
        let rows = Int(getmaxy(cn_stdscr())), columns = Int(getmaxx(cn_stdscr()))
        guard rows > Screen.maximumSide || columns > Screen.maximumSide else { return }
        resizeterm(Int32(min(rows, Screen.maximumSide)), Int32(min(columns, Screen.maximumSide)))
        // The lines freed are small allocations malloc would otherwise keep: give the memory back.
        cn_release_free_memory()
    }

    /// newterm sizes its windows from LINES and COLUMNS when they are set
    /// (ncurses' use_env): set them to the cap, for newterm only, when the
    /// terminal is larger, so a 4000 × 4000 terminal never costs the 1.3 GB of
    /// its three full-size windows even for a moment. Returns the names set.
    private static func limitStartingSize() -> [String] {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 else { return [] }
        var limited: [String] = []
        for (name, value) in [("LINES", Int(size.ws_row)), ("COLUMNS", Int(size.ws_col))]
        where value > Screen.maximumSide && getenv(name) == nil {
            setenv(name, String(Screen.maximumSide), 1)
            limited.append(name)
        }
        return limited
    }

    /// Terminal size in cells, at most `Screen.maximumSide` each way. After a
    /// `.resize` key ncurses has already updated it.
    public var rows: Int { isActive ? Int(getmaxy(cn_stdscr())) : 0 }
    public var columns: Int { isActive ? Int(getmaxx(cn_stdscr())) : 0 }

    /// The next key, waiting at most `timeoutMilliseconds` (negative: wait
    /// forever); nil on timeout or when a signal cut the wait short. The
    /// timeout lets the loop wake for the clock and new snapshots.
    public func readKey(timeoutMilliseconds: Int) -> Key? {
        guard isActive else { return nil }
        let timeout = Int32(clamping: max(-1, timeoutMilliseconds))
        var code: UInt32 = 0
        let result = cn_read_key(timeout, &code)
        if result == cn_key_code_yes() {
            let key = KeyDecoder.decode(.functionKey(Int32(bitPattern: code)))
            if key == .resize { Self.capSize() }
            return key
        }
        if result == cn_err() { return nil }
        return KeyDecoder.decode(.character(code))
    }

    /// Every key and mouse report waiting, without waiting for more: a paste
    /// or a held key must not lag a frame per key. Mouse reports are decoded
    /// (a report a read cut in two is finished by the next call) and escape
    /// sequences ncurses did not recognise are dropped.
    public func readInputs() -> [TerminalInput] {
        var keys: [Key] = []
        while let key = readKey(timeoutMilliseconds: 0) { keys.append(key) }
        return mouseReports.decode(keys, milliseconds: Self.monotonicMilliseconds())
    }

    private var mouseReports = MouseReportDecoder()

    /// Not the wall clock (an operator or NTP may set it): only intervals between clicks are measured.
    private static func monotonicMilliseconds() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Int64(time.tv_sec) * 1000 + Int64(time.tv_nsec) / 1_000_000
    }

    /// SIGINT, SIGTERM or SIGHUP received (when `handlesTerminationSignals`);
    /// the run loop should stop and call `end()`.
    public var pendingTerminationSignal: Int32? {
        let signal = cn_pending_termination_signal()
        return signal == 0 ? nil : signal
    }

    /// The terminal's bell (ncurses falls back to a visible flash where there is none).
    public func ringBell() {
        guard isActive else { return }
        beep()
    }

    /// Gives the terminal back (endwin). Safe to call more than once.
    public func end() {
        guard isActive else { return }
        isActive = false
        cn_endwin_once()
    }

    private static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(cString: value)
    }
}
