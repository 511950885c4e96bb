import Glibc
import Logging

/// A swift-log handler that appends `LogLineFormat` lines to a `LogFile`.
/// Logging happens on the run loop's thread; `LogFile` writes each line in
/// one system call, so concurrent loggers could not interleave within a line.
struct LogFileHandler: LogHandler {
    let file: LogFile
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]
    var metadataProvider: Logger.MetadataProvider?

    init(file: LogFile, logLevel: Logger.Level) {
        self.file = file
        self.logLevel = logLevel
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { _, new in new } }
        if let eventMetadata = event.metadata { merged.merge(eventMetadata) { _, new in new } }
        file.append(LogLineFormat.line(time: time, level: event.level, message: event.message.description, metadata: merged))
    }
}
