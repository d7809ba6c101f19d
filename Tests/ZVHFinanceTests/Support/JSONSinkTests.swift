import Testing
@testable import ZVHFinance

/// A JSON document described once as calls on a sink is the same document whether it
/// is written as bytes (``JSONWriter``) or built as a value (``JSONOutput/Builder``), and
/// the bytes hold nothing a terminal would act on, so they go to standard output
/// unchecked (``ReportFormat/escapesItsText``).
@Suite struct JSONSinkTests {
    /// One step of a random description.
    enum Step {
        case text(String), number(String), amount(Money), bool(Bool), null, value(JSONOutput)
        case object([(key: String, literal: Bool, step: Step)]), array([Step])
    }

    static let literalKeys: [StaticString] = ["naam", "bedrag", "regels", "leeg"]

    static func randomStep(_ generator: inout SeededGenerator, depth: Int) -> Step {
        switch Int.random(in: 0...(depth < 4 ? 7 : 5), using: &generator) {
        case 0: return .text(HostileTextPropertyTests.randomText(&generator))
        case 1: return .number(["0", "-13.5", "1402290", "0.0001", HostileTextPropertyTests.randomText(&generator)].randomElement(using: &generator)!)
        case 2: return .amount(Money(cents: Int64.random(in: -10_000_000...10_000_000, using: &generator)))
        case 3: return .bool(Bool.random(using: &generator))
        case 4: return .null
        case 5: return .value(.object(["x": .array([.string(HostileTextPropertyTests.randomText(&generator)), .integer(7)])]))
        case 6:
            return .object((0..<Int.random(in: 0...4, using: &generator)).map { _ in
                let literal = Bool.random(using: &generator)
                let key = literal ? String(describing: literalKeys.randomElement(using: &generator)!) : HostileTextPropertyTests.randomText(&generator)
                return (key, literal, randomStep(&generator, depth: depth + 1))
            })
        default:
            return .array((0..<Int.random(in: 0...4, using: &generator)).map { _ in randomStep(&generator, depth: depth + 1) })
        }
    }

    static func write(_ step: Step, to sink: inout some JSONSink) {
        switch step {
        case .text(let text): sink.writeString(text)
        case .number(let text): sink.writeNumber(text)
        case .amount(let money): sink.writeAmount(money)
        case .bool(let value): sink.writeBool(value)
        case .null: sink.writeNull()
        case .value(let value): sink.write(value)
        case .object(let members):
            sink.writeObject { sink in
                for member in members {
                    if member.literal, let literal = literalKeys.first(where: { String(describing: $0) == member.key }) {
                        sink.writeKey(literal)
                    } else {
                        sink.writeKey(member.key)
                    }
                    write(member.step, to: &sink)
                }
            }
        case .array(let elements):
            sink.writeArray(elements) { write($1, to: &$0) }
        }
    }

    @Test func aDescriptionWrittenAsBytesIsTheValueItBuilds() {
        var generator = SeededGenerator(seed: 24)
        for _ in 0..<2000 {
            let step = Self.randomStep(&generator, depth: 0)
            var writer = JSONWriter()
            Self.write(step, to: &writer)
            var bytes = ""
            writer.finish(into: &bytes)
            let value = JSONOutput.built { Self.write(step, to: &$0) }
            #expect(bytes == value.rendered())
        }
    }

    @Test func theWritersBytesNeedNoEscapingForATerminal() {
        var generator = SeededGenerator(seed: 2024)
        for _ in 0..<2000 {
            let step = Self.randomStep(&generator, depth: 0)
            var writer = JSONWriter(depth: Int.random(in: 0...3, using: &generator))
            Self.write(step, to: &writer)
            let bytes = writer.takeUTF8()
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(ControlCharacters.escapedKeepingLineBreaks(text) == text)
            #expect(Array(text.utf8) == bytes)
        }
    }

    @Test func aNumberThatIsNotPlainASCIIIsWrittenAsAString() {
        var writer = JSONWriter()
        writer.writeNumber("1\u{1B}[2J")
        #expect(writer.take() == #""1\u001B[2J""#)
    }

    @Test func bytesPassedToAStringStreamAreTheirText() {
        var output = "a"
        output.write(utf8: Array("é\n".utf8))
        #expect(output == "aé\n")
    }
}
