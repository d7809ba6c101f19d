import Foundation
import Testing
@testable import ZVHFinance

/// Any text in a label, a member's name or a description — controls, C1, bidirectional
/// controls, line separators, noncharacters, markup, separators, quotes — leaves every
/// format valid for its own parser, and every budget file zvh writes for itself loads
/// again.
@Suite struct HostileTextPropertyTests {
    /// Scalars an attacker would choose, and ordinary ones.
    static let pool: [Unicode.Scalar] = {
        var scalars: [Unicode.Scalar] = Array("Aa zZ09éß-'.;,|*_`<>&\"\\[]=+@#{}".unicodeScalars)
        let values: [UInt32] = [0x01, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9B, 0x9F, 0xA0, 0xAD,
                                0x061C, 0x200B, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
                                0x0301, 0xFDD0, 0xFDEF, 0xFEFF, 0xFFFD, 0xFFFE, 0xFFFF, 0x1F600, 0x1FFFE, 0x10FFFF, 0x10FCE9, 0xE000]
        scalars += values.compactMap(Unicode.Scalar.init)
        return scalars
    }()

    /// Random text of 1…12 scalars from the pool or from anywhere in Unicode.
    static func randomText(_ generator: inout SeededGenerator) -> String {
        var scalars = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 1...12, using: &generator) {
            if Bool.random(using: &generator) {
                scalars.append(pool.randomElement(using: &generator)!)
            } else {
                var value = UInt32.random(in: 0...0x10FFFF, using: &generator)
                if (0xD800...0xDFFF).contains(value) { value -= 0x800 }
                scalars.append(Unicode.Scalar(value)!)
            }
        }
        return String(scalars)
    }

    /// The bundled begroting with every member, line, group, title and source replaced
    /// by random text (consistently: a member's name everywhere it is named), written as
    /// JSON escapes; with `surrogate`, one name as an unpaired surrogate escape.
    static func hostileBudgetText(seed: UInt64, surrogate: Bool) throws -> String {
        var generator = SeededGenerator(seed: seed)
        var text = try String(contentsOfFile: Fixtures.budgetPath("midden-limburg/begroting-2022.json"), encoding: .utf8)
        let budget = try Fixtures.budget("midden-limburg/begroting-2022.json")
        var replaced: Set<String> = []
        func replace(_ name: String, unique: Bool) {
            guard replaced.insert(name).inserted else { return }
            var new = randomText(&generator)
            // Members stay distinct (the reader folds case, normalisation and spaces).
            if unique { new += " \(replaced.count)" }
            text = text.replacingOccurrences(of: JSONOutput.quoted(name), with: JSONOutput.quoted(new))
        }
        for member in budget.organisation.members { replace(member.name, unique: true) }
        for line in BudgetItem.lines(of: budget.costs + budget.income) { replace(line.name, unique: true) }
        for case .group(let group) in budget.costs + budget.income { replace(group.name, unique: true) }
        replace(budget.title, unique: false)
        replace(budget.source.document, unique: false)
        if surrogate, let first = budget.organisation.members.first {
            text = text.replacingOccurrences(of: "\"naam\": \(JSONOutput.quoted(first.name))", with: "\"naam\": \"x\\uD800y\"")
        }
        return text
    }

    /// Every report content the begroting gives.
    static func contents(_ budget: Budget) -> [any ReportContent] {
        let analysed = AnalysedBudget(budget)
        let findings = Checker.check([analysed])
        let entry = BudgetReportContent(analysed, showsContributions: true, findings: findings)
        var result: [any ReportContent] = [entry, OverviewContent([entry]), CheckReport(findings: findings, files: [budget.file])]
        for member in budget.organisation.members.prefix(2) {
            result.append(MunicipalityReport(member.name, entries: [entry]))
            if let letter = ContributionLetter(member.name, begroting: budget.file, entries: [entry]) { result.append(letter) }
        }
        if let statement = analysed.statement {
            result.append(AdvancesReport(AdvanceSchedule(statement: statement, budget: budget, count: 4)))
        }
        return result
    }

    @Test(arguments: 0..<40)
    func everyFormatParsesWithItsOwnParserForAnyText(seed: Int) throws {
        let text = try Self.hostileBudgetText(seed: UInt64(seed), surrogate: seed % 8 == 7)
        let budget: Budget
        do {
            budget = try BudgetFileReader.read(Array(text.utf8), file: "vijandig.json")
        } catch {
            // Refused with a message naming the place, never a trap.
            #expect(seed % 8 == 7, "\(error.errorDescription ?? "")")
            #expect(error.errorDescription?.contains("surrogaat") == true)
            return
        }
        for content in Self.contents(budget) {
            for format in ReportFormat.allCases {
                switch try format.output(content, options: ReportOptions(explains: true)) {
                case .text(let output):
                    switch format {
                    case .json:
                        // JSON escapes for itself: nothing a terminal acts on, so the last
                        // guard of stdout changes nothing and the JSON stays JSON.
                        #expect(ControlCharacters.escapedKeepingLineBreaks(output) == output, "seed \(seed)")
                        #expect((try? JSONSerialization.jsonObject(with: Data(output.utf8))) != nil, "seed \(seed)")
                        #expect((try? JSONParser.parse(Array(output.utf8))) != nil, "seed \(seed)")
                    case .csv: #expect(StrictFormats.csvProblem(output) == nil, "seed \(seed): \(StrictFormats.csvProblem(output) ?? "")")
                    case .html: #expect(StrictFormats.htmlProblem(output) == nil, "seed \(seed): \(StrictFormats.htmlProblem(output) ?? "")")
                    case .markdown: #expect(StrictFormats.markdownProblem(output) == nil, "seed \(seed): \(StrictFormats.markdownProblem(output) ?? "")")
                    case .tekst, .xlsx, .pdf: break
                    }
                case .bytes(let bytes) where format == .pdf:
                    // The PDF writer's own structure is tested in its suite (xref offsets,
                    // stream lengths); here: any text still gives a whole PDF file.
                    #expect(bytes.starts(with: Array("%PDF-".utf8)), "seed \(seed)")
                    #expect(String(decoding: bytes.suffix(8), as: UTF8.self).contains("%%EOF"), "seed \(seed)")
                case .bytes(let bytes):
                    let sheets = try XLSXReader.read(bytes)
                    #expect(!sheets.isEmpty)
                    if content.importableBudget != nil {
                        // The sheets just read, imported (reading the bytes again would add nothing).
                        let imported = try BudgetImporter.read(sheets.map { BudgetImporter.Table(name: $0.name, rows: $0.rows) }, file: "vijandig.xlsx")
                        #expect(imported.budget.organisation.members.map(\.name).count == budget.organisation.members.count)
                    }
                }
            }
        }
        // The budget file zvh writes for itself loads again, and writes the same text.
        let checked = try BudgetFileWriter.checkedFile(budget, file: "vijandig.json")
        let again = try BudgetFileWriter.checkedFile(checked.budget, file: "vijandig.json")
        #expect(again.text == checked.text)
        #expect(checked.budget.organisation.members.map(\.name) == budget.organisation.members.map(\.name))
    }

    @Test(arguments: 0..<200)
    func aJSONStringOfAnyTextParsesBackToTheSameText(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(seed) &+ 1_000)
        let text = Self.randomText(&generator).unicodeScalars.filter { FileSystemName.rawByte($0) == nil }
        let string = String(String.UnicodeScalarView(text))
        let quoted = JSONOutput.quoted(string)
        let parsed = try JSONSerialization.jsonObject(with: Data("[\(quoted)]".utf8), options: []) as? [String]
        #expect(parsed?.first.map { Array($0.unicodeScalars) } == Array(string.unicodeScalars))
        #expect(ControlCharacters.isClean(quoted))
        _ = try JSONParser.parse(Array(quoted.utf8))
    }
}
