import ArgumentParser
import Curses

/// `--theme default|high-contrast|monochrome`; ArgumentParser lists the
/// choices in the help and in the error for anything else.
extension ColorThemeName: ExpressibleByArgument {}
