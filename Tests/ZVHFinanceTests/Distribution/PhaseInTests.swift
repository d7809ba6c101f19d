import Testing
@testable import ZVHFinance

@Suite struct PhaseInTests {
    /// A phased split of `total` over generated members, keys A and B and a cap.
    static func split(_ total: Money, old: [Quantity], new: [Quantity], inhabitants: [Int64], years: Int, year: Int, cap: PhaseInCap?, unit: RoundingUnit = .euro) throws -> KeySplit {
        let members = inhabitants.enumerated().map { Municipality(name: "G\($0.offset)", inhabitants: Inhabitants(count: $0.element)) }
        let a = DistributionKey(name: "a", kind: .weights(zip(members, old).map { KeyEntry(municipality: $0.name, value: $1) }))
        let b = DistributionKey(name: "b", kind: .weights(zip(members, new).map { KeyEntry(municipality: $0.name, value: $1) }))
        let phased = DistributionKey(name: "p", kind: .phased(PhaseIn(fromKey: "a", toKey: "b", years: years, firstYear: 2030, cap: cap)))
        return try phased.split(total, over: members, members: members, unit: unit, keys: [a, b, phased], year: year)
    }

    @Test func everyYearConservesItsTotalAndStepsKOverNOfTheFullEffectWithinOneUnit() throws {
        var generator = SeededGenerator(seed: 21)
        for _ in 0..<400 {
            let count = Int.random(in: 1...12, using: &generator)
            let old = (0..<count).map { _ in Quantity(millionths: Int64.random(in: 1...90_000_000_000, using: &generator)) }
            let new = (0..<count).map { _ in Quantity(millionths: Int64.random(in: 1...90_000_000_000, using: &generator)) }
            let inhabitants = (0..<count).map { _ in Int64.random(in: 1_000...200_000, using: &generator) }
            let total = Money(euros: Int64.random(in: -2_000_000...20_000_000, using: &generator))
            let years = Int.random(in: 1...8, using: &generator)
            for step in 0...(years + 1) {
                let split = try Self.split(total, old: old, new: new, inhabitants: inhabitants, years: years, year: 2029 + step, cap: nil)
                #expect(split.parts.sum() == total)
                let (oldParts, newParts) = (try #require(split.phaseInOld).parts, try #require(split.phaseInNew).parts)
                let k = Int128(min(step, years)), n = Int128(years)
                for index in 0..<count {
                    // |d − k/N × D| < 1 euro, in cents times N.
                    let difference = Int128(split.parts[index].cents - oldParts[index].cents)
                    let full = Int128(newParts[index].cents - oldParts[index].cents)
                    #expect((n * difference - k * full).magnitude < UInt128(n * 100), "G\(index) step \(step) of \(years)")
                }
            }
        }
    }

    @Test func aCapLimitsWhatAMemberPaysMoreAndTheOthersCarryTheExcessExactly() throws {
        var generator = SeededGenerator(seed: 2121)
        var capsThatBound = 0
        for _ in 0..<400 {
            let count = Int.random(in: 2...10, using: &generator)
            let old = (0..<count).map { _ in Quantity(Int64.random(in: 1...100_000, using: &generator)) }
            let new = (0..<count).map { _ in Quantity(Int64.random(in: 1...100_000, using: &generator)) }
            let inhabitants = (0..<count).map { _ in Int64.random(in: 1_000...100_000, using: &generator) }
            let total = Money(euros: Int64.random(in: 0...5_000_000, using: &generator))
            let years = Int.random(in: 1...6, using: &generator)
            let cap: PhaseInCap = Bool.random(using: &generator)
                ? .perYear(Money(euros: Int64.random(in: 0...20_000, using: &generator)))
                : .perInhabitantPerYear(Money(cents: Int64.random(in: 0...200, using: &generator)))
            for step in 1...(years + 1) {
                let split = try Self.split(total, old: old, new: new, inhabitants: inhabitants, years: years, year: 2029 + step, cap: cap)
                #expect(split.parts.sum() == total)
                let phase = try #require(split.phaseIn)
                let oldParts = try #require(split.phaseInOld).parts
                #expect(phase.exact.reduce(Int128(0)) { $0 + $1.numeratorCents } == Int128(total.cents) * (phase.exact.first?.denominator ?? 1))
                for index in 0..<count {
                    let allowance = try #require(phase.allowances[index])
                    let extra = ExactAmount(Money(cents: split.parts[index].cents - oldParts[index].cents))
                    // Within one unit of the cap (the one rounding), never more.
                    #expect(extra.numeratorCents * allowance.denominator < (allowance.numeratorCents + 100 * allowance.denominator) * extra.denominator)
                    if phase.isCapped[index] {
                        capsThatBound += 1
                        #expect(phase.exact[index].numeratorCents * allowance.denominator == (Int128(oldParts[index].cents) * allowance.denominator + allowance.numeratorCents) * phase.exact[index].denominator)
                    }
                    #expect((Int128(split.parts[index].cents) * phase.exact[index].denominator - phase.exact[index].numeratorCents).magnitude < UInt128(100 * phase.exact[index].denominator))
                }
            }
        }
        #expect(capsThatBound > 100)
    }

    @Test func aPhasedKeyRefersToPlainKeysOnly() throws {
        let members = [Municipality(name: "A"), Municipality(name: "B")]
        let phased = DistributionKey(name: "p", kind: .phased(PhaseIn(fromKey: "p", toKey: "b", years: 2, firstYear: 2030)))
        let b = DistributionKey(name: "b", kind: .weights(members.map { KeyEntry(municipality: $0.name, value: Quantity(1)) }))
        #expect(throws: ContributionError.nestedPhaseIn(key: "p", origin: .none)) {
            try phased.split(Money(euros: 10), over: members, members: members, unit: .euro, keys: [phased, b], year: 2030)
        }
    }

