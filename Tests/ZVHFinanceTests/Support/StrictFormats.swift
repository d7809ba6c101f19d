import Foundation
@testable import ZVHFinance

/// Strict checks of output formats for which Linux has no strict parser: HTML as
/// well-formed markup (every element closed or void, attributes quoted, `&` only as a
/// character reference, no character XML or HTML forbids), CSV as the importer's CSV
/// reader reads it, Markdown tables with a fixed number of cells per row.
enum StrictFormats {
    static let voidElements: Set<String> = ["meta", "br", "hr", "img", "link", "col", "input", "wbr", "source"]
    static let rawTextElements: Set<String> = ["style", "script"]

    /// Whether a scalar is one that no HTML or XML document may hold raw.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return !(value == 0x09 || value == 0x0A || value == 0x0D) }
        return (0x7F...0x9F).contains(value) || (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE
    }

    /// Why the text is not well-formed HTML, nil when it is.
    static func htmlProblem(_ html: String) -> String? {
        if let bad = html.unicodeScalars.first(where: isForbidden) { return "verboden teken U+\(String(bad.value, radix: 16))" }
        let chars = Array(html.unicodeScalars)
        var index = 0
        var open: [String] = []
        func starts(_ text: String, at position: Int) -> Bool {
            let scalars = Array(text.unicodeScalars)
            return position + scalars.count <= chars.count && Array(chars[position..<position + scalars.count]) == scalars
        }
        func find(_ text: String, from position: Int) -> Int? {
            var at = position
            while at < chars.count {
                if starts(text, at: at) { return at }
                at += 1
            }
            return nil
        }
        func entityEnd(at position: Int) -> Int? {
            var at = position + 1
            if at < chars.count, chars[at] == "#" {
                at += 1
                let isHex = at < chars.count && (chars[at] == "x" || chars[at] == "X")
                if isHex { at += 1 }
                let start = at
                while at < chars.count, isHex ? chars[at].properties.isASCIIHexDigit : ("0"..."9").contains(chars[at]) { at += 1 }
                return at > start && at < chars.count && chars[at] == ";" ? at : nil
            }
            let start = at
            while at < chars.count, chars[at].isASCII, chars[at].properties.isAlphabetic { at += 1 }
            return at > start && at < chars.count && chars[at] == ";" ? at : nil
        }
        while index < chars.count {
            let scalar = chars[index]
            if scalar == "&" {
                guard let end = entityEnd(at: index) else {
                    return "losse & op \(index): \(String(String.UnicodeScalarView(chars[max(0, index - 30)..<min(chars.count, index + 30)])).debugDescription)"
                }
                index = end + 1
                continue
            }
            guard scalar == "<" else { index += 1; continue }
            if starts("<!--", at: index) {
                guard let end = find("-->", from: index) else { return "commentaar niet gesloten" }
                index = end + 3
                continue
            }
            if starts("<!", at: index) {
                guard let end = find(">", from: index) else { return "declaratie niet gesloten" }
                index = end + 1
                continue
            }
            let isClosing = index + 1 < chars.count && chars[index + 1] == "/"
            var at = index + (isClosing ? 2 : 1)
            var name = ""
            while at < chars.count, chars[at].isASCII, chars[at].properties.isAlphabetic || ("0"..."9").contains(chars[at]) || chars[at] == "-" {
                name.unicodeScalars.append(chars[at])
                at += 1
            }
            guard !name.isEmpty else { return "< zonder elementnaam op \(index)" }
            name = name.lowercased()
            // Attributes: name="value" with an escaped value.
            var selfClosing = false
            while at < chars.count, chars[at] != ">" {
                if chars[at] == " " || chars[at] == "\n" { at += 1; continue }
                if chars[at] == "/", at + 1 < chars.count, chars[at + 1] == ">" { selfClosing = true; at += 1; continue }
                guard !isClosing else { return "attribuut in sluittag \(name)" }
                while at < chars.count, chars[at] != "=", chars[at] != " ", chars[at] != ">" { at += 1 }
                guard at < chars.count, chars[at] == "=" else { continue }
                at += 1
                guard at < chars.count, chars[at] == "\"" || chars[at] == "'" else { return "attribuut zonder aanhalingstekens in \(name)" }
                let quote = chars[at]
                at += 1
                while at < chars.count, chars[at] != quote {
                    if chars[at] == "<" { return "< in attribuut van \(name)" }
                    if chars[at] == "&" {
                        guard let end = entityEnd(at: at) else { return "losse & in attribuut van \(name)" }
                        at = end
                    }
                    at += 1
                }
                at += 1
            }
            guard at < chars.count else { return "tag \(name) niet gesloten" }
            index = at + 1
            if isClosing {
                guard open.last == name else { return "</\(name)> sluit \(open.last ?? "niets")" }
                open.removeLast()
            } else if rawTextElements.contains(name) {
                guard let end = find("</\(name)>", from: index) else { return "\(name) niet gesloten" }
                index = end + name.count + 3
            } else if !selfClosing, !voidElements.contains(name) {
                open.append(name)
            }
        }
        return open.isEmpty ? nil : "niet gesloten: \(open.joined(separator: ", "))"
    }

    /// Why the CSV is not one the importer's reader reads back as blocks of equal
    /// width (a caption line, then a header and rows with as many fields).
    static func csvProblem(_ csv: String) -> String? {
        var width: Int?
        for line in DutchCSV.lines(Array(csv.utf8)) {
            guard line.fields.count > 1 else {
                width = nil
                continue
            }
            if let width, width != line.fields.count { return "regel \(line.number): \(line.fields.count) velden, verwacht \(width)" }
            width = line.fields.count
        }
        return nil
    }

    /// Why a Markdown table row has another number of cells than its header.
    static func markdownProblem(_ markdown: String) -> String? {
        var width: Int?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else {
                width = nil
                continue
            }
            var cells = 0
            var escaped = false
            for scalar in line.unicodeScalars {
                if escaped { escaped = false; continue }
                if scalar == "\\" { escaped = true } else if scalar == "|" { cells += 1 }
            }
            if let width, width != cells { return "\(line.prefix(60)): \(cells) scheidingen, verwacht \(width)" }
            width = cells
        }
        return nil
    }
}
