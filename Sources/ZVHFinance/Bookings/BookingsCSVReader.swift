import Foundation

/// Reads an export of bookings line by line, in a fixed buffer: memory does not grow
/// with the number of bookings. Dutch and international conventions as the rules
/// file's ``CSVLayout`` says (separator, decimal mark, date format, debit/credit or a
/// signed amount), quoted fields (`"a;b"`, `""` for a quote), a UTF-8 byte order mark,
/// CRLF line ends, empty lines (also lines of only separators) skipped. A quoted field
/// cannot span lines.
///
/// Every problem is a ``CSVFileError`` with the file, line and column (in characters).
struct BookingsCSVReader {
    /// The longest line accepted, in bytes.
    static let maximumLineLength = 64 * 1024

    let layout: CSVLayout
    let file: String
    let rulesFile: String
    /// The field index of each needed column, after the header.
    private var dateIndex = 0, accountIndex = 0, costCentreIndex = -1, descriptionIndex = -1, amountIndex = 0, creditIndex = -1
    private var fieldCount = 0
    private var hasHeader = false
    private var starts: [Int] = []
    private var ends: [Int] = []
    private var escaped: [Bool] = []
    private var lowered: [UInt8] = []
    private var unescaped: [UInt8] = []

    init(layout: CSVLayout, file: String, rulesFile: String) {
        self.layout = layout
        self.file = file
        self.rulesFile = rulesFile
        lowered.reserveCapacity(Self.maximumLineLength)
        unescaped.reserveCapacity(Self.maximumLineLength)
    }

