import Testing
import DashboardUI

@Suite struct TextTruncationTests {
    @Test func textThatFitsIsUnchanged() {
        #expect(TextWidth.truncate("Kabul", toWidth: 5) == "Kabul")
        #expect(TextWidth.truncate("Kabul", toWidth: 9) == "Kabul")
    }

    @Test func longTextEndsInEllipsis() {
        #expect(TextWidth.truncate("Nangarhar", toWidth: 5) == "Nang…")
        #expect(TextWidth.truncate("Nangarhar", toWidth: 1) == "…")
        #expect(TextWidth.truncate("Nangarhar", toWidth: 0) == "")
    }

    @Test func wideCharacterIsNeverSplit() {
        // "中文字" is 6 cells; 4 leaves 3 for text: one wide char fits, not two.
        let cut = TextWidth.truncate("中文字", toWidth: 4)
        #expect(cut == "中…")
        #expect(TextWidth.of(cut) == 3)
        #expect(TextWidth.truncate("a中b", toWidth: 3) == "a…")
    }

    @Test func graphemeIsNeverSplit() {
        let cut = TextWidth.truncate("e\u{301}e\u{301}e\u{301}", toWidth: 2)
        #expect(cut == "e\u{301}…")
        #expect(cut.unicodeScalars.count == 3)
        #expect(TextWidth.truncate("🇦🇫🇵🇰", toWidth: 3) == "🇦🇫…")
    }

    @Test func urduTruncatesByLetter() {
        #expect(TextWidth.truncate("پشاور", toWidth: 3) == "پش…")
    }

    @Test func padAlignsToExactWidth() {
        #expect(TextWidth.pad("42", toWidth: 5, alignRight: true) == "   42")
        #expect(TextWidth.pad("中", toWidth: 4) == "中  ")
        #expect(TextWidth.pad("Nangarhar", toWidth: 5) == "Nang…")
        #expect(TextWidth.pad("中文字", toWidth: 4) == "中… ")
    }
}
