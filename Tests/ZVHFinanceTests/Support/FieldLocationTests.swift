import Foundation
import Testing
@testable import ZVHFinance

/// A place in a file is known or absent, never a line 0 to test; the accepted years are
/// one constant.
@Suite struct FieldLocationTests {
    @Test func aValueBuiltInCodeHasNoKnownLocation() throws {
        #expect(FieldLocation.none.knownLocation == nil)
        let budget = try Fixtures.read(Fixtures.minimalBegroting)
        #expect(budget.keys[0].origin.knownLocation?.line == 10)
        #expect(Finding(rule: "x", severity: .info, file: "f", place: FieldLocation.none, message: "m").place == nil)
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
