import Testing
@testable import DashboardCore

/// Names as people read them, each order worked out by hand: digit runs by
/// value, the rest without regard to case or accents, exact spelling last.
@Suite struct NaturalOrderTests {
    static func sorted(_ names: [String]) -> [String] { names.sorted(by: NaturalOrder.precedes) }

    @Test func digitRunsCompareByValue() {
        // Character by character, "833-10" < "833-2" ('1' < '2'); by value 2 < 10.
        #expect(Self.sorted(["833-10", "833-2", "833-1"]) == ["833-1", "833-2", "833-10"])
        #expect(Self.sorted(["Camp 10", "Camp 9", "Camp 100", "Camp 11"]) == ["Camp 9", "Camp 10", "Camp 11", "Camp 100"])
        // Every run counts, not only the first: block 2 of 12 before block 10 of 2.
        #expect(Self.sorted(["12-10", "12-2", "2-30"]) == ["2-30", "12-2", "12-10"])
    }

    @Test func leadingZerosSayNothingOfTheValue() {
        // 9 < 010 (10) < 0011 (11); "0" is below every other number.
        #expect(Self.sorted(["Block 010", "Block 9", "Block 0011", "Block 0"]) == ["Block 0", "Block 9", "Block 010", "Block 0011"])
        // The same value: the exact spelling decides, and "Camp 07" < "Camp 7" as '0' < '7'.
        #expect(Self.sorted(["Camp 7", "Camp 07"]) == ["Camp 07", "Camp 7"])
    }

    @Test func numbersPastAnyIntegerStillCompareByValue() {
        // 20 nines against 1 and 20 zeros: 21 digits is the larger number.
        let nines = "Camp " + String(repeating: "9", count: 20)
        let tenToTheTwenty = "Camp 1" + String(repeating: "0", count: 20)
        #expect(Self.sorted([tenToTheTwenty, nines]) == [nines, tenToTheTwenty])
    }

    @Test func lettersIgnoreCaseAndAccents() {
        // Plain code-point order would put every capital first: "Camp B" < "Zhob" < "camp a".
        #expect(Self.sorted(["Zhob", "camp a", "Camp B"]) == ["camp a", "Camp B", "Zhob"])
        // Ā folds to a: Ālam sits with the A's, not after Z.
        #expect(Self.sorted(["Zhob", "Ālam", "Alam 2", "Bannu"]) == ["Ālam", "Alam 2", "Bannu", "Zhob"])
    }

    @Test func aDigitRunSortsWhereADigitWouldAmongOtherCharacters() {
        // After "Camp": " " (0x20) < "-" (0x2D) < a digit (0x30-0x39); after "Camp ", a digit < "a".
        #expect(Self.sorted(["Camp A", "Camp-1", "Camp 1", "Camp1"]) == ["Camp 1", "Camp A", "Camp-1", "Camp1"])
        // A name that is a prefix of another comes first.
        #expect(Self.sorted(["Camp 1 North", "Camp 1", "Camp"]) == ["Camp", "Camp 1", "Camp 1 North"])
    }

    @Test func namesThatFoldAlikeFallBackToTheirExactSpellingSoTheOrderIsTotal() {
        // "KOHAT" < "Kohat" < "kohat" in code points ('O' < 'o', 'K' < 'k').
        #expect(Self.sorted(["kohat", "Kohat", "KOHAT"]) == ["KOHAT", "Kohat", "kohat"])
        #expect(!NaturalOrder.precedes("Kohat", "Kohat"))
        #expect(NaturalOrder.precedes("KOHAT", "Kohat") && !NaturalOrder.precedes("Kohat", "KOHAT"))
    }

    /// Whatever order the names arrive in, they leave in the same one, and
    /// `NaturalName` (the precomputed key) agrees with `precedes`.
    @Test func theOrderDoesNotDependOnTheInput() {
        let names = ["833-10", "833-2", "Camp 9", "camp 10", "Ālam", "alam", "Alam", "Zhob", "Camp 09", "block 1", "Block 1a", "Block 1 a"]
        let expected = Self.sorted(names)
        for rotation in 0..<names.count {
            let rotated = Array(names[rotation...] + names[..<rotation])
            #expect(Self.sorted(rotated) == expected)
            #expect(rotated.map(NaturalName.init).sorted().map(\.text) == expected)
        }
        #expect(Array(expected.prefix(3)) == ["833-2", "833-10", "Alam"], "\(expected)")
    }
}
