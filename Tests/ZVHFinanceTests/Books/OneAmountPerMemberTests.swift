import Foundation
import Testing
@testable import ZVHFinance

/// One amount per member everywhere: the letter's definitief, the begroting's
/// definitief, the sum of the advances and what the afrekening counts as billed are one
/// exact amount, and `zvh gemeente` and `zvh brief` show one change — over every bundled
/// organisation and over many generated ones.
@Suite struct OneAmountPerMemberTests {
    /// Checks the promise on one set of books for the begroting in `file`, with the
    /// year's jaarrekening (when the books hold one) for the afrekening.
    static func expectOneAmount(_ books: Books, begroting file: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let entries = books.analysed.compactMap { analysed in
            analysed.statement == nil ? nil : BudgetReportContent(analysed, showsContributions: true, findings: books.findings)
        }
        let analysed = try #require(books.analysed(file), sourceLocation: sourceLocation)
        let statement = try #require(analysed.statement, sourceLocation: sourceLocation)
        let budget = analysed.budget
        let schedules = AdvanceSchedule.allowedCounts.map { AdvanceSchedule(statement: statement, budget: budget, count: $0) }
        let billed = books.billed(organisation: budget.organisation.identifier, year: budget.period.year)
        let organisation = budget.organisation.identifier
        let year = budget.period.year
        let account = books.analysed.first { (candidate: AnalysedBudget) -> Bool in
            candidate.budget.kind == .jaarrekening && candidate.budget.organisation.identifier == organisation && candidate.budget.period.year == year
        }
        let finalAccount = try account.flatMap { account -> FinalAccount? in
            guard let accountStatement = account.statement else { return nil }
            return FinalAccount(
                derivation: try SettlementDerivation(account), statement: accountStatement, paid: billed?.amounts, paidSource: "test")
        }
        for (index, member) in statement.members.enumerated() {
            let name = member.municipality
            let letter = try #require(ContributionLetter(name, begroting: file, entries: entries), sourceLocation: sourceLocation)
            #expect(letter.member.final == member.final, "\(file) \(name): brief", sourceLocation: sourceLocation)
            #expect(billed?.amounts[name] == member.final, "\(file) \(name): gefactureerd", sourceLocation: sourceLocation)
            for schedule in schedules {
                let advances = schedule.members[index]
                #expect(advances.municipality == name, sourceLocation: sourceLocation)
                #expect(advances.instalments.sum() == member.final, "\(file) \(name): \(schedule.count) termijnen", sourceLocation: sourceLocation)
            }
            if let entry = finalAccount?.entries.first(where: { $0.municipality == name }) {
                #expect(entry.paid == member.final, "\(file) \(name): afrekening", sourceLocation: sourceLocation)
            }
            let history = MunicipalityReport(name, entries: entries.filter { $0.budget.organisation.identifier == budget.organisation.identifier })
            let position = try #require(history.periods.firstIndex { $0.budget.file == file }, sourceLocation: sourceLocation)
            let change = history.change(at: position)
            #expect(change == letter.change, "\(file) \(name): verandering", sourceLocation: sourceLocation)
            if let change {
                for unit in [RoundingUnit.euro, .cent] {
                    let shown = change.shown(unit: unit)
                    #expect(shown.final == shown.contribution + shown.settlement, sourceLocation: sourceLocation)
                    #expect((shown.final - change.final).magnitude <= Money(cents: 2 * unit.cents), sourceLocation: sourceLocation)
                }
            }
        }
    }

    @Test func everyBundledBegrotingGivesEachMemberOneAmount() throws {
        let folders = ["midden-limburg", "westelijke-mijnstreek", "noord-limburg"]
        var checked = 0
        for folder in folders {
            let books = try Books.read(BooksRequest(paths: [Fixtures.budgetPath(folder)]))
            for analysed in books.analysed where analysed.budget.kind == .begroting && analysed.statement != nil {
                try Self.expectOneAmount(books, begroting: analysed.budget.file)
                checked += 1
            }
        }
        #expect(checked >= 3)
    }

    /// A thousand generated organisations, in the order one generator (seed 19) makes them.
    static let generated: [GeneratedBooks] = {
        var generator = SeededGenerator(seed: 19)
        return (0..<1000).map { GeneratedBooks(&generator, number: $0) }
    }()

    /// The thousand in ten parts of a hundred, which the test run checks side by side.
    @Test(arguments: 0..<10)
    func aThousandGeneratedOrganisationsGiveEachMemberOneAmount(part: Int) throws {
        for organisation in Self.generated[(part * 100)..<(part * 100 + 100)] {
            let books = Books.assembled(named: [try organisation.begroting()], others: [try organisation.previous(), try organisation.account()])
            try Self.expectOneAmount(books, begroting: organisation.begrotingFile)
        }
    }
}

