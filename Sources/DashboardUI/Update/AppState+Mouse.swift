extension AppState {
    /// Two presses on the same row at most this far apart open it, as
    /// terminals and desktops judge a double-click.
    public static let doubleClickMilliseconds: Int64 = 400
    /// Rows (or help lines) one notch of the wheel moves.
    public static let wheelStep = 3

    /// A click focuses the pane under the pointer and selects the table row
    /// there; a second click on that row soon after opens it as Enter does;
    /// the wheel scrolls the pane under the pointer, whichever is focused.
    mutating func handle(_ event: MouseEvent) -> [Effect] {
        guard options.mouse else { return [] }
        if statusMessage?.kind == .hint { statusMessage = nil }
        switch keyMode {
        case .help:
            switch event.action {
            case .wheelUp: scrollHelp(to: helpScrollTop - Self.wheelStep)
            case .wheelDown: scrollHelp(to: helpScrollTop + Self.wheelStep)
            // As any key other than its own, a click closes the help.
            case .press: isShowingHelp = false
            case .release: break
            }
            return []
        case .alerts:
            switch event.action {
            case .wheelUp: selectAlert(at: selectedAlertIndex - 1)
            case .wheelDown: selectAlert(at: selectedAlertIndex + 1)
            case .press, .release: break
            }
            return []
        case .filter, .panes:
            break
        }
        let target = MouseTarget.at(row: event.row, col: event.col, in: self)
        switch event.action {
        case .press(.left):
            // A click elsewhere keeps the filter typed so far, as Enter would.
            isEditingFilter = false
            click(target, at: event.milliseconds)
        case .wheelUp: scroll(target, by: -Self.wheelStep)
        case .wheelDown: scroll(target, by: Self.wheelStep)
        case .press(.middle), .press(.right), .release: break
        }
        return []
    }

    private mutating func click(_ target: MouseTarget, at milliseconds: Int64) {
        let previous = lastClick
        lastClick = nil
        switch target {
        case .tableRow(let index):
            focus = .districts
            moveSelection(to: index)
            if let previous, previous.target == target, milliseconds - previous.milliseconds <= Self.doubleClickMilliseconds,
               milliseconds >= previous.milliseconds {
                // A third click starts over rather than opening again.
                enterDistrict()
                return
            }
            lastClick = MouseClick(target: target, milliseconds: milliseconds)
        case .pane(let pane):
            focus = pane
        case .nothing:
            break
        }
    }

    private mutating func scroll(_ target: MouseTarget, by rows: Int) {
        switch target {
        case .tableRow, .pane(.districts): moveSelection(by: rows)
        case .pane(.deadlines): scrollDeadlines(by: rows)
        case .pane(.crossings), .nothing: break
        }
    }
}

/// The last click on a table row, to tell a double-click.
struct MouseClick: Sendable, Equatable {
    let target: MouseTarget
    let milliseconds: Int64
}
