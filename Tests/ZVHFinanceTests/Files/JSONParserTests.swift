import Testing
@testable import ZVHFinance

@Suite struct JSONParserTests {
    func failure(_ text: String) -> JSONParser.Failure? {
        failure(bytes: Array(text.utf8))
    }

    func failure(bytes: [UInt8]) -> JSONParser.Failure? {
        do {
            _ = try JSONParser.parse(bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test func keepsNumbersAsWrittenAndMembersInOrder() throws {
        let value = try JSONParser.parse(Array(#"{"b": 1402290.50, "a": [true, null, "x"]}"#.utf8))
        guard case .object(let members) = value.kind else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["b", "a"])
        let first = try #require(members.first { _ in true })
        guard case .number(let text) = first.value.kind else { Issue.record("not a number"); return }
        #expect(text == "1402290.50")
    }

    @Test func reportsLineAndColumnOfTheProblem() {
        let error = failure("{\n  \"a\": 1,\n  \"b\": 2,\n}")
        #expect(error?.location == SourceLocation(line: 4, column: 1))
        #expect(error?.message.contains("komma") == true)
    }

    @Test func refusesEmptyAndTruncatedDocuments() {
        #expect(failure("")?.message == "het bestand is leeg")
        #expect(failure("  \n ")?.message.contains("geen JSON") == true)
        #expect(failure("{\"a\": [1, 2")?.message.contains("houdt op") == true)
        #expect(failure("{\"a\": \"tekst")?.message.contains("houdt op midden in een tekst") == true)
    }

    @Test func refusesDuplicateKeysAndDeepNesting() {
        #expect(failure(#"{"a": 1, "a": 2}"#)?.message.contains("twee keer") == true)
        let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(failure(deep)?.message.contains("te diep genest") == true)
    }

    @Test func refusesInvalidUTF8WithItsPlace() {
        var bytes = Array("{\n \"a\": \"".utf8)
        bytes += [0xFF]
        bytes += Array("\"}".utf8)
        let error = failure(bytes: bytes)
        #expect(error?.location.line == 2)
        #expect(error?.message.contains("UTF-8") == true)
    }

    @Test func skipsAByteOrderMark() throws {
        let value = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("{}".utf8))
        guard case .object(let members) = value.kind else { Issue.record("not an object"); return }
        #expect(members.isEmpty)
    }

    @Test func explainsDutchNumberNotation() {
        #expect(failure(#"{"a": 1.402.290}"#)?.message.contains("duizendtallen") == true)
        #expect(failure(#"{"a": 1,5}"#)?.message.contains("decimale komma") == true)
        #expect(failure(#"{"a": 012}"#)?.message.contains("niet met een 0") == true)
    }

    @Test func neverTrapsOnRandomBytes() {
        var generator = SeededGenerator(seed: 99)
        let alphabet = Array(#"{}[]:,"\-0123456789.eE truefalsnul"#.utf8) + [0x0A, 0xC3, 0xA9, 0xFF]
        for _ in 0..<3000 {
            let length = Int.random(in: 0...40, using: &generator)
            let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
            _ = try? JSONParser.parse(bytes)
        }
    }
}
