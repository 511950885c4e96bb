import DashboardCore
import Foundation
import Testing
@testable import DashboardUI

/// The progress box shown while many or large snapshots are read.
@Suite struct LoadingScreenTests {
    static let twelveOfForty = SnapshotReadProgress(filesRead: 12, fileCount: 40, bytesRead: 48_600_000, byteCount: 160_200_000,
                                               currentPath: "/srv/snapshots/2025-04-07T2100.json")

    @Test func showsFilesAndMegabytesReadOutOfTheTotal() {
        let lines = LoadingScreen.render(Self.twelveOfForty, width: 80, height: 24, ascii: false).lines()
        #expect(lines.contains { $0.contains("Reading snapshots 12/40 · 48/160 MB") })
        #expect(lines.contains { $0.contains("30%") })
        #expect(lines.contains { $0.contains("2025-04-07T2100.json") && !$0.contains("/srv") }, "the file's name, not its directory")
        #expect(lines.contains { $0.contains("q quit") })
    }

    @Test func theBoxIsCentredAndTheRestIsBlank() {
        let screen = LoadingScreen.render(Self.twelveOfForty, width: 80, height: 24, ascii: false)
        let lines = screen.lines()
        let boxRows = lines.indices.filter { !lines[$0].trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(boxRows == Array(8..<16))
        #expect(lines[8].hasPrefix(String(repeating: " ", count: 17) + "┌─ repatdash "))
    }

    @Test func megabytesRoundTheReadPartDownAndShowTenthsBelowTenMegabytes() {
        #expect(LoadingScreen.megabytes(read: 159_900_000, total: 160_000_000) == "159/160 MB")
        #expect(LoadingScreen.megabytes(read: 0, total: 144_300_000) == "0/144 MB")
        #expect(LoadingScreen.megabytes(read: 450_000, total: 2_140_000) == "0.4/2.1 MB")
        #expect(LoadingScreen.megabytes(read: 2_140_000, total: 2_140_000) == "2.1/2.1 MB")
    }

    @Test func withoutSizesOnlyFilesAreCounted() {
        let progress = SnapshotReadProgress(filesRead: 1, fileCount: 3, bytesRead: 0, byteCount: 0, currentPath: "a.json")
        #expect(LoadingScreen.summary(progress, glyphs: .unicode) == "Reading snapshots 1/3")
        #expect(LoadingScreen.bar(progress, width: 15, ascii: true) == "###-------  33%")
    }

    @Test func barFillsByBytesAndEndsInThePercentage() {
        #expect(LoadingScreen.bar(Self.twelveOfForty, width: 25, ascii: false) == "██████░░░░░░░░░░░░░░  30%")
        var done = Self.twelveOfForty
        done.bytesRead = done.byteCount
        #expect(LoadingScreen.bar(done, width: 10, ascii: true) == "##### 100%")
    }

    @Test func thePercentageClaimsNeitherEndEarly() {
        var progress = Self.twelveOfForty
        // 1 byte of 160,200,000 read: something is, so not 0%.
        progress.bytesRead = 1
        #expect(LoadingScreen.bar(progress, width: 10, ascii: true) == "-----   1%")
        // 160,199,999 of 160,200,000 (99.9999%): not all, so not 100%, nor a full bar.
        progress.bytesRead = 160_199_999
        #expect(LoadingScreen.bar(progress, width: 10, ascii: true) == "####-  99%")
        progress.bytesRead = 0
        #expect(LoadingScreen.bar(progress, width: 10, ascii: true) == "-----   0%")
        // Read past the size stat gave (the file grew): all, no more.
        progress.bytesRead = 170_000_000
        #expect(LoadingScreen.bar(progress, width: 10, ascii: true) == "##### 100%")
        // 2 of 3 files, no sizes: 66.67% rounds to 67%.
        #expect(LoadingScreen.bar(SnapshotReadProgress(filesRead: 2, fileCount: 3, bytesRead: 0, byteCount: 0, currentPath: "b.json"),
                                  width: 10, ascii: true) == "###--  67%")
    }

    @Test func asciiModeWritesOnlyASCII() {
        let screen = LoadingScreen.render(Self.twelveOfForty, width: 80, height: 24, ascii: true)
        #expect(screen.text.contains("Reading snapshots 12/40 - 48/160 MB"))
        #expect(screen.text.unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test func aHostileFileNameIsShownSafely() {
        var progress = Self.twelveOfForty
        progress.currentPath = "/srv/evil\u{1B}]52;c;AAAA\u{07}\u{202E}name.json"
        let text = LoadingScreen.render(progress, width: 80, height: 24, ascii: false).text
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(!text.unicodeScalars.contains { $0.value == 0x202E })
        #expect(text.contains("evil"))
    }

    @Test func overTheDashboardTheBoxCoversOnlyTheMiddle() {
        let state = TestStates.bundled(width: 120, height: 40)
        var screen = DashboardView.render(state)
        LoadingScreen.draw(Self.twelveOfForty, on: &screen, ascii: false)
        let text = screen.text
        #expect(text.contains("Reading snapshots 12/40"))
        #expect(text.contains("Haripur"), "the dashboard shows around the box")
        #expect(screen.lines().last == DashboardView.render(state).lines().last, "the status line is untouched")
    }

    @Test func everySizeDownToNothingIsSafe() {
        for width in 0...60 {
            for height in 0...12 {
                let screen = LoadingScreen.render(Self.twelveOfForty, width: width, height: height, ascii: false)
                #expect(screen.width == width && screen.height == height)
                for line in screen.lines() { #expect(TextWidth.of(line) <= width) }
                if width >= 40, height >= 1 {
                    #expect(screen.text.contains("Reading snapshots 12/40"), "\(width)x\(height)")
                }
            }
        }
    }
}
