// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "repatdash",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "repatdash", targets: ["repatdash"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        // Following a publisher over HTTP(S) (README: "Why AsyncHTTPClient").
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        // Already AsyncHTTPClient's own dependencies; named for their error and TLS types.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
    ],
    targets: [
        // ncursesw plus a C shim for the macros and global variables Swift cannot import.
        .target(name: "CNcurses", path: "Sources/CNcurses"),
        // The one-shot commands' reading: mmap, and a SIGBUS handler that survives a file truncated under the mapping.
        .target(name: "CMappedFile", path: "Sources/CMappedFile"),
        .target(name: "MappedFiles", dependencies: ["CMappedFile", "DashboardCore"]),
        .target(name: "Curses", dependencies: ["CNcurses", "DashboardCore", "DashboardUI"]),
        .target(name: "DashboardCore"),
        .target(name: "DashboardUI", dependencies: ["DashboardCore"]),
        // Producer-side code: synthetic and illustrative snapshots. Kept out of the core
        // so that the dashboard itself never links data-making code it does not need.
        .target(name: "SnapshotGeneration", dependencies: ["DashboardCore"]),
        // Watching a directory or a file for new snapshots (inotify, polling fallback).
        .target(name: "SnapshotSources", dependencies: ["DashboardCore"]),
        // Following one snapshot URL: conditional polling, backoff, TLS trust, size limit while streaming.
        .target(
            name: "HTTPSnapshotSource",
            dependencies: [
                "DashboardCore", "SnapshotSources",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOHTTPCompression", package: "swift-nio-extras"),
            ]
        ),
        .executableTarget(
            name: "repatdash",
            dependencies: [
                "Curses", "DashboardCore", "DashboardUI", "MappedFiles", "SnapshotGeneration", "SnapshotSources", "HTTPSnapshotSource",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        // `make bench`: timings in-process, so process start-up is not measured.
        .executableTarget(name: "repatdash-bench", dependencies: ["DashboardCore", "DashboardUI"]),
        .testTarget(name: "DashboardCoreTests", dependencies: ["DashboardCore", "SnapshotGeneration"]),
        .testTarget(name: "DashboardUITests", dependencies: ["DashboardUI", "DashboardCore"], exclude: ["Golden"]),
        .testTarget(name: "CursesTests", dependencies: ["Curses", "DashboardUI", "DashboardCore"], exclude: ["Golden"]),
        .testTarget(name: "SnapshotSourcesTests", dependencies: ["SnapshotSources", "DashboardCore", "SnapshotGeneration"]),
        .testTarget(name: "HTTPSnapshotSourceTests", dependencies: ["HTTPSnapshotSource", "SnapshotSources"]),
        .testTarget(name: "MappedFilesTests", dependencies: ["MappedFiles", "CMappedFile", "DashboardCore", "SnapshotGeneration"]),
        .testTarget(name: "CLITests", dependencies: ["DashboardCore"]),
    ],
    swiftLanguageModes: [.v6]
)
