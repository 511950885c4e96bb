/// The colour themes an operator can choose (`theme` in the config file,
/// `--theme` on the command line). The raw values are what they type.
public enum ColorThemeName: String, Sendable, CaseIterable {
    /// Colours on the terminal's own background: the everyday look.
    case `default`
    /// Bright text on black, bold meanings, no dim or grey-on-grey: for wall
    /// displays, glare, projectors and operators with low vision.
    case highContrast = "high-contrast"
    /// No colour at all, as `--no-color` and `NO_COLOR` give: bold, reverse and
    /// underline carry every meaning, and no colour sequence is sent.
    case monochrome
}
