extension AppState {
    /// Filters the table on screen (the districts, or the camps when drilled
    /// in) by name, as typing after `/` does: `repatdash render --filter`.
    public mutating func filterTable(_ text: String) {
        setFilter(text)
    }
}
