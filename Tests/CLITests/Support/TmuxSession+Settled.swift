import Foundation

extension TmuxSession {
    /// Waits until the screen satisfies `condition` and has stopped changing
    /// (two captures 100 ms apart agree), so a frame still being written is
    /// never mistaken for the finished one; returns the screen.
    @discardableResult
    func waitForSettledScreen(timeout: Double = 10, _ what: String, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var previous: String?
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if condition(screen) {
                if screen == previous { return screen }
                previous = screen
            } else {
                previous = nil
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw TmuxError("timed out waiting for \(what) to settle; the screen was:\n\(screen)")
    }

    /// Waits for a settled screen that shows every one of `texts`.
    @discardableResult
    func waitForSettledScreen(showing texts: [String], timeout: Double = 10) throws -> String {
        try waitForSettledScreen(timeout: timeout, "a screen showing \(texts)") { screen in texts.allSatisfy { screen.contains($0) } }
    }
}