/// A generated organisation: a begroting of 2025 (settling 2023, amounts with or
/// without cents), the begroting of 2024 before it and the jaarrekening of 2025.
struct GeneratedBooks {
    var members: [String]
    var weights: [Int]
    var costs: [Int64]
    var previousCosts: [Int64]
    var grant: Int64
    var settlement: [Int64]
    var months: Int
    var number: Int

    init(_ generator: inout SeededGenerator, number: Int) {
        let count = Int.random(in: 1...15, using: &generator)
        members = (0..<count).map { "Gemeente \($0 + 1)" }
        weights = (0..<count).map { _ in Int.random(in: 1...200_000, using: &generator) }
        let withCents = Bool.random(using: &generator)
        func amount(_ range: ClosedRange<Int64>) -> Int64 {
            let euros = Int64.random(in: range, using: &generator)
            return euros * 100 + (withCents ? Int64.random(in: 0...99, using: &generator) : 0)
        }
        costs = (0..<Int.random(in: 1...5, using: &generator)).map { _ in amount(10_000...900_000) }
        previousCosts = (0..<Int.random(in: 1...5, using: &generator)).map { _ in amount(10_000...900_000) }
        grant = amount(0...9_000)
        settlement = (0..<Int.random(in: 0...2, using: &generator)).map { _ in amount(-50_000...50_000) }
        months = Bool.random(using: &generator) ? 12 : Int.random(in: 1...11, using: &generator)
        self.number = number
    }

    var begrotingFile: String { "gen-\(number)/begroting-2025.json" }

    func json(kind: String, year: Int, months: Int, costs: [Int64], columns: String, amounts: (Int64) -> String, settlement: [Int64]) -> String {
        let gemeenten = members.map { #"{ "naam": "\#($0)" }"# }.joined(separator: ", ")
        let lines = costs.enumerated().map { #"{ "naam": "Kosten \#($0.offset)", "soort": "personeel", "bedragen": \#(amounts($0.element)) }"# }.joined(separator: ", ")
        let key = zip(members, weights).map { #""\#($0.0)": \#($0.1)"# }.joined(separator: ", ")
        let components = settlement.enumerated().map {
            #"{ "naam": "deel \#($0.offset)", "bedrag": \#(Money(cents: $0.element).jsonNumber), "sleutel": "s" }"#
        }.joined(separator: ", ")
        let period = months == 12 ? #"{ "jaar": \#(year) }"# : #"{ "jaar": \#(year), "maanden": \#(months) }"#
        return """
            {
              "soort": "\(kind)", "titel": "\(kind == "begroting" ? "Begroting" : "Jaarrekening") \(year)",
              "organisatie": { "code": "gen-\(number)", "naam": "ZVH \(number)" }, "periode": \(period),
              "bron": { "document": "gegenereerd" }, "gemeenten": [ \(gemeenten) ],
              "kolommen": [ \(columns) ],
              "lasten": [ \(lines) ],
              "baten": [ { "naam": "Rijk", "soort": "rijksbijdrage", "bedragen": \(amounts(grant)) } ],
              "verdeelsleutels": [ { "naam": "s", "soort": "gewichten", "gewichten": { \(key) } } ],
              "bijdragen": { "sleutel": "s", "kolom": "begroot", "afronding": "euro" }
              \(settlement.isEmpty ? "" : #", "verrekening": { "betreft-jaar": \#(year - 2), "omschrijving": "Verrekening", "componenten": [ \#(components) ] }"#)
            }
            """
    }

    func begroting() throws -> Budget {
        try BudgetFileReader.read(
            Array(json(kind: "begroting", year: 2025, months: months, costs: costs, columns: #"{ "naam": "begroot", "soort": "begroot" }"#,
                amounts: { #"{ "begroot": \#(Money(cents: $0).jsonNumber) }"# }, settlement: settlement).utf8),
            file: begrotingFile)
    }

    func previous() throws -> Budget {
        try BudgetFileReader.read(
            Array(json(kind: "begroting", year: 2024, months: 12, costs: previousCosts, columns: #"{ "naam": "begroot", "soort": "begroot" }"#,
                amounts: { #"{ "begroot": \#(Money(cents: $0).jsonNumber) }"# }, settlement: []).utf8),
            file: "gen-\(number)/begroting-2024.json")
    }

    func account() throws -> Budget {
        try BudgetFileReader.read(
            Array(json(kind: "jaarrekening", year: 2025, months: months, costs: costs,
                columns: #"{ "naam": "begroot", "soort": "begroot" }, { "naam": "werkelijk", "soort": "werkelijk" }"#,
                amounts: { #"{ "begroot": \#(Money(cents: $0).jsonNumber), "werkelijk": \#(Money(cents: $0 - $0 / 7).jsonNumber) }"# }, settlement: []).utf8),
            file: "gen-\(number)/jaarrekening-2025.json")
    }
}
