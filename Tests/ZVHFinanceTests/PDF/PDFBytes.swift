@testable import ZVHFinance

/// Reads back the structure of a PDF the writer made: its objects by the offsets of
/// the cross-reference table, for tests that check the file without a PDF library.
struct PDFBytes {
    let bytes: [UInt8]
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The offsets listed in the cross-reference table, object 1 first.
    var xrefOffsets: [Int] {
        guard let start = text.range(of: "startxref\n", options: .backwards) else { return [] }
        let offsetText = text[start.upperBound...].prefix { $0.isNumber }
        guard let table = Int(offsetText) else { return [] }
        let lines = String(decoding: bytes[table...], as: UTF8.self).split(separator: "\n")
        guard lines.first == "xref", lines.count > 2 else { return [] }
        let count = Int(lines[1].split(separator: " ")[1]) ?? 0
        return lines[3..<min(lines.count, 2 + count)].map { Int($0.prefix(10)) ?? -1 }
    }

    /// Whether every listed offset points at `N 0 obj` for its own number N.
    var offsetsPointAtTheirObjects: Bool {
        let offsets = xrefOffsets
        return !offsets.isEmpty && offsets.enumerated().allSatisfy { index, offset in
            let header = Array("\(index + 1) 0 obj".utf8)
            return offset >= 0 && offset + header.count <= bytes.count && Array(bytes[offset..<offset + header.count]) == header
        }
    }

    /// Whether each content stream's `/Length` is the number of bytes up to `endstream`.
    var streamLengthsAreExact: Bool {
        let marker = Array("<< /Length ".utf8)
        let start = Array(">>\nstream\n".utf8)
        let end = Array("\nendstream".utf8)
        var index = 0
        var found = 0
        while let position = Self.find(marker, in: bytes, from: index) {
            var cursor = position + marker.count
            var length = 0
            while cursor < bytes.count, (0x30...0x39).contains(bytes[cursor]) {
                length = length * 10 + Int(bytes[cursor] - 0x30)
                cursor += 1
            }
            guard let streamStart = Self.find(start, in: bytes, from: cursor) else { return false }
            let body = streamStart + start.count
            guard body + length + end.count <= bytes.count, Array(bytes[(body + length)..<(body + length + end.count)]) == end else { return false }
            index = body + length
            found += 1
        }
        return found > 0
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0], Array(haystack[index..<index + needle.count]) == needle { return index }
            index += 1
        }
        return nil
    }
}
