import Testing
@testable import ZVHFinance

/// The reader's and the rules' shortcuts for plain ASCII text give what the general
/// way gives, over many generated cases.
@Suite struct ReaderShortcutTests {
    /// A short text of the characters a key, a label or a name is made of, now and then
    /// with white space, an escape-worthy character or a letter outside ASCII.
    static func text(_ random: inout SeededGenerator, alphabet: [Character], length: ClosedRange<Int>) -> String {
        String((0..<Int.random(in: length, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
    }

    static let keyAlphabet: [Character] = Array("abcdeklmnz-AB") + ["é", "\u{212A}", "K", "\""]
    static let labelAlphabet: [Character] = Array("abcdeABCDE  -12") + ["\t", "\n", "\u{0B}", "\u{0C}", "\r", "\u{1C}", "\u{1F}", "ë"]

    /// The JSON text of a string, escaping what must be escaped (and, now and then, an
    /// `é` as `\u00E9`, so the key has an escape to decode).
    static func quoted(_ text: String, escaping: Bool) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\"": result += "\\\""
            case "é" where escaping: result += "\\u00E9"
            default: result.append(character)
            }
        }
        return result + "\""
    }

    @Test func aLookUpFindsAMemberExactlyWhenTheObjectHasItsKey() throws {
        var random = SeededGenerator(seed: 24)
        for _ in 0..<2_000 {
            var keys: [String] = []
            while keys.count < Int.random(in: 0...6, using: &random) {
                let key = Self.text(&random, alphabet: Self.keyAlphabet, length: 0...5)
                if !keys.contains(key) { keys.append(key) }
            }
            let escaping = Bool.random(using: &random)
            let members = keys.enumerated().map { Self.quoted($1, escaping: escaping) + ": " + ($0 % 2 == 0 ? "[1, {\"x\": 2}]" : "3") }
            let bytes = Array(("{" + members.joined(separator: ", ") + "}").utf8)
            let reader = try ObjectReader(try JSONParser.parse(bytes), path: "", file: "t.json")
            let queries = keys + (0..<6).map { _ in Self.text(&random, alphabet: Self.keyAlphabet, length: 0...5) }
            for query in queries {
                #expect((reader.member(query) != nil) == keys.contains(query), "\(keys) \(query)")
                if let first = keys.first {
                    #expect(reader.value.document.key(at: reader.value.index + 1, isOneOf: [query]) == (first == query))
                }
            }
        }
    }

    @Test func knownKeysRefuseWhatTheListOfKeysRefusesWithTheSameMessage() throws {
        var random = SeededGenerator(seed: 29)
        for _ in 0..<2_000 {
            var keys: [String] = []
            while keys.count < Int.random(in: 0...5, using: &random) {
                let key = Self.text(&random, alphabet: Self.keyAlphabet, length: 1...4)
                if !keys.contains(key) { keys.append(key) }
            }
            let members = keys.map { Self.quoted($0, escaping: Bool.random(using: &random)) + ": 1" }
            let reader = try ObjectReader(try JSONParser.parse(Array(("{" + members.joined(separator: ", ") + "}").utf8)), path: "", file: "t.json")
            let allowed = (0..<Int.random(in: 0...6, using: &random)).map { _ in Self.text(&random, alphabet: Self.keyAlphabet, length: 1...4) }
            func message(_ check: () throws(BudgetFileError) -> Void) -> String? {
                do {
                    try check()
                    return nil
                } catch {
                    return error.localizedDescription
                }
            }
            #expect(message { () throws(BudgetFileError) in try reader.requireKnownKeys(KnownKeys(allowed)) } == message { () throws(BudgetFileError) in try reader.requireKnownKeys(allowed) }, "\(keys) \(allowed)")
        }
    }

    @Test func theEditDistanceOfASCIITextIsTheDistanceOfItsCharacters() {
        var random = SeededGenerator(seed: 25)
        for _ in 0..<3_000 {
            let alphabet: [Character] = Array("abcAB -")
            let a = Self.text(&random, alphabet: alphabet, length: 0...12)
            let b = Self.text(&random, alphabet: alphabet, length: 0...12)
            let bound = Int.random(in: 0...8, using: &random)
            let distance = Self.levenshtein(Array(a), Array(b))
            #expect(Spelling.editDistance(a, b, atMost: bound) == (distance <= bound ? distance : nil), "\(a) \(b) \(bound)")
        }
    }

    /// The distance by the textbook's full table.
    static func levenshtein(_ a: [Character], _ b: [Character]) -> Int {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in stride(from: 1, through: a.count, by: 1) {
            for j in stride(from: 1, through: b.count, by: 1) {
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
        }
        return table[a.count][b.count]
    }

    @Test func theSlugOfAnASCIINameIsTheSlugOfItsCharacters() {
        var random = SeededGenerator(seed: 26)
        for _ in 0..<3_000 {
            let name = Self.text(&random, alphabet: Self.labelAlphabet, length: 0...14)
            let expected = name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: "-")
            #expect(LineCode.slug(name) == expected, "\(Array(name.unicodeScalars))")
            #expect(LabelVariantRule.lowered(name) == name.lowercased())
            #expect(LabelVariantRule.characterCount(name) == name.count)
        }
    }

    @Test func theNewLabelsFoundInOrderAreTheLabelsAmongNoPreviousLine() {
        var random = SeededGenerator(seed: 28)
        let labels = ["Huur", "Reiskosten", "Studiekosten", "Secretariaat", "Procesregie", "Onvoorzien", "POK 2021"]
        func line(_ name: String) -> BudgetLine { BudgetLine(name: name, amounts: [:]) }
        for _ in 0..<2_000 {
            let previous = (0..<Int.random(in: 0...8, using: &random)).map { _ in labels.randomElement(using: &random)! }
            // This year's lines: the previous ones with some left out, some added, now and then shuffled.
            var names = previous.filter { _ in Int.random(in: 0..<5, using: &random) > 0 }
            for _ in 0..<Int.random(in: 0...2, using: &random) {
                names.insert(labels.randomElement(using: &random)!, at: Int.random(in: 0...names.count, using: &random))
            }
            if Int.random(in: 0..<4, using: &random) == 0 { names.shuffle(using: &random) }
            let found = LabelVariantRule.linesWithNewLabels(names.map(line), previous: previous.map(line)).map(\.name)
            #expect(found == names.filter { !previous.contains($0) }, "\(previous) \(names)")
        }
    }

    @Test func theFirstByteOutsideASCIIIsFoundWordByWord() {
        var random = SeededGenerator(seed: 27)
        for _ in 0..<2_000 {
            let bytes = (0..<Int.random(in: 0...40, using: &random)).map { _ in
                UInt8.random(in: 0...0x7F, using: &random) | (Int.random(in: 0..<30, using: &random) == 0 ? 0x80 : 0)
            }
            let start = Int.random(in: 0...bytes.count, using: &random)
            let expected = bytes[start...].firstIndex { $0 >= 0x80 } ?? bytes.count
            #expect(JSONParser.firstNonASCII(in: bytes, from: start) == expected)
        }
    }
}
