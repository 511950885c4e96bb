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
    ],
    targets: [
        // ncursesw plus a C shim for the macros and global variables Swift cannot import.
        .target(name: "CNcurses", path: "Sources/CNcurses"),
        .target(name: "Curses", dependencies: ["CNcurses", "DashboardCore", "DashboardUI"]),
        .target(name: "DashboardCore"),
        .target(name: "DashboardUI", dependencies: ["DashboardCore"]),
        // Producer-side code: synthetic and illustrative snapshots. Kept out of the core
        // so that the dashboard itself never links data-making code it does not need.
        .target(name: "SnapshotGeneration", dependencies: ["DashboardCore"]),
        // Watching a directory or a file for new snapshots (inotify, polling fallback).
        .target(name: "SnapshotSources", dependencies: ["DashboardCore"]),
        .executableTarget(
            name: "repatdash",
            dependencies: [
                "Curses", "DashboardCore", "DashboardUI", "SnapshotGeneration", "SnapshotSources",
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
        .testTarget(name: "CLITests", dependencies: ["DashboardCore"]),
    ],
    swiftLanguageModes: [.v6]
)
