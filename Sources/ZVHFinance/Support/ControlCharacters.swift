/// Escapes characters that must not reach a terminal or a diagnostic line as they are.
///
/// Text from a file (a label, a municipality's name, a file name) can hold control
/// characters: a newline would let a label forge a separate `bestand:regel:kolom: fout:`
/// line, ESC and BEL drive the terminal. Everything that prints such text goes through
/// here: diagnostics with ``escaped(_:)`` (one line, every control character escaped),
/// whole reports with ``escapedKeepingLineBreaks(_:)``.
///
/// ```swift
/// ControlCharacters.escaped("Beek\nx.json:1:1: fout: nep")   // "Beek\\nx.json:1:1: fout: nep"
/// ControlCharacters.escaped("\u{1B}[31mrood")                 // "\\u{1B}[31mrood"
/// ```
public enum ControlCharacters {
    /// The text as one line: every control character (C0, DEL, C1, line and paragraph
    /// separators, bidirectional controls, noncharacters) escaped as `\n`, `\t`, `\r` or `\u{1B}`,
    /// and a file-name byte that is not UTF-8 (see ``FileSystemName``) as `\xE9`.
    /// - Complexity: O(n) in the length of the text.
    public static func escaped(_ text: String) -> String {
        escape(text, keepsLineBreaks: false)
    }

    /// The text with its line structure kept (`\n`, a tab and the `\r` of `\r\n`) and
    /// every other control character escaped as ``escaped(_:)`` does: for a whole
    /// report whose lines the renderer made.
    /// - Complexity: O(n) in the length of the text.
    /// - Parameter keepingColours: whether colour sequences (`ESC[…m`, SGR) stay, for
    ///   a coloured report on a terminal; any other escape sequence is escaped.
    public static func escapedKeepingLineBreaks(_ text: String, keepingColours: Bool = false) -> String {
        escape(text, keepsLineBreaks: true, keepsColours: keepingColours)
    }

    /// Whether the text holds nothing to escape.
    public static func isClean(_ text: String) -> Bool {
        !text.unicodeScalars.contains { needsEscaping($0) }
    }

    /// Whether UTF-8 text certainly needs no change by
    /// ``escapedKeepingLineBreaks(_:keepingColours:)`` (without colours), judged from
    /// its bytes alone, without making a `String` of them; false means: escape it as text.
    /// - Complexity: O(n) in the number of bytes.
    public static func isPlainlyCleanKeepingLineBreaks(utf8: [UInt8]) -> Bool {
        isPlainlyClean(utf8: utf8) { byte in
            byte == 0x7F || (byte < 0x20 && byte != UInt8(ascii: "\n") && byte != UInt8(ascii: "\t"))
        }
    }

