import Testing
@testable import ZVHFinance

/// Each sheet of the import layout is read by a type of its own: read alone, it gives
/// its part of the budget and names every cell it cannot read as `bestand:blad!C14`.
@Suite struct ImportSheetTests {
    /// A sheet of text cells, the first row its header.
    static func sheet(_ name: String, _ rows: [[String]]) -> ImportSheet {
        ImportSheet(BudgetImporter.Table(name: name, rows: rows.map { $0.map { $0.isEmpty ? .empty : .text($0) } }), file: "b.xlsx")
    }

    @Test func theMembersSheetReadsItsMembersAndNamesABadCount() {
        var sheet = Self.sheet("gemeenten", [["gemeente", "inwoners", "peildatum", "bron"], ["Beek", "15.595", "2024-01-01", "CBS"], ["Stein", "veel", "", ""]])
        let members = MembersSheet(&sheet)
        #expect(members.members.map(\.name) == ["Beek", "Stein"])
        #expect(members.members[0].inhabitants?.count == 15_595)
        #expect(sheet.problems.count == 1)
        #expect(sheet.problems.first?.hasPrefix("b.xlsx:gemeenten!B3: fout: ") == true)
    }

    @Test func theRatesSheetNeedsAnAmountPerFunction() {
        var sheet = Self.sheet("tarieven", [["functie", "bedrag", "bron", "aanname"], ["procesregie", "95.000", "cao", "ja"], ["secretariaat", "", "", ""]])
        let rates = RatesSheet(&sheet)
        #expect(rates.rates.map(\.function) == ["procesregie"])
        #expect(rates.rates.first?.amount == Money(euros: 95_000))
        #expect(rates.rates.first?.isAssumption == true)
        #expect(sheet.problems == ["b.xlsx:tarieven!B3: fout: een tarief heeft een bedrag"])
    }

    @Test func theStatedSheetKnowsWhatARowStatesAndHintsAtASpelling() {
        var sheet = Self.sheet("vermeld", [["wat", "naam", "kolom", "bedrag"], ["totaal-lasten", "", "begroot", "648.768"], ["totaal-batn", "", "begroot", "1"]])
        let stated = StatedSheet(&sheet, members: [])
        #expect(stated.stated.totalCosts["begroot"] == StatedAmount(Money(euros: 648_768)))
        #expect(sheet.problems.count == 1)
        #expect(sheet.problems.first?.hasPrefix("b.xlsx:vermeld!A3: fout: \"totaal-batn\" onbekend") == true)
        #expect(StatedSheet.What.allCases.map(\.rawValue) == ["totaal-lasten", "totaal-baten", "resultaat", "totaal", "bijdrage", "verrekening", "termijn", "afronding"])
    }

    @Test func aKeyOfAnUnknownKindIsNamedAtItsFirstRow() {
        var sheet = Self.sheet("verdeelsleutels", [["sleutel", "soort", "omschrijving", "bron", "vast-bedrag", "gemeente", "deel", "waarde"],
                                                   ["s", "gewichten", "", "", "", "Beek", "", "2"], ["t", "willekeurig", "", "", "", "Beek", "", "1"]])
        let keys = KeysSheet(&sheet)
        #expect(keys.keys.map(\.name) == ["s"])
        #expect(sheet.problems.count == 1)
        #expect(sheet.problems.first?.hasPrefix("b.xlsx:verdeelsleutels!B3: fout: soort sleutel \"willekeurig\" onbekend") == true)
    }

    @Test func problemsAreHandedOverOnceInTheOrderFound() {
        var sheet = Self.sheet("tarieven", [["functie", "bedrag"], ["a", ""], ["b", ""]])
        _ = RatesSheet(&sheet)
        #expect(sheet.takeProblems().map { $0.prefix(18) } == ["b.xlsx:tarieven!B2", "b.xlsx:tarieven!B3"])
        #expect(sheet.takeProblems().isEmpty)
    }
}