    /// Reads every booking from a source of bytes (`read(buffer) -> count`, 0 at the end).
    /// - Complexity: O(n) in the size of the export; memory O(maximumLineLength).
    mutating func read(
        from source: (UnsafeMutableRawBufferPointer) throws(CSVFileError) -> Int, each: (BookingRecord) throws(CSVFileError) -> Void
    ) throws(CSVFileError) {
        let capacity = 1 << 20
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 1)
        defer { buffer.deallocate() }
        let bytes = buffer.bindMemory(to: UInt8.self)
        var filled = 0
        var lineNumber = 0
        var atStart = true
        var ended = false
        while !ended {
            let count = try source(UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]))
            if count == 0 { ended = true }
            filled += count
            var start = 0
            if atStart, filled >= 3 || ended {
                if filled >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
                atStart = false
            }
            if atStart { continue }
            while start < filled {
                let rest = filled - start
                let found = memchr(bytes.baseAddress! + start, 0x0A, rest)
                let end: Int
                if let found {
                    end = bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
                } else if ended {
                    end = filled
                } else {
                    break
                }
                lineNumber += 1
                var lineEnd = end
                if lineEnd > start, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                guard lineEnd - start <= Self.maximumLineLength else {
                    throw .invalid(file: file, line: lineNumber, column: 1, message: "de regel is langer dan \(Self.maximumLineLength) bytes; is dit wel een export van boekingen?")
                }
                try consume(UnsafeBufferPointer(rebasing: bytes[start..<lineEnd]), number: lineNumber, each: each)
                start = end + 1
            }
            // Keep the unfinished line at the front of the buffer.
            let leftover = max(0, filled - start)
            if leftover > 0, start > 0 { memmove(buffer.baseAddress!, buffer.baseAddress! + start, leftover) }
            filled = leftover
            if filled == capacity {
                throw .invalid(file: file, line: lineNumber + 1, column: 1, message: "de regel is langer dan \(Self.maximumLineLength) bytes; is dit wel een export van boekingen?")
            }
            if ended, filled > 0 { continue }
        }
        if !hasHeader {
            throw .invalid(file: file, line: 1, column: 1, message: "het bestand is leeg; verwacht een kopregel met de kolommen \(neededColumns.map { "'\($0)'" }.joined(separator: ", "))")
        }
    }

    /// The column names the layout needs.
    var neededColumns: [String] {
        var names = [layout.dateColumn, layout.accountColumn]
        if let name = layout.costCentreColumn { names.append(name) }
        if let name = layout.descriptionColumn { names.append(name) }
        switch layout.amount {
        case .signed(let column, _): names.append(column)
        case .debitCredit(let debit, let credit): names += [debit, credit]
        }
        return names
    }

    private mutating func consume(_ line: UnsafeBufferPointer<UInt8>, number: Int, each: (BookingRecord) throws(CSVFileError) -> Void) throws(CSVFileError) {
        guard line.contains(where: { $0 != layout.separator && $0 != 0x20 && $0 != 0x09 }) else { return }
        try split(line, number: number)
        guard hasHeader else {
            try readHeader(line, number: number)
            return
        }
        guard starts.count == fieldCount else {
            let column = starts.count > fieldCount ? character(line, starts[fieldCount]) : character(line, line.count) + 1
            throw .invalid(file: file, line: number, column: column, message: "verwacht \(fieldCount) velden zoals de kopregel, gevonden \(starts.count) (een scheidingsteken te veel of te weinig, of een ander scheidingsteken dan '\(separatorName)'?)")
        }
        let date = try readDate(line, field: dateIndex, number: number)
        let account = try readAccount(line, field: accountIndex, number: number)
        var amount: Int64
        switch layout.amount {
        case .signed(_, let debitIsPositive):
            guard let value = try readAmount(line, field: amountIndex, number: number, allowsEmpty: false) else { preconditionFailure("required") }
            amount = debitIsPositive ? value : -value
        case .debitCredit:
            let debit = try readAmount(line, field: amountIndex, number: number, allowsEmpty: true) ?? 0
            let credit = try readAmount(line, field: creditIndex, number: number, allowsEmpty: true) ?? 0
            amount = debit - credit
        }
        let costCentre = costCentreIndex >= 0 ? trimmed(line, costCentreIndex) : UnsafeBufferPointer(start: nil, count: 0)
        var description = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        if descriptionIndex >= 0 {
            description = trimmed(line, descriptionIndex)
            if escaped[descriptionIndex] {
                unescaped.removeAll(keepingCapacity: true)
                var index = 0
                while index < description.count {
                    unescaped.append(description[index])
                    index += description[index] == 0x22 ? 2 : 1
                }
            }
        }
        try withDescription(description, isEscaped: descriptionIndex >= 0 && escaped[descriptionIndex]) { (plain, loweredText) throws(CSVFileError) in
            try each(BookingRecord(line: number, date: date, account: account, debitMinusCredit: amount, costCentre: costCentre, loweredDescription: loweredText, description: plain))
        }
    }

    private mutating func withDescription(_ raw: UnsafeBufferPointer<UInt8>, isEscaped: Bool, _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) throws(CSVFileError) -> Void) throws(CSVFileError) {
        lowered.removeAll(keepingCapacity: true)
        if isEscaped {
            for byte in unescaped { lowered.append(DescriptionPattern.lowercased(byte)) }
        } else {
            for byte in raw { lowered.append(DescriptionPattern.lowercased(byte)) }
        }
        let plainBytes = isEscaped ? unescaped : []
        var failure: CSVFileError?
        lowered.withUnsafeBufferPointer { loweredBuffer in
            plainBytes.withUnsafeBufferPointer { plainBuffer in
                do throws(CSVFileError) { try body(isEscaped ? plainBuffer : raw, loweredBuffer) } catch { failure = error }
            }
        }
        if let failure { throw failure }
    }

    private var separatorName: String {
        layout.separator == 9 ? "tab" : String(UnicodeScalar(layout.separator))
    }

    /// Splits a line into fields (positions into the line), honouring quotes.
    private mutating func split(_ line: UnsafeBufferPointer<UInt8>, number: Int) throws(CSVFileError) {
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        escaped.removeAll(keepingCapacity: true)
        let separator = layout.separator
        var index = 0
        while true {
            var fieldStart = index
            while fieldStart < line.count, line[fieldStart] == 0x20 { fieldStart += 1 }
            if fieldStart < line.count, line[fieldStart] == 0x22 {
                var cursor = fieldStart + 1
                var hasEscapes = false
                var closed = false
                while cursor < line.count {
                    if line[cursor] == 0x22 {
                        if cursor + 1 < line.count, line[cursor + 1] == 0x22 {
                            hasEscapes = true
                            cursor += 2
                            continue
                        }
                        closed = true
                        break
                    }
                    cursor += 1
                }
                guard closed else {
                    throw .invalid(file: file, line: number, column: character(line, fieldStart), message: "het aanhalingsteken wordt op deze regel niet gesloten (een veld over meer regels kan niet)")
                }
                starts.append(fieldStart + 1)
                ends.append(cursor)
                escaped.append(hasEscapes)
                var after = cursor + 1
                while after < line.count, line[after] == 0x20 { after += 1 }
                if after == line.count { return }
                guard line[after] == separator else {
                    throw .invalid(file: file, line: number, column: character(line, after), message: "na het sluitende aanhalingsteken hoort '\(separatorName)' of het einde van de regel")
                }
                index = after + 1
            } else {
                var cursor = index
                while cursor < line.count, line[cursor] != separator { cursor += 1 }
                starts.append(index)
                ends.append(cursor)
                escaped.append(false)
                if cursor == line.count { return }
                index = cursor + 1
            }
        }
    }

    /// The field's bytes without surrounding spaces.
    private func trimmed(_ line: UnsafeBufferPointer<UInt8>, _ field: Int) -> UnsafeBufferPointer<UInt8> {
        var start = starts[field]
        var end = ends[field]
        while start < end, line[start] == 0x20 || line[start] == 0x09 { start += 1 }
        while end > start, line[end - 1] == 0x20 || line[end - 1] == 0x09 { end -= 1 }
        return UnsafeBufferPointer(rebasing: line[start..<end])
    }

    private func text(_ line: UnsafeBufferPointer<UInt8>, _ field: Int) -> String {
        String(decoding: trimmed(line, field), as: UTF8.self)
    }

    /// A field's text as a message quotes it: at most 24 characters (a field may hold
    /// thousands).
    private func shown(_ line: UnsafeBufferPointer<UInt8>, _ field: Int) -> String {
        let bytes = trimmed(line, field)
        return DutchNumber.shortened(String(decoding: bytes.prefix(200), as: UTF8.self))
    }

    /// The column (in characters, from 1) of a byte position.
    private func character(_ line: UnsafeBufferPointer<UInt8>, _ position: Int) -> Int {
        var count = 1
        for index in 0..<min(position, line.count) where line[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    private func column(_ line: UnsafeBufferPointer<UInt8>, _ field: Int) -> Int {
        var start = starts[field]
        while start < ends[field], line[start] == 0x20 { start += 1 }
        return character(line, start)
    }

    private mutating func readHeader(_ line: UnsafeBufferPointer<UInt8>, number: Int) throws(CSVFileError) {
        let names = (0..<starts.count).map { text(line, $0) }
        let lowered = names.map { $0.lowercased() }
        func index(of name: String, key: String) throws(CSVFileError) -> Int {
            if let found = lowered.firstIndex(of: name.lowercased()) { return found }
            var hint = Spelling.hint(for: name, among: names)
            if names.count == 1 {
                let others = CSVLayout.separators.filter { $0.1 != layout.separator && names[0].utf8.contains($0.1) }
                if let other = others.first { hint += "; de kopregel lijkt '\(other.0)' als scheidingsteken te gebruiken, de regels noemen '\(separatorName)' (csv.scheidingsteken)" }
            }
            throw .invalid(file: file, line: number, column: 1, message: "de kolom \"\(name)\" (csv.kolommen.\(key) in \(rulesFile)) ontbreekt in de kopregel\(hint); gevonden: \(names.map { "\"\($0)\"" }.joined(separator: ", "))")
        }
        dateIndex = try index(of: layout.dateColumn, key: "datum")
        accountIndex = try index(of: layout.accountColumn, key: "rekening")
        if let name = layout.costCentreColumn { costCentreIndex = try index(of: name, key: "kostenplaats") }
        if let name = layout.descriptionColumn { descriptionIndex = try index(of: name, key: "omschrijving") }
        switch layout.amount {
        case .signed(let column, _): amountIndex = try index(of: column, key: "bedrag")
        case .debitCredit(let debit, let credit):
            amountIndex = try index(of: debit, key: "debet")
            creditIndex = try index(of: credit, key: "credit")
        }
        fieldCount = starts.count
        hasHeader = true
    }

    private func readDate(_ line: UnsafeBufferPointer<UInt8>, field: Int, number: Int) throws(CSVFileError) -> BookingDate {
        let bytes = trimmed(line, field)
        func numbers(_ separator: UInt8) -> [Int]? {
            var parts: [Int] = []
            var value = 0
            var digits = 0
            for byte in bytes {
                if byte == separator {
                    guard digits > 0 else { return nil }
                    parts.append(value)
                    value = 0
                    digits = 0
                } else if byte >= 48, byte <= 57, digits < 4 {
                    value = value * 10 + Int(byte - 48)
                    digits += 1
                } else {
                    return nil
                }
            }
            guard digits > 0 else { return nil }
            parts.append(value)
            return parts
        }
        var date: BookingDate?
        switch layout.dateFormat {
        case .dagMaandJaar, .dagMaandJaarSlash:
            let separator = layout.dateFormat == .iso || layout.dateFormat == .dagMaandJaar ? UInt8(ascii: "-") : UInt8(ascii: "/")
            if let parts = numbers(separator), parts.count == 3, bytes.count >= 8, bytes[bytes.count - 5] == separator {
                date = BookingDate(year: parts[2], month: parts[1], day: parts[0])
            }
        case .iso:
            if let parts = numbers(UInt8(ascii: "-")), parts.count == 3, bytes.count >= 8, bytes[4] == UInt8(ascii: "-") {
                date = BookingDate(year: parts[0], month: parts[1], day: parts[2])
            }
        }
        guard let date else {
            let example = layout.dateFormat == .iso ? "2021-11-08" : layout.dateFormat == .dagMaandJaar ? "08-11-2021" : "08/11/2021"
            throw .invalid(file: file, line: number, column: column(line, field), message: "'\(shown(line, field))' is geen datum in het formaat \(layout.dateFormat.rawValue) (csv.datumformaat in \(rulesFile); bv. \(example))")
        }
        return date
    }

    private func readAccount(_ line: UnsafeBufferPointer<UInt8>, field: Int, number: Int) throws(CSVFileError) -> UInt64 {
        let bytes = trimmed(line, field)
        var value: UInt64 = 0
        guard !bytes.isEmpty, bytes.count <= 18 else {
            throw .invalid(file: file, line: number, column: column(line, field), message: bytes.isEmpty ? "de grootboekrekening ontbreekt" : "'\(shown(line, field))' is geen grootboekrekening (hoogstens 18 cijfers)")
        }
        for byte in bytes {
            guard byte >= 48, byte <= 57 else {
                throw .invalid(file: file, line: number, column: column(line, field), message: "'\(shown(line, field))' is geen grootboekrekening (alleen cijfers, bv. 4300)")
            }
            value = value * 10 + UInt64(byte - 48)
        }
        return value
    }

    /// An amount in cents; nil for an empty field where that is allowed (debit or credit).
    private func readAmount(_ line: UnsafeBufferPointer<UInt8>, field: Int, number: Int, allowsEmpty: Bool) throws(CSVFileError) -> Int64? {
        let bytes = trimmed(line, field)
        if bytes.isEmpty, allowsEmpty { return nil }
        // The fast path reads up to 13 whole digits; the bound is the one amount bound.
        if let cents = Self.plainCents(bytes, mark: layout.decimalMark.byte), abs(cents) <= Money.largestReadable.cents { return cents }
        // Thousands separators and the rest: the project's Dutch reading (an
        // international amount with its marks swapped is a Dutch one).
        var text = text(line, field)
        if layout.decimalMark == .punt {
            text = String(text.map { $0 == "." ? "," : $0 == "," ? "." : $0 })
        }
        switch DutchNumber.money(text) {
        case .success(let money): return money.cents
        case .failure(let problem) where problem.isTooLarge:
            throw .invalid(file: file, line: number, column: column(line, field), message: "'\(shown(line, field))' is groter dan het grootste bedrag dat zvh aanneemt (\(Money.largestReadable.dutch()))")
        case .failure: break
        }
        let example = layout.decimalMark == .komma ? "1.234,56 of -12,50" : "1,234.56 or -12.50"
        throw .invalid(file: file, line: number, column: column(line, field), message: "'\(shown(line, field))' is geen bedrag met decimaalteken '\(layout.decimalMark.rawValue)' (csv.decimaalteken in \(rulesFile); bv. \(example))")
    }

    /// The fast path for `-1234,56`-like amounts without thousands separators: the same
    /// value ``SemicolonTable/dutchAmount(_:)`` gives (at most 13 whole digits, 1 or 2 decimals).
    @inline(__always) static func plainCents(_ bytes: UnsafeBufferPointer<UInt8>, mark: UInt8) -> Int64? {
        var index = 0
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { index = 1 }
        var whole: Int64 = 0
        var wholeDigits = 0
        while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
            whole = whole * 10 + Int64(bytes[index] - 48)
            wholeDigits += 1
            index += 1
            if wholeDigits > 13 { return nil }
        }
        guard wholeDigits > 0 else { return nil }
        var cents = whole * 100
        if index < bytes.count {
            guard bytes[index] == mark else { return nil }
            index += 1
            let fractionDigits = bytes.count - index
            guard fractionDigits == 1 || fractionDigits == 2 else { return nil }
            var fraction: Int64 = 0
            while index < bytes.count {
                guard bytes[index] >= 48, bytes[index] <= 57 else { return nil }
                fraction = fraction * 10 + Int64(bytes[index] - 48)
                index += 1
            }
            cents += fractionDigits == 1 ? fraction * 10 : fraction
        }
        return negative ? -cents : cents
    }
}
