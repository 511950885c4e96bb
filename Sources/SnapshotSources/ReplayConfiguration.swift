/// What `repatdash replay` was asked to do.
public struct ReplayConfiguration: Sendable {
    /// The directory whose valid snapshots are replayed, oldest `generated_at` first.
    public var from: String
    /// The directory written into (created if missing).
    public var into: String
    /// Pause between two files, in seconds (fractions allowed).
    public var everySeconds: Double
    /// Start again after the last file, until stopped.
    public var loop: Bool
    /// How many of the files written to keep; older ones are deleted so a
    /// long soak does not fill the disk. 0 keeps them all.
    public var keep: Int
    /// Indented JSON, as the bundled samples are written.
    public var pretty: Bool

    public init(from: String, into: String, everySeconds: Double = 5, loop: Bool = false, keep: Int = 50, pretty: Bool = true) {
        self.from = from
        self.into = into
        self.everySeconds = everySeconds
        self.loop = loop
        self.keep = keep
        self.pretty = pretty
    }
}
