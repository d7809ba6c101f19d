/// `label-variant`: a line whose label differs only slightly from the matching line of
/// the previous period ("Represenatiekosten" against "Representatiekosten"). Lines with
/// codes are matched by code: a renamed line with its old code is no variant, a close
/// label with another code is another line.
public struct LabelVariantRule: CheckRule {
    public let name = "label-variant"
    public let summary = "een regel waarvan het label net iets anders is dan in de vorige periode"

    public init() {}

    /// The label among `candidates` that `label` matches: itself, or else the one close
    /// variant (edit distance at most a fifth of the shorter label).
    static func counterpart(of label: String, among candidates: [String]) -> String? {
        if candidates.contains(label) { return label }
        return variant(of: label, among: candidates)
    }

    /// Labels longer than this are not compared for small differences: the comparison
    /// is quadratic in the length, and a label that long is no typo away from another.
    static let longestComparedLabel = 100

    static func variant(of label: String, among candidates: [String]) -> String? {
        variant(of: label, among: Candidates(Set(candidates)))
    }

    /// Distinct labels to compare with, each with its length and lower case worked out
    /// once (a rule compares many lines with the same previous labels).
    struct Candidates {
        let labels: [(label: String, length: Int, lowered: String)]

        init(_ labels: Set<String>) {
            self.labels = labels.map { (label: $0, length: LabelVariantRule.characterCount($0), lowered: LabelVariantRule.lowered($0)) }
        }
    }

    /// The number of characters of a label; of an ASCII label without a carriage return
    /// (nearly every one), its number of bytes.
    static func characterCount(_ label: String) -> Int {
        let count = label.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            for byte in bytes where byte >= 0x80 || byte == UInt8(ascii: "\r") { return nil }
            return bytes.count
        }
        return (count ?? nil) ?? label.count
    }

    /// The label in lower case; an ASCII label (nearly every one) byte by byte.
    static func lowered(_ label: String) -> String {
        let ascii: String?? = label.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var union: UInt8 = 0
            for byte in bytes { union |= byte }
            guard union < 0x80 else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for (index, byte) in bytes.enumerated() {
                    buffer[index] = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 0x20 : byte
                }
                return bytes.count
            }
        }
        return (ascii ?? nil) ?? label.lowercased()
    }

    /// ``variant(of:among:)`` with the candidates prepared.
    static func variant(of label: String, among candidates: Candidates) -> String? {
        let length = characterCount(label)
        guard length <= longestComparedLabel else { return nil }
        let allowed = max(1, length / 5)
        let lowered = Self.lowered(label)
        // Worked out once, when the first close candidate needs it.
        var ownWithoutDigits: String?
        let close = candidates.labels.filter { candidate in
            guard candidate.length <= longestComparedLabel, abs(candidate.length - length) <= allowed else { return false }
            let bound = max(1, min(length, candidate.length) / 5)
            guard let distance = Spelling.editDistance(lowered, candidate.lowered, atMost: bound), distance > 0 else { return false }
            // "POK 2021" and "POK 2022" are different years' lines, not a variant.
            if ownWithoutDigits == nil { ownWithoutDigits = withoutDigits(label) }
            return ownWithoutDigits != withoutDigits(candidate.label)
        }
        return close.count == 1 ? close.first?.label : nil
    }

    /// The label with every run of digits replaced by `#`.
    static func withoutDigits(_ label: String) -> String {
        // ASCII text: the digits are 0–9, lower case is a–z, and every character is one
        // byte ("\r\n" aside, which is no digit and stays as it is).
        if label.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(label.utf8.count)
            var inDigits = false
            for byte in label.utf8 {
                if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                    if !inDigits { bytes.append(UInt8(ascii: "#")) }
                    inDigits = true
                } else {
                    bytes.append((UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 0x20 : byte)
                    inDigits = false
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return withoutDigitsByCharacter(label)
    }

    /// ``withoutDigits(_:)`` for any text, character by character.
    static func withoutDigitsByCharacter(_ label: String) -> String {
        var result = ""
        var inDigits = false
        for character in label {
            if character.isNumber {
                if !inDigits { result.append("#") }
                inDigits = true
            } else {
                result.append(character)
                inDigits = false
            }
        }
        return result.lowercased()
    }

    /// The lines whose label stands nowhere among the previous lines, in order. Most
    /// lines stand where they stood (or one further, after a line that went): those are
    /// passed by walking both lists in order, and a label is looked up among all the
    /// previous labels only where the order differs.
    /// - Complexity: O(n + m) for n lines and m previous lines.
    static func linesWithNewLabels(_ lines: [BudgetLine], previous: [BudgetLine]) -> [BudgetLine] {
        var result: [BudgetLine] = []
        var names: Set<String>?
        var next = 0
        for line in lines {
            let name = line.name
            if next < previous.count, previous[next].name == name {
                next += 1
                continue
            }
            if next + 1 < previous.count, previous[next + 1].name == name {
                next += 2
                continue
            }
            if names == nil { names = Set(previous.map(\.name)) }
            if names?.contains(name) == false { result.append(line) }
        }
        return result
    }

    public func findings(in context: CheckContext) -> [Finding] {
        guard let previous = context.previous else { return [] }
        var findings: [Finding] = []
        for (lines, previousLines) in [(context.budget.costLines, previous.costLines), (context.budget.incomeLines, previous.incomeLines)] {
            // Most labels stand in the previous period as they are; what compares a new
            // one is made when the first comes.
            let newLines = Self.linesWithNewLabels(lines, previous: previousLines)
            guard !newLines.isEmpty else { continue }
            var candidates: Candidates?
            var reported: Set<String> = []
            // Lines with codes are matched by code first (a renamed line is no variant of
            // another); the codes of the previous lines are gathered when a line has one.
            var previousCodes: [String: String] = [:]
            var previousCodeByName: [String: String?] = [:]
            var hasGatheredCodes = false
            for line in newLines where !reported.contains(line.name) {
                if line.code != nil, !hasGatheredCodes {
                    hasGatheredCodes = true
                    for line in previousLines {
                        if let code = line.code, previousCodes[code] == nil { previousCodes[code] = line.name }
                        if previousCodeByName[line.name] == nil { previousCodeByName[line.name] = .some(line.code) }
                    }
                }
                let variant: String
                if let code = line.code, let same = previousCodes[code] {
                    // The same line by code: only a close variant of its own earlier label is reported.
                    guard let close = Self.variant(of: line.name, among: Candidates([same])) else { continue }
                    variant = close
                } else {
                    if candidates == nil { candidates = Candidates(Set(previousLines.map(\.name))) }
                    guard let candidates, let close = Self.variant(of: line.name, among: candidates) else { continue }
                    variant = close
                }
                // A variant with another code is another line.
                if let code = line.code, let other = previousCodeByName[variant] ?? nil, other != code { continue }
                reported.insert(line.name)
                findings.append(
                    context.finding(
                        name, .info, at: line.origin,
                        "het label \"\(line.name)\" wijkt licht af van \"\(variant)\" in \(previous.title)",
                        members: line.municipality.map { [$0] } ?? [], hint: "dezelfde regel? Gebruik dan hetzelfde label, zodat de regels over de jaren te vergelijken zijn"))
            }
        }
        return findings
    }
}
