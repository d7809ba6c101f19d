import Foundation
import Testing
@testable import ZVHFinance

/// The workbook of a begroting recomputes: shares are numbers, derived cells are
/// formulas caching the library's figure, and after a cost line is changed LibreOffice
/// computes the same bijdragen, definitief and totals as the library does for the
/// changed budget.
@Suite(.serialized) struct RecalculatingWorkbookTests {
    static let budgetFile = "midden-limburg/begroting-2022.json"
    static let linesSheet = "Lasten, baten en resultaat"
    static let contributionsSheet = "Bijdragen per gemeente"

    /// The report workbook of a budget, as `zvh begroting --formaat xlsx` writes it.
    static func workbook(_ budget: Budget) -> XLSXWorkbook {
        let analysed = AnalysedBudget(budget)
        let content = BudgetReportContent(analysed, showsContributions: true, findings: Checker.check([analysed]))
        return WorkbookRenderer.workbook(content.presentation(ReportFormat.xlsx.effectiveOptions(ReportOptions())), budget: budget)
    }

    static func sheet(_ name: String, of workbook: XLSXWorkbook) throws -> XLSXSheet {
        try #require(workbook.sheets.first { $0.name == name })
    }

    @Test func sharesAreNumbersInAPercentFormatNeverText() throws {
        let workbook = Self.workbook(try Fixtures.budget(Self.budgetFile))
        let sheet = try Self.sheet(Self.contributionsSheet, of: workbook)
        let share = try #require(sheet.rows[0].firstIndex { $0.content == .text("aandeel") })
        for row in sheet.rows.dropFirst() {
            #expect([XLSXStyle.NumberFormat.percent].contains(row[share].style.numberFormat))
            switch row[share].content {
            case .number, .formula: break
            case .text, .empty: Issue.record("aandeel is not a number: \(row[share])")
            }
        }
        if case .formula(let formula, let cached) = sheet.rows[1][share].content {
            #expect(formula == "F2/F9")
            #expect(cached.text == "0.1211994163")  // 66.777 / 550.968
        } else {
            Issue.record("the share of Echt-Susteren is not a formula")
        }
        for sheet in workbook.sheets where !BudgetSheets.sheetNames.contains(sheet.name) {
            for row in sheet.rows {
                for cell in row {
                    if case .text(let text) = cell.content { #expect(!text.hasSuffix("%"), "\(sheet.name): \(text)") }
                }
            }
        }
    }

    @Test func derivedCellsAreFormulasThatCacheTheLibrarysFigure() throws {
        let workbook = Self.workbook(try Fixtures.budget(Self.budgetFile))
        let contributions = try Self.sheet(Self.contributionsSheet, of: workbook)
        // Echt-Susteren: bijdrage 66.777, verrekening −13.458, definitief 53.319.
        #expect(contributions.rows[1][9] == .formula("F2+I2", cached: Money(euros: 53_319), style: .amount))
        #expect(contributions.rows[1][8] == .formula("G2+H2", cached: Money(euros: -13_458), style: .amount))
        guard case .formula(let split, let cached) = contributions.rows[1][5].content else {
            Issue.record("bijdrage is not a formula")
            return
        }
        #expect(split.hasPrefix("SIGN($F$9)*(INT(ABS($F$9)*D2/SUM($D$2:$D$8))") && cached == XLSXNumber(Money(euros: 66_777)))
        #expect(contributions.rows[8][5].content == .formula(
            "'Lasten, baten en resultaat'!D17-'Lasten, baten en resultaat'!D19-'Lasten, baten en resultaat'!D20-'Lasten, baten en resultaat'!D21",
            cached: XLSXNumber(Money(euros: 550_968))))
        let lines = try Self.sheet(Self.linesSheet, of: workbook)
        #expect(lines.rows[30][3] == .formula("D30-D17", cached: .zero, style: .total))
        #expect(lines.rows[22][3].content == .formula("'Bijdragen per gemeente'!F2", cached: XLSXNumber(Money(euros: 66_777))))
    }

    @Test func aDerivationThatDoesNotReproduceTheFigureStaysAnAmount() throws {
        // A published definitief one euro off its bijdrage + verrekening: the workbook
        // keeps the published figure rather than a formula that would change it.
        var table = ReportTable(caption: "Bijdragen", columns: [.init("gemeente", alignsRight: false), .init("bijdrage"), .init("verrekening"), .init("definitief")])
        let definitief: [Int: ReportTable.Derivation] = [3: .sum(row: 0, columns: [1, 2])]
        table.rows.append(ReportTable.Row([.text("Leudal"), .amount(Money(euros: 81_598)), .amount(Money(euros: -16_446)), .amount(Money(euros: 65_153))], derivations: definitief))
        table.rows.append(ReportTable.Row([.text("Weert"), .amount(Money(euros: 112_673)), .amount(Money(euros: -22_709)), .amount(Money(euros: 89_964))],
                                          derivations: [3: .sum(row: 1, columns: [1, 2])]))
        let sheet = try #require(WorkbookRenderer.workbook(Report(title: "t", sections: [ReportSection(table: table)])).sheets.first)
        #expect(sheet.rows[1][5] == .amount(Money(euros: 65_153)))
        #expect(sheet.rows[2][5] == .formula("D3+E3", cached: Money(euros: 89_964), style: .amount))
    }

    /// The budget with one cost line set to a new amount in its first column.
    static func changing(_ budget: Budget, line name: String, to amount: Money) -> Budget {
        func change(_ item: BudgetItem) -> BudgetItem {
            switch item {
            case .group(var group):
                group.items = group.items.map(change)
                return .group(group)
            case .line(var line):
                if line.name == name, let column = budget.columns.first?.name { line.amounts[column] = amount }
                return .line(line)
            }
        }
        var changed = budget
        changed.costs = budget.costs.map(change)
        return changed
    }

    @Test func libreOfficeRecomputesTheBijdragenAndDefinitiefAfterACostLineChanges() throws {
        guard let soffice = Soffice.locate() else { return Soffice.reportSkip(#function) }
        let folder = try Soffice.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let budget = try Fixtures.budget(Self.budgetFile)
        let lineNames = ["Huur", "Formatie vast personeel", "Schoonmaak", "Onvoorzien", "Uitbestede werkzaamheden"]
        var generator = SeededGenerator(seed: 22)
        var cases: [(name: String, amount: Money, file: URL)] = []
        for (index, name) in lineNames.enumerated() {
            let amount = Money(euros: Int64.random(in: 0...250_000, using: &generator))
            var workbook = Self.workbook(budget)
            let sheetIndex = try #require(workbook.sheets.firstIndex { $0.name == Self.linesSheet })
            let row = try #require(workbook.sheets[sheetIndex].rows.firstIndex { $0.count > 3 && $0[2].content == .text(name) })
            workbook.sheets[sheetIndex].rows[row][3] = .amount(amount)
            let file = folder.appendingPathComponent("bewerkt-\(index).xlsx")
            try Data(try XLSXWriter.data(for: workbook)).write(to: file)
            cases.append((name, amount, file))
        }
        let output = folder.appendingPathComponent("herberekend")
        try soffice.run(["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", output.path] + cases.map(\.file.path), profile: folder)

        for (name, amount, file) in cases {
            let sheets = try XLSXReader.read([UInt8](try Data(contentsOf: output.appendingPathComponent(file.lastPathComponent))))
            let contributions = try #require(sheets.first { $0.name == Self.contributionsSheet })
            let lines = try #require(sheets.first { $0.name == Self.linesSheet })
            let analysed = AnalysedBudget(Self.changing(budget, line: name, to: amount))
            let statement = try #require(analysed.statement, "\(name) \(amount.dutch())")
            func money(_ value: XLSXValue) -> Money? {
                if case .number(let number) = value { return number.money }
                return nil
            }
            for (index, member) in statement.members.enumerated() {
                let row = contributions.rows[index + 1]
                #expect(money(row[5]) == member.contribution, "\(name) = \(amount.dutch()): bijdrage \(member.municipality)")
                #expect(money(row[9]) == member.final, "\(name) = \(amount.dutch()): definitief \(member.municipality)")
                guard case .number(let share) = row[4] else { Issue.record("aandeel \(row[4])"); continue }
                let exact = try #require(member.share.fractionText.flatMap { XLSXNumber($0) })
                #expect(ReportSheetComparison.agrees(.number(share), XLSXCell(.number(exact), style: .percent)), "\(share) vs \(exact)")
            }
            let totals = contributions.rows[statement.members.count + 1]
            #expect(money(totals[5]) == statement.totalContribution)
            #expect(money(totals[9]) == statement.totalFinal)
            #expect(money(lines.rows[16][3]) == analysed.figures.totalCosts[0], "totaal lasten")
            #expect(money(lines.rows[30][3]) == .zero, "the begroting stays sluitend: the bijdragen follow the lasten")
        }
    }

    /// A split of `total` over `weights` as two tables: the total in one (as the lines
    /// sheet holds lasten), the parts with their allocation formulas in the other.
    static func splitSections(total: Money, weights: [Quantity], unit: RoundingUnit, case number: Int, first section: Int) throws -> [ReportSection] {
        let parts = try Allocation(splitting: total, by: weights, unit: unit).parts
        let totalTable = ReportTable(caption: "te verdelen \(number)", columns: [.init("", alignsRight: false), .init("bedrag")],
                                     rows: [ReportTable.Row([.text("te verdelen"), .amount(total)])])
        var split = ReportTable(caption: "verdeling \(number)", columns: [.init("gemeente", alignsRight: false), .init("gewicht"), .init("bijdrage")])
        let positions = weights.indices.map { ReportTable.Position(row: $0, column: 1) }
        for (index, weight) in weights.enumerated() {
            split.rows.append(ReportTable.Row([.text("G\(index)"), .quantity(weight), .amount(parts[index])], derivations: [
                2: .allocation(total: ReportTable.Position(row: weights.count, column: 2), weight: index, weights: positions, unit: unit),
            ]))
        }
        split.rows.append(ReportTable.Row([.text("Totaal"), .quantity(Quantity(millionths: weights.map(\.millionths).reduce(0, +))), .amount(total)],
                                          style: .total, derivations: [2: .sum(added: [ReportTable.Position(section: section, row: 0, column: 1)], subtracted: [])]))
        return [ReportSection(table: totalTable), ReportSection(table: split)]
    }

    @Test func theBijdragenAreNoFormulaWhenTheirTotalIsTheSumOfThem() throws {
        // Without a total computed elsewhere the total row is SUM(bijdragen): a split
        // of it would be circular, so the bijdragen stay amounts.
        var sections = try Self.splitSections(total: Money(euros: 100), weights: [Quantity(1), Quantity(2)], unit: .euro, case: 1, first: 0)
        sections[1].table?.rows[2].derivations = [:]
        let workbook = WorkbookRenderer.workbook(Report(title: "t", sections: sections))
        let split = try Self.sheet("verdeling 1", of: workbook)
        #expect(split.rows[1][4] == .amount(Money(euros: 33)) && split.rows[2][4] == .amount(Money(euros: 67)))
        #expect(split.rows[3][4] == .formula("SUM(E2:E3)", cached: Money(euros: 100)))
        let linked = WorkbookRenderer.workbook(Report(title: "t", sections: try Self.splitSections(
            total: Money(euros: 100), weights: [Quantity(1), Quantity(2)], unit: .euro, case: 1, first: 0)))
        #expect(try Self.sheet("verdeling 1", of: linked).rows[3][4] == .formula("'te verdelen 1'!D2", cached: Money(euros: 100)))
    }

    @Test func theAllocationFormulaSplitsLikeTheLibraryInLibreOfficeOverSeededCases() throws {
        guard let soffice = Soffice.locate() else { return Soffice.reportSkip(#function) }
        let folder = try Soffice.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var generator = SeededGenerator(seed: 2022)
        // Few distinct weights, so equal remainders (and equal weights) are common.
        let weightChoices: [Int64] = [0, 1, 1, 2, 3, 3, 5, 10, 7, 100, 333, 1000, 66_777]
        var report = Report(title: "verdelingen")
        var cases: [(weights: [Quantity], unit: RoundingUnit, edited: Money)] = []
        for number in 1...45 {
            let unit: RoundingUnit = number.isMultiple(of: 2) ? .cent : .euro
            var weights = (0..<Int.random(in: 1...9, using: &generator)).map { _ in Quantity(weightChoices.randomElement(using: &generator)!) }
            if weights.allSatisfy({ $0.millionths == 0 }) { weights[0] = Quantity(1) }
            // Small totals over small weights give equal remainders of unequal weights.
            let range: ClosedRange<Int64> = number % 3 == 0 ? -20...20 : -2_000_000...2_000_000
            func amount() -> Money {
                let units = Int64.random(in: range, using: &generator)
                return unit == .euro || number % 3 == 0 ? Money(euros: units) : Money(cents: units * 100 + Int64.random(in: 0...99, using: &generator))
            }
            report.sections += try Self.splitSections(total: amount(), weights: weights, unit: unit, case: number, first: report.sections.count)
            cases.append((weights, unit, amount()))
        }
        var workbook = WorkbookRenderer.workbook(report)
        for (index, item) in cases.enumerated() {
            let sheet = 2 * index
            #expect(workbook.sheets[sheet].name == "te verdelen \(index + 1)")
            guard case .formula = workbook.sheets[sheet + 1].rows[1][4].content else {
                Issue.record("case \(index + 1): no allocation formula")
                continue
            }
            workbook.sheets[sheet].rows[1][3] = .amount(item.edited)
        }
        let input = folder.appendingPathComponent("verdelingen.xlsx")
        try Data(try XLSXWriter.data(for: workbook)).write(to: input)
        let output = folder.appendingPathComponent("herberekend")
        try soffice.run(["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", output.path, input.path], profile: folder)
        let sheets = try XLSXReader.read([UInt8](try Data(contentsOf: output.appendingPathComponent("verdelingen.xlsx"))))
        for (index, item) in cases.enumerated() {
            let expected = try Allocation(splitting: item.edited, by: item.weights, unit: item.unit).parts
            let rows = sheets[2 * index + 1].rows
            let found = item.weights.indices.map { row -> Money? in
                if case .number(let number) = rows[row + 1][4] { return number.money }
                return nil
            }
            #expect(found == expected, "case \(index + 1): \(item.edited.dutch()) over \(item.weights.map { $0.dutch() }) in \(item.unit)")
        }
    }
}