    /// Whether a scalar is escaped: C0, DEL, C1, the line and paragraph separators,
    /// every bidirectional control (Unicode's `Bidi_Control`: U+061C, U+200E, U+200F,
    /// U+202A…U+202E, U+2066…U+2069), the noncharacters (U+FDD0…U+FDEF and the last
    /// two of every plane, which XML and HTML do not carry) and a raw file-name byte.
    static func needsEscaping(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0xFDD0...0xFDEF: true
        case let value where value & 0xFFFE == 0xFFFE: true
        default: FileSystemName.rawByte(scalar) != nil
        }
    }

    static func escape(_ text: String, keepsLineBreaks: Bool, keepsColours: Bool = false) -> String {
        // Most text (a whole report: only newlines and tabs to keep) needs no change;
        // finding that out builds nothing.
        let isUnchanged = isPlainlyClean(text) { byte in
            byte == 0x7F || (byte < 0x20 && !(keepsLineBreaks && (byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t"))))
        } || text.unicodeScalars.allSatisfy { scalar in
            !needsEscaping(scalar) || (keepsLineBreaks && (scalar == "\n" || scalar == "\t"))
        }
        guard !isUnchanged else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            guard needsEscaping(scalar) else {
                result.unicodeScalars.append(scalar)
                continue
            }
            if keepsLineBreaks {
                let isLineBreak = scalar == "\n" || scalar == "\t" || (scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n")
                if isLineBreak || (keepsColours && isColourSequence(scalars, at: index)) {
                    result.unicodeScalars.append(scalar)
                    continue
                }
            }
            result += escapeSequence(scalar)
        }
        return result
    }

    /// Whether the text certainly holds no scalar that ``needsEscaping(_:)`` and no
    /// U+FEFF, judged from its UTF-8 bytes alone (a quick first look at a whole report);
    /// false means: look at its scalars.
    ///
    /// Every scalar escaped beyond ASCII starts with one of these UTF-8 sequences:
    /// `C2 80…9F` (C1 controls), `D8 9C` (U+061C), `E2 80 8E`, `E2 80 8F`, `E2 80 A8…AE`,
    /// `E2 81 A6…A9` (separators and bidirectional controls), `EF B7` (U+FDC0…, the
    /// noncharacters U+FDD0…U+FDEF among them), `EF BB` (U+FEFF among them), `EF BF`
    /// (U+FFFE, U+FFFF among them) or a four-byte sequence (noncharacters of the other
    /// planes, raw file-name bytes).
    /// - Parameters:
    ///   - isEscaped: whether an ASCII byte is escaped (or may be).
    /// - Complexity: O(n) in the length of the text.
    static func isPlainlyClean(_ text: String, escapingASCII isEscaped: (UInt8) -> Bool) -> Bool {
        // A native string's bytes are read in place; a bridged one's copied first.
        text.utf8.withContiguousStorageIfAvailable { isPlainlyClean(utf8: $0, escapingASCII: isEscaped) }
            ?? isPlainlyClean(utf8: Array(text.utf8), escapingASCII: isEscaped)
    }

    private static func isPlainlyClean(utf8: some Collection<UInt8>, escapingASCII isEscaped: (UInt8) -> Bool) -> Bool {
        // The lead byte of the sequence whose first continuation byte comes next, or 0.
        var lead: UInt8 = 0
        // After `E2 80` or `E2 81`: that first continuation byte (the next one decides), or 0.
        var pair: UInt8 = 0
        for byte in utf8 {
            switch byte {
            case 0x00..<0x80:
                if isEscaped(byte) { return false }
            case 0xC0...:
                if byte >= 0xF0 { return false }
                lead = byte
            default:
                switch (lead, pair, byte) {
                case (0xC2, 0, 0x80...0x9F), (0xD8, 0, 0x9C), (0xEF, 0, 0xB7), (0xEF, 0, 0xBB), (0xEF, 0, 0xBF),
                    (0, 0x80, 0x8E), (0, 0x80, 0x8F), (0, 0x80, 0xA8...0xAE), (0, 0x81, 0xA6...0xA9):
                    return false
                case (0xE2, 0, 0x80), (0xE2, 0, 0x81):
                    pair = byte
                default:
                    pair = 0
                }
                lead = 0
            }
        }
        return true
    }

    /// Whether an SGR sequence `ESC [ digits and ; m` starts at `index`.
    static func isColourSequence(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard scalars[index] == "\u{1B}", index + 2 < scalars.count, scalars[index + 1] == "[" else { return false }
        var next = index + 2
        while next < scalars.count, scalars[next] == ";" || ("0"..."9").contains(scalars[next]) { next += 1 }
        return next < scalars.count && scalars[next] == "m"
    }

    static func escapeSequence(_ scalar: Unicode.Scalar) -> String {
        if let raw = FileSystemName.rawByte(scalar) { return "\\x" + hex(UInt32(raw), digits: 2) }
        switch scalar {
        case "\n": return "\\n"
        case "\t": return "\\t"
        case "\r": return "\\r"
        default: return "\\u{" + hex(scalar.value, digits: 2) + "}"
        }
    }

    static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
