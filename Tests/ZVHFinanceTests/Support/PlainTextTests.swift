import Testing
@testable import ZVHFinance

/// The byte-level first look that lets clean text through unescaped
/// (``ControlCharacters/isPlainlyClean(_:escapingASCII:)``) never passes a scalar that a
/// terminal or a JSON string literal escapes, wherever it stands in the text.
@Suite struct PlainTextTests {
    /// Every Unicode scalar, alone and after text with multibyte characters (so that a
    /// continuation byte of one is never taken for the start of the next).
    static func everyScalar(_ body: (Unicode.Scalar) -> Void) {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            body(scalar)
        }
    }

    @Test func noScalarATerminalEscapesPassesAsPlainlyClean() {
        var passed = 0
        var wronglyPassed: [UInt32] = []
        Self.everyScalar { scalar in
            for prefix in ["", "ë—", "€›"] {
                let text = prefix + String(scalar) + "x"
                guard ControlCharacters.isPlainlyClean(text, escapingASCII: { $0 < 0x20 || $0 == 0x7F }) else { continue }
                passed += 1
                if ControlCharacters.needsEscaping(scalar) || scalar == "\u{FEFF}" { wronglyPassed.append(scalar.value) }
            }
        }
        #expect(wronglyPassed.isEmpty)
        // The look is quick, not blind: most of the BMP passes.
        #expect(passed > 3 * 50_000)
    }

    @Test func aJSONStringIsPlainOnlyWhenNoScalarInItIsEscaped() {
        var wronglyPlain: [UInt32] = []
        Self.everyScalar { scalar in
            let text = "a" + String(scalar) + "é"
            let isEscaped = scalar == "\"" || scalar == "\\" || ControlCharacters.needsEscaping(scalar) || scalar == "\u{FEFF}"
            if JSONOutput.isPlain(text), isEscaped { wronglyPlain.append(scalar.value) }
        }
        #expect(wronglyPlain.isEmpty)
        #expect(!JSONOutput.isPlain("a\"b") && !JSONOutput.isPlain("a\\b") && !JSONOutput.isPlain("a\nb"))
        #expect(JSONOutput.isPlain("Beekdaelen — Gemeente Eijsden-Margraten"))
    }

    @Test func aWholeReportWithLineBreaksNeedsNoEscapingWhenItHoldsNoControls() {
        #expect(ControlCharacters.escapedKeepingLineBreaks("a\tb\nc — ë\n") == "a\tb\nc — ë\n")
        #expect(ControlCharacters.escapedKeepingLineBreaks("a\u{202E}b") == "a\\u{202E}b")
        #expect(ControlCharacters.escapedKeepingLineBreaks("a\u{85}b") == "a\\u{85}b")
    }
}
