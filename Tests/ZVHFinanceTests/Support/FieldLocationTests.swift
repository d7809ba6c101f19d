import Foundation
import Testing
@testable import ZVHFinance

/// A place in a file is known or absent, never a line 0 to test; the accepted years are
/// one constant.
@Suite struct FieldLocationTests {
    @Test func aValueBuiltInCodeHasNoLocation() throws {
        #expect(StatedAmount(.zero).origin == nil)
        #expect(Column(name: "begroot", kind: .budgeted).origin == nil)
        let budget = try Fixtures.read(Fixtures.minimalBegroting)
        #expect(budget.keys[0].origin?.location.line == 10)
        #expect(Finding(rule: "x", severity: .info, file: "f", place: nil, message: "m").place == nil)
    }

    @Test func anErrorWithoutAPlaceNamesOnlyTheFile() {
        #expect(BudgetFileError.invalidValue(file: "f.json", at: nil, message: "m").errorDescription == "f.json: fout: m")
        #expect(BudgetFileError.missingKey(file: "f.json", key: "k", at: nil).errorDescription == "f.json: fout: de verplichte sleutel \"k\" ontbreekt op het hoogste niveau")
        let at = FieldLocation(path: "baten[1]", location: SourceLocation(line: 7, column: 3))
        #expect(BudgetFileError.invalidValue(file: "f.json", at: at, message: "m").errorDescription == "f.json:7:3: fout: 'baten[1]': m")
    }

    @Test func noSourceTestsForALineZero() throws {
        let sources = Fixtures.packageRoot.appendingPathComponent("Sources").path
        let files = try #require(FileManager.default.enumerator(atPath: sources)).compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        let testing = files.filter { file in
            let text = (try? String(contentsOfFile: sources + "/" + file, encoding: .utf8)) ?? ""
            return ["line > 0", "line == 0", "FieldLocation.none", "line: 0"].contains { text.contains($0) }
        }
        #expect(testing == [])
    }

    @Test func aYearOutsideTheAcceptedYearsIsRefusedNamingThem() throws {
        let text = Fixtures.minimalBegroting.replacingOccurrences(of: #""jaar": 2025"#, with: #""jaar": \#(Period.acceptedYears.upperBound + 1)"#)
        #expect(throws: BudgetFileError.self) { try Fixtures.read(text) }
        #expect(Period.acceptedYears == 1900...2200)
    }

    @Test func theLibrarySpellsTheAcceptedYearsOnce() throws {
        let library = Fixtures.packageRoot.appendingPathComponent("Sources/ZVHFinance").path
        let files = try #require(FileManager.default.enumerator(atPath: library)).compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        let spelling = files.filter { file in
            (try? String(contentsOfFile: library + "/" + file, encoding: .utf8))?.contains("1900...2200") == true
        }
        #expect(spelling == ["Budget/Period.swift"])
    }
}