    static let phasedBegroting = Fixtures.minimalBegroting
        .replacingOccurrences(of: #""verdeelsleutels": [ { "naam": "s", "soort": "gewichten", "gewichten": { "A": 2, "B": 1 } } ],"#, with: #"""
            "verdeelsleutels": [ { "naam": "s", "soort": "gewichten", "gewichten": { "A": 2, "B": 1 } },
              { "naam": "t", "soort": "gewichten", "gewichten": { "A": 1, "B": 2 } },
              { "naam": "p", "soort": "ingroei", "van": "s", "naar": "t", "jaren": 3, "eerste-jaar": 2025, "plafond": { "per-jaar": 100 } } ],
            """#)
        .replacingOccurrences(of: #""bijdragen": { "sleutel": "s" }"#, with: #""bijdragen": { "sleutel": "p" }"#)

    @Test func aBudgetFileMayPhaseItsKeyInAndTheWriterKeepsIt() throws {
        let budget = try Fixtures.read(Self.phasedBegroting)
        // 900 to split: by s 600/300, by t 300/600; year 1: 500/400, B's extra 100 reaches the cap exactly.
        #expect(try budget.contributions().members.map(\.contribution) == [Money(euros: 500), Money(euros: 400)])
        let later = try Projection.years(after: budget, scenario: nil, indexation: Indexation(), count: 3)
        #expect(try later.map { try $0.contributions().members.map(\.contribution) } == [
            [Money(euros: 400), Money(euros: 500)], [Money(euros: 300), Money(euros: 600)], [Money(euros: 300), Money(euros: 600)],
        ])
        let written = try BudgetFileWriter.write(budget)
        #expect(try Fixtures.read(written).contributions().members.map(\.contribution) == [Money(euros: 500), Money(euros: 400)])
        #expect(written.contains(#""eerste-jaar": 2025"#))
    }

    @Test func aBadIngroeiKeyNamesItsPlace() throws {
        let same = Self.phasedBegroting.replacingOccurrences(of: #""naar": "t""#, with: #""naar": "s""#)
        #expect(throws: BudgetFileError.self) { try Fixtures.read(same) }
        do {
            _ = try Fixtures.read(Self.phasedBegroting.replacingOccurrences(of: #""jaren": 3"#, with: #""jaren": 0"#))
            Issue.record("jaren 0 was accepted")
        } catch {
            #expect(error.errorDescription?.contains("jaren") == true)
        }
        let misplaced = Fixtures.minimalBegroting.replacingOccurrences(of: #""soort": "gewichten", "gewichten""#, with: #""soort": "gewichten", "jaren": 2, "gewichten""#)
        #expect(throws: BudgetFileError.self) { try Fixtures.read(misplaced) }
    }
}
