import Foundation

/// Text in WinAnsiEncoding (ISO 32000-1, Annex D.2), the encoding of the standard fonts
/// in the PDF writer: Windows code page 1252, which holds every letter of Dutch (ë, é,
/// ï, ó), the euro sign, the en dash and curly quotes.
///
/// A character outside it never breaks the file; it is written as something visible:
/// - typographic characters by their nearest WinAnsi spelling: `−` as `-`, `≤` as
///   `<=`, `≥` as `>=`, `→` as `->`, `≈` as `~`, `⚠` as `(!)`, `✓` as `ja`, `✗` as
///   `nee`, the narrow and other spaces as a space;
/// - a letter with a diacritic WinAnsi lacks (ł, ą, ő) as its base letter;
/// - anything else as `?`.
/// Control characters are escaped first as every format escapes them
/// (``ControlCharacters/escaped(_:)``: `\n`, `\u{1B}`).
///
/// ```swift
/// WinAnsi.encode("€ 1.234 – café")  // [0x80, 0x20, 0x31, …, 0x96, …, 0xE9]
/// ```
public enum WinAnsi {
    /// The text's bytes in WinAnsiEncoding, with the replacements above.
    /// - Complexity: O(n) in the length of the text.
    public static func encode(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in ControlCharacters.escaped(text).unicodeScalars {
            append(scalar, to: &bytes)
        }
        return bytes
    }

    /// The text as the reader will show it: ``encode(_:)`` decoded back.
    public static func shown(_ text: String) -> String {
        String(decoding: encode(text).map(unicode(of:)).flatMap { Array(String($0).utf8) }, as: UTF8.self)
    }

    static func append(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        if (0x20...0x7E).contains(value) || (0xA0...0xFF).contains(value) {
            bytes.append(UInt8(value))
        } else if let byte = upperCodes[value] {
            bytes.append(byte)
        } else if let spelling = spellings[value] {
            bytes += spelling.utf8
        } else if let base = baseLetter(of: scalar) {
            bytes.append(base)
        } else {
            bytes.append(UInt8(ascii: "?"))
        }
    }

    /// The base letter of a letter with a diacritic, when it is ASCII (`ą` → `a`).
    static func baseLetter(of scalar: Unicode.Scalar) -> UInt8? {
        guard scalar.properties.isAlphabetic, let first = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first,
              first.isASCII, first.properties.isAlphabetic else {
            return strokedLetters[scalar.value]
        }
        return UInt8(first.value)
    }

    /// The Unicode character of a WinAnsi code.
    static func unicode(of byte: UInt8) -> Character {
        if let scalar = upperScalars[byte] { return Character(Unicode.Scalar(scalar)!) }
        return Character(Unicode.Scalar(byte))
    }

    /// The codes 128–159, which WinAnsi gives other characters than Latin-1.
    static let upperCodes: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
        0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E,
        0x2018: 0x91, 0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97,
        0x02DC: 0x98, 0x2015: 0x97, 0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B, 0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]

    static let upperScalars: [UInt8: UInt32] = Dictionary(upperCodes.map { ($0.value, $0.key) }, uniquingKeysWith: min)

    /// Visible WinAnsi spellings of characters the reports use that WinAnsi lacks.
    static let spellings: [UInt32: String] = [
        0x2212: "-", 0x2010: "-", 0x2011: "-", 0x2264: "<=", 0x2265: ">=", 0x2192: "->", 0x2190: "<-", 0x2248: "~",
        0x26A0: "(!)", 0x2713: "ja", 0x2714: "ja", 0x2717: "nee", 0x2718: "nee", 0x2260: "<>", 0x221E: "oneindig",
        0x2009: " ", 0x200A: " ", 0x202F: " ", 0x2002: " ", 0x2003: " ", 0x2007: " ", 0x2008: " ", 0x200B: "",
        0xFE0F: "", 0x2032: "'", 0x2033: "\"",
    ]

    /// Letters with a stroke, which have no canonical decomposition.
    static let strokedLetters: [UInt32: UInt8] = [
        0x0141: UInt8(ascii: "L"), 0x0142: UInt8(ascii: "l"), 0x0110: UInt8(ascii: "D"), 0x0111: UInt8(ascii: "d"),
        0x0131: UInt8(ascii: "i"), 0x0127: UInt8(ascii: "h"), 0x0126: UInt8(ascii: "H"),
    ]
}
