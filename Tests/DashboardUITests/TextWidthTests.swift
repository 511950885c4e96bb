import Testing
@testable import DashboardUI

@Suite struct TextWidthTests {
    @Test func asciiIsOneCellPerCharacter() {
        #expect(TextWidth.of("Torkham") == 7)
        #expect(TextWidth.of("") == 0)
        #expect(TextWidth.of(" 12,345 ") == 8)
    }

    @Test func urduAndPashtoAreOneCellPerLetter() {
        #expect(TextWidth.of("پشاور") == 5)  // Peshawar, Urdu
        #expect(TextWidth.of("کوټه") == 4)  // Quetta, Pashto (ټ is Pashto-only)
        #expect(TextWidth.of("ننګرهار") == 7)  // Nangarhar, Pashto (ګ)
    }

    @Test func arabicHarakatTakeNoCells() {
        #expect(TextWidth.of("بَ") == 1)  // beh + fatha
    }

    @Test func cjkIsTwoCellsPerCharacter() {
        #expect(TextWidth.of("中文") == 4)
        #expect(TextWidth.of("a中b") == 4)
        #expect(TextWidth.of("ｱ") == 1)  // halfwidth katakana stays narrow
        #expect(TextWidth.of("Ａ") == 2)  // fullwidth Latin
        #expect(TextWidth.of("한국") == 4)
    }

    @Test func emojiAreTwoCells() {
        #expect(TextWidth.of("🇦🇫") == 2)  // flag: two regional indicators, one grapheme
        #expect(TextWidth.of("👍🏽") == 2)  // emoji + skin-tone modifier
        #expect(TextWidth.of("👍") == 2)
        #expect(TextWidth.of("👨‍👩‍👧") == 2)  // ZWJ family
    }

    @Test func combiningMarksJoinTheirBase() {
        #expect(TextWidth.of("e\u{301}") == 1)
        #expect(TextWidth.of("e\u{301}\u{323}") == 1)
        #expect(TextWidth.of("Cafe\u{301}") == 4)
        #expect(TextWidth.of(Character("e\u{301}")) == 1)
    }

    @Test func zeroWidthCharactersTakeNoCells() {
        for scalar in ["\u{200B}", "\u{200C}", "\u{200D}", "\u{200E}", "\u{200F}", "\u{2060}", "\u{FEFF}", "\u{FE0F}", "\u{E0100}"] {
            #expect(TextWidth.of(scalar) == 0, "\(scalar.unicodeScalars.first!.value)")
        }
        #expect(TextWidth.of("a\u{200B}b") == 2)
        #expect(TextWidth.of("\u{301}") == 0)  // a lone combining mark
    }

    @Test func hangulJamoSequenceIsOneWideCell() {
        #expect(TextWidth.of("\u{1100}\u{1161}\u{11A8}") == 2)
    }

    @Test func boxAndBlockCharactersAreNarrow() {
        #expect(TextWidth.of("┌─┐│└┘") == 6)
        #expect(TextWidth.of("▁▂▃▄▅▆▇█") == 8)
        #expect(TextWidth.of("…") == 1)
    }

    @Test func eastAsianTableLookupBoundaries() {
        #expect(EastAsianWide.contains(0x1100))
        #expect(EastAsianWide.contains(0x115F))
        #expect(!EastAsianWide.contains(0x1160))
        #expect(EastAsianWide.contains(0x3FFFD))
        #expect(!EastAsianWide.contains(0x40000))
        #expect(!EastAsianWide.contains(0x41))
    }
}
