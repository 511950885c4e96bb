/// Turns the state into one frame. Pure: same state, same cells.
public enum DashboardView {
    public static func render(_ state: AppState) -> Screen {
        var screen = Screen(width: state.width, height: state.height, boxCharset: state.options.ascii ? .ascii : .unicode)
        let layout = state.layout
        if layout.isTooSmall {
            TooSmallScreen.draw(state, on: &screen)
            return screen
        }
        HeaderBar.draw(state, in: layout.header, on: &screen)
        if let problem = state.timeTravel?.problem {
            // A kept moment whose file is gone: no figures of another moment may stand in for it.
            let body = Rect(row: layout.header.bottom, col: 0, width: state.width, height: layout.status.row - layout.header.bottom)
            TimeTravelGapPane.draw(problem, state: state, in: body, on: &screen)
            StatusLine.draw(state, in: layout.status, on: &screen)
            return screen
        }
        if state.drillDown != nil {
            CampsPane.draw(state, in: layout.districts, on: &screen)
        } else {
            DistrictsPane.draw(state, in: layout.districts, on: &screen)
        }
        CrossingsPane.draw(state, in: layout.crossings, on: &screen)
        DeadlinesPane.draw(state, in: layout.deadlines, on: &screen)
        StatusLine.draw(state, in: layout.status, on: &screen)
        if state.isShowingAlerts {
            AlertsOverlay.draw(state, on: &screen)
        }
        if state.isShowingHelp {
            HelpOverlay.draw(state, on: &screen)
        }
        return screen
    }
}
