import Testing
@testable import ZVHFinance

/// Both allocation methods: the parts plus the afronding line always meet the total, and
/// per municipality every part is its exact share rounded on its own.
@Suite struct AllocationMethodTests {
    @Test(arguments: AllocationMethod.allCases)
    func partsPlusTheRoundingLineAlwaysAddUpToTheTotal(method: AllocationMethod) throws {
        var generator = SeededGenerator(seed: method == .largestRemainder ? 2701 : 2702)
        for _ in 0..<5000 {
            let (total, weights, unit) = AllocationTests.randomCase(&generator)
            let allocation = try Allocation(splitting: total, by: weights, unit: unit, method: method)
            #expect(allocation.parts.sum() + allocation.roundingDifference == total, "\(method) \(total.cents) over \(weights)")
            #expect(allocation.method == method)
            let totalWeight = weights.reduce(Int128(0)) { $0 + Int128($1.millionths) }
            for (part, weight) in zip(allocation.parts, weights) {
                #expect(part.isMultiple(of: unit))
                // Within one unit of the exact share (per municipality: within half a unit).
                let difference = (Int128(part.cents) * totalWeight - Int128(total.cents) * Int128(weight.millionths)).magnitude
                switch method {
                case .largestRemainder: #expect(difference < UInt128(Int128(unit.cents) * totalWeight))
                case .perMunicipality: #expect(difference * 2 <= UInt128(Int128(unit.cents) * totalWeight))
                }
            }
            switch method {
            case .largestRemainder: #expect(allocation.roundingDifference == .zero)
            case .perMunicipality:
                // Each part is off by at most half a unit, so the line is at most n/2 units.
                #expect(allocation.roundingDifference.magnitude.cents * 2 <= Int64(weights.count) * unit.cents)
            }
        }
    }

    @Test(arguments: AllocationMethod.allCases)
    func negativeTotalsAreTheNegationOfTheirMagnitudeWithTheirRoundingLine(method: AllocationMethod) throws {
        var generator = SeededGenerator(seed: 2703)
        for _ in 0..<2000 {
            let (total, weights, unit) = AllocationTests.randomCase(&generator)
            let positive = try Allocation(splitting: total.magnitude, by: weights, unit: unit, method: method)
            let negative = try Allocation(splitting: -total.magnitude, by: weights, unit: unit, method: method)
            #expect(negative.parts == positive.parts.map { -$0 })
            #expect(negative.roundingDifference == -positive.roundingDifference)
            #expect(negative.parts.sum() + negative.roundingDifference == -total.magnitude)
        }
    }

    @Test func perMunicipalityRoundsEachShareOnItsOwnAndRecordsTheMethodInEveryDerivation() throws {
        // 100.000 over three equal weights: 33.333,33… each, rounded on its own; afronding 1.
        let split = try Allocation(splitting: Money(euros: 100_000), by: [1, 1, 1].map { Quantity($0) }, unit: .euro, method: .perMunicipality)
        #expect(split.parts == [Money(euros: 33_333), Money(euros: 33_333), Money(euros: 33_333)])
        #expect(split.roundingDifference == Money(euros: 1))
        #expect(split.derivations.allSatisfy { $0.method == .perMunicipality && !$0.receivedLeftoverUnit && $0.part == Money(euros: 33_333) })
        let largest = try Allocation(splitting: Money(euros: 100_000), by: [1, 1, 1].map { Quantity($0) }, unit: .euro)
        #expect(largest.parts == [Money(euros: 33_334), Money(euros: 33_333), Money(euros: 33_333)])
        #expect(largest.derivations.allSatisfy { $0.method == .largestRemainder })
        // A half goes away from zero: 5 over 1:1 in euros gives 2,50 each → 3 and 3, afronding −1.
        let half = try Allocation(splitting: Money(euros: 5), by: [1, 1].map { Quantity($0) }, unit: .euro, method: .perMunicipality)
        #expect(half.parts == [Money(euros: 3), Money(euros: 3)])
        #expect(half.roundingDifference == Money(euros: -1))
        let negativeHalf = try Allocation(splitting: Money(euros: -5), by: [1, 1].map { Quantity($0) }, unit: .euro, method: .perMunicipality)
        #expect(negativeHalf.parts == [Money(euros: -3), Money(euros: -3)])
        #expect(negativeHalf.roundingDifference == Money(euros: 1))
    }

    @Test(arguments: AllocationMethod.allCases)
    func keySplitsOfEveryKindMeetTheirTotalWithTheRoundingLine(method: AllocationMethod) throws {
        var generator = SeededGenerator(seed: 2704)
        let members = (0..<5).map { Municipality(name: "G\($0)", inhabitants: Inhabitants(count: Int64($0 * 1_000 + 713))) }
        let weights = DistributionKey(name: "w", kind: .weights(members.map { KeyEntry(municipality: $0.name, value: Quantity(Int64($0.name.utf8.last!) * 7 + 3)) }))
        let inhabitants = DistributionKey(name: "i", kind: .inhabitants([]))
        let mix = DistributionKey(name: "m", kind: .mix([MixPart(percentage: Quantity(50), keyName: "w"), MixPart(percentage: Quantity(50), keyName: "i")]))
        let fixed = DistributionKey(name: "f", kind: .fixedAmountPlusInhabitants(fixedAmount: Money(euros: 1_000), inhabitants: []))
        for _ in 0..<1000 {
            let total = Money(euros: Int64.random(in: -2_000_000...2_000_000, using: &generator))
            for key in [weights, inhabitants, mix, fixed] {
                if case .fixedAmountPlusInhabitants = key.kind, total.magnitude < Money(euros: 5_000) { continue }
                let split = try key.split(total, over: members, members: members, unit: .euro, keys: [weights, inhabitants], method: method)
                #expect(split.parts.sum() + split.roundingDifference == total, "\(key.name) \(method) \(total.cents)")
                #expect(split.method == method)
            }
        }
    }
}
