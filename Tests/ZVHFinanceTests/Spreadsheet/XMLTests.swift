import Testing
@testable import ZVHFinance

@Suite struct XMLTests {
    private func tokens(_ xml: String) throws -> [XMLScanner.Token] {
        var scanner = XMLScanner(bytes: Array(xml.utf8), part: "test.xml")
        var result: [XMLScanner.Token] = []
        while let token = try scanner.next() { result.append(token) }
        return result
    }

    private func failure(_ xml: String) -> SpreadsheetError? {
        do {
            _ = try tokens(xml)
            return nil
        } catch {
            return error as? SpreadsheetError
        }
    }

    @Test func readsElementsAttributesTextCDATAAndReferences() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- a comment -->
            <x:c r="C14" t='s' a="&lt;&amp;&#10;&#x20AC;"><v>1 &gt; 0</v><e/><![CDATA[<raw> & ]]></x:c>
            """
        #expect(try tokens(xml) == [
            .start(name: "x:c", attributes: [XMLAttribute(name: "r", value: "C14"), XMLAttribute(name: "t", value: "s"),
                                             XMLAttribute(name: "a", value: "<&\n€")]),
            .start(name: "v", attributes: []), .text("1 > 0"), .end(name: "v"),
            .start(name: "e", attributes: []), .end(name: "e"),
            .text("<raw> & "), .end(name: "x:c"),
        ])
    }

    @Test func refusesDoctypeAndEntityDeclarations() {
        let bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>
            <lolz>&lol2;</lolz>
            """
        #expect(failure(bomb) == .malformedXML(part: "test.xml", line: 2, column: 1,
                                               reason: "DOCTYPE- en ENTITY-declaraties worden geweigerd (geen entiteiten uitgebreid)"))
        #expect(failure("<a>&lol;</a>") != nil)
    }

    @Test func refusesMalformedDocumentsWithPositions() {
        #expect(failure("<a><b></a>") == .malformedXML(part: "test.xml", line: 1, column: 7,
                                                      reason: "</a> waar </b> verwacht werd"))
        #expect(failure("<a>\n  <b>") == .malformedXML(part: "test.xml", line: 2, column: 6,
                                                      reason: "element <b> is niet gesloten"))
        for bad in ["", "text", "<a></a><b/>", "<a x=1/>", "<a x='1' x='2'/>", "<a x='<'/>", "<a>&#0;</a>",
                    "<a>&#xD800;</a>", "<a>\u{01}</a>", "<a", "<a><!-- </a>", "<a><![CDATA[</a>", "<1a/>",
                    "<a b='1'c='2'/>", "<a>&amp</a>"] {
            #expect(failure(bad) != nil, "\(bad)")
        }
        #expect(failure("<a>" + String(repeating: "<b>", count: 64)) != nil)
        #expect(failure(String(repeating: "<b>", count: 64) + String(repeating: "</b>", count: 64)) == nil)
        let invalidUTF8 = Array("<a>".utf8) + [0xC3, 0x28] + Array("</a>".utf8)
        var scanner = XMLScanner(bytes: invalidUTF8, part: "p")
        #expect(throws: SpreadsheetError.self) { while try scanner.next() != nil {} }
    }

    @Test func writerEscapesSoTheScannerReadsTheSameText() throws {
        let awkward = "Baten & lasten <2025> \"x\" 'y' \t\r\n€ \u{01}"
        var xml = XMLWriter()
        xml.open("root", ["naam": awkward])
        xml.element("t", text: awkward)
        xml.empty("leeg")
        xml.close()
        let read = try tokens(xml.text)
        let expected = awkward.replacingOccurrences(of: "\u{01}", with: "\u{FFFD}")
        #expect(read == [.start(name: "root", attributes: [XMLAttribute(name: "naam", value: expected)]),
                         .start(name: "t", attributes: []), .text(expected), .end(name: "t"),
                         .start(name: "leeg", attributes: []), .end(name: "leeg"), .end(name: "root")])
    }
}

extension XMLTests {
    @Test func manyAttributesStayLinearAndRepeatsAreFound() throws {
        let many = (0..<20_000).map { "a\($0)='\($0)'" }.joined(separator: " ")
        let read = try tokens("<a \(many)/>")
        if case .start(_, let attributes) = read.first { #expect(attributes.count == 20_000) }
        #expect(failure("<a \(many) a19999='x'/>") != nil)
        #expect(failure("<a a1='1' a2='2' a1='3'/>") != nil)
    }
}
