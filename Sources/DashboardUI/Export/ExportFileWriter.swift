import Foundation

/// Writes an export to a new file in a directory; the run loop calls it for
/// the `exportTable` effect. The one place in DashboardUI that touches the
/// file system, kept here so it can be tested without a terminal.
///
/// An existing file is never overwritten: each name is created with
/// `O_CREAT | O_EXCL`, which fails if the name exists (even if another
/// program creates it at the same moment), and then the next suffix is tried.
public enum ExportFileWriter {
    /// More than this many exports in one minute means something else is wrong.
    static let maximumAttempts = 1000

    /// Writes the request's table as CSV in `directory`, or without one in
    /// the current directory (the one the dashboard was started from).
    public static func write(_ request: ExportRequest, in directory: String? = nil) -> ExportOutcome {
        let contents = CSVWriter.document(request.table)
        // Relative to "." rather than to a path read once: if the directory
        // was removed meanwhile, the write fails instead of landing elsewhere.
        let shownDirectory = directory ?? currentDirectory()
        switch create(contents, stem: request.fileNameStem, fileExtension: "csv", in: directory ?? ".") {
        case .success(let fileName):
            return .written(fileName: fileName, directory: shownDirectory, rowCount: request.table.rows.count, tableName: request.table.tableName)
        case .failure(let error):
            return .failed(directory: shownDirectory, reason: error.description)
        }
    }

    /// The current directory's path for the status line; getcwd fails when
    /// the directory has been removed, and the sentence still reads.
    static func currentDirectory() -> String {
        guard let path = getcwd(nil, 0) else { return "the current directory" }
        defer { free(path) }
        return String(cString: path)
    }

    /// Creates the first free name of `stem.ext`, `stem-2.ext`... in
    /// `directory` and writes `contents` into it; returns the name.
    static func create(_ contents: String, stem: String, fileExtension: String, in directory: String) -> Result<String, ExportWriteError> {
        for attempt in 1...maximumAttempts {
            let name = ExportFileName.candidate(stem: stem, fileExtension: fileExtension, attempt: attempt)
            let path = (directory.hasSuffix("/") ? directory : directory + "/") + name
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if descriptor < 0 {
                let code = errno
                if code == EEXIST { continue }
                return .failure(ExportWriteError(code))
            }
            if let problem = writeAll(Array(contents.utf8), to: descriptor) {
                close(descriptor)
                unlink(path) // no half-written file left behind to be mistaken for a report
                return .failure(problem)
            }
            if close(descriptor) != 0 {
                let problem = ExportWriteError(errno)
                unlink(path)
                return .failure(problem)
            }
            return .success(name)
        }
        return .failure(ExportWriteError(description: "\(maximumAttempts) files named \(stem)… exist already"))
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> ExportWriteError? {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return ExportWriteError(errno)
            }
            offset += written
        }
        return nil
    }
}
