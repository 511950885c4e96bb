import Foundation

/// An error in plain words for an operator: the C library's wording for a
/// system call's errno ("No such file or directory", "Permission denied"),
/// never Foundation's ("The operation could not be completed.
/// (NSCocoaErrorDomain error 256.)"), which names an API instead of a cause.
public enum ErrorWording {
    public static func plain(_ error: Error) -> String {
        // Our own errors (and the argument parser's) say what they mean.
        // (The type is asked, not the value: any error casts to
        // CustomStringConvertible by way of NSError, with Foundation's words.)
        if !isFoundationError(error), type(of: error) is CustomStringConvertible.Type {
            return String(describing: error)
        }
        let nsError = error as NSError
        // Foundation's file errors carry the errno that caused them.
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return errnoText(Int32(underlying.code))
        }
        if nsError.domain == NSPOSIXErrorDomain { return errnoText(Int32(nsError.code)) }
        // swift-corelibs-foundation gives some file errors no errno (creating
        // a directory below a plain file): ask the file system about the path.
        if nsError.domain == NSCocoaErrorDomain, let path = nsError.userInfo[NSFilePathErrorKey] as? String,
           let code = fileSystemCause(path: path, writing: (512...640).contains(nsError.code)) {
            return errnoText(code)
        }
        if nsError.domain == NSCocoaErrorDomain, let text = cocoaText(nsError.code) { return text }
        return "unexpected error (\(String(describing: type(of: error))) \(nsError.code))"
    }

    private static func isFoundationError(_ error: Error) -> Bool {
        error is CocoaError || error is POSIXError || type(of: error) is NSError.Type
    }

    /// Why `path` cannot be had, as stat(2) tells it: for a write, a missing
    /// path is expected (it was being made), so its nearest missing or
    /// unusable ancestor is asked instead. Nil when everything exists.
    private static func fileSystemCause(path: String, writing: Bool) -> Int32? {
        var candidate = path
        var status = stat()
        while stat(candidate, &status) != 0 {
            let code = errno
            if code != ENOENT || !writing { return code }
            let parent = (candidate as NSString).deletingLastPathComponent
            if parent == candidate || parent.isEmpty { return nil }
            candidate = parent
        }
        return nil
    }

    /// `strerror`'s wording for `code`, as `ls` or `cat` would say it.
    public static func errnoText(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    /// Foundation's file error codes without an errno behind them.
    private static func cocoaText(_ code: Int) -> String? {
        switch code {
        case CocoaError.fileNoSuchFile.rawValue, CocoaError.fileReadNoSuchFile.rawValue: errnoText(ENOENT)
        case CocoaError.fileReadNoPermission.rawValue, CocoaError.fileWriteNoPermission.rawValue: errnoText(EACCES)
        case CocoaError.fileWriteOutOfSpace.rawValue: errnoText(ENOSPC)
        case CocoaError.fileWriteVolumeReadOnly.rawValue: errnoText(EROFS)
        case CocoaError.fileWriteFileExists.rawValue: errnoText(EEXIST)
        case CocoaError.fileReadTooLarge.rawValue: errnoText(EFBIG)
        case CocoaError.fileReadInvalidFileName.rawValue, CocoaError.fileWriteInvalidFileName.rawValue: "invalid file name"
        case CocoaError.fileReadUnknownStringEncoding.rawValue, CocoaError.fileReadInapplicableStringEncoding.rawValue:
            "not text in the expected encoding"
        case CocoaError.fileReadCorruptFile.rawValue: "the file's contents cannot be read"
        case CocoaError.fileLocking.rawValue: "the file is locked"
        case CocoaError.fileReadUnknown.rawValue: "cannot be read (reason unknown)"
        case CocoaError.fileWriteUnknown.rawValue: "cannot be written (reason unknown)"
        default: nil
        }
    }
}
