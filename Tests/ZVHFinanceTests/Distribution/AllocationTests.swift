import Testing
@testable import ZVHFinance

@Suite struct AllocationTests {
    /// A random case: a total (in whole units) and 1–12 weights, some zero.
    static func randomCase(_ generator: inout SeededGenerator) -> (Money, [Quantity], RoundingUnit) {
        let unit: RoundingUnit = Bool.random(using: &generator) ? .euro : .cent
        let count = Int.random(in: 1...12, using: &generator)
        var weights = (0..<count).map { _ -> Quantity in
            switch Int.random(in: 0..<6, using: &generator) {
            case 0: return .zero
            case 1: return Quantity(Int64.random(in: 1...10, using: &generator))
            case 2: return Quantity(millionths: Int64.random(in: 1...100_000_000, using: &generator))
            default: return Quantity(Int64.random(in: 1...200_000, using: &generator))
            }
        }
        if weights.allSatisfy(\.isZero) { weights[0] = Quantity(1) }
        let units = Int64.random(in: -5_000_000...5_000_000, using: &generator)
        return (Money(cents: units * unit.cents), weights, unit)
    }

    @Test func partsAlwaysSumToTheTotalAndStayWithinOneUnitOfTheExactShare() throws {
        var generator = SeededGenerator(seed: 2024)
        for _ in 0..<5000 {
            let (total, weights, unit) = Self.randomCase(&generator)
            let allocation = try Allocation(splitting: total, by: weights, unit: unit)
            #expect(allocation.parts.sum() == total)
            let totalWeight = weights.reduce(Int128(0)) { $0 + Int128($1.millionths) }
            for (part, weight) in zip(allocation.parts, weights) {
                #expect(part.isMultiple(of: unit))
                let difference = Int128(part.cents) * totalWeight - Int128(total.cents) * Int128(weight.millionths)
                #expect(difference.magnitude < UInt128(Int128(unit.cents) * totalWeight), "part \(part.cents) of \(total.cents)")
                if weight.isZero { #expect(part == .zero) }
            }
        }
    }

    @Test func splittingIntoReusedStorageGivesTheSamePartsAsANewArray() throws {
        var generator = SeededGenerator(seed: 80)
        var reused: [Money] = []
        for _ in 0..<5000 {
            let (total, weights, unit) = Self.randomCase(&generator)
            try Allocation.split(total, by: weights, unit: unit, into: &reused)
            #expect(reused == (try Allocation.parts(of: total, by: weights, unit: unit)))
            #expect(reused == (try Allocation(splitting: total, by: weights, unit: unit)).parts)
        }
    }

    @Test func splittingIntoStorageThatIsSharedLeavesTheOtherCopyAlone() throws {
        var parts = try Allocation.parts(of: Money(euros: 10), by: [Quantity(1), Quantity(1), Quantity(1)], unit: .euro)
        let kept = parts
        try Allocation.split(Money(euros: -7), by: [Quantity(1), Quantity(2), Quantity(4)], unit: .euro, into: &parts)
        #expect(kept == [Money(euros: 4), Money(euros: 3), Money(euros: 3)])
        #expect(parts == [Money(euros: -1), Money(euros: -2), Money(euros: -4)])
        #expect(throws: AllocationError.allWeightsZero) { try Allocation.split(Money(euros: 1), by: [.zero], unit: .euro, into: &parts) }
        #expect(parts == [Money(euros: -1), Money(euros: -2), Money(euros: -4)])
    }

    @Test func weightsWhoseSumPassesSixtyFourBitsAreSummedExactly() throws {
        // Each weight fits 64 bits, their sum does not: the sum goes on in 128 bits.
        let large = Quantity(millionths: Int64.max - 5)
        let weights = [large, large, Quantity(millionths: 12), large]
        let allocation = try Allocation(splitting: Money(euros: 1_000_001), by: weights, unit: .euro)
        #expect(allocation.totalWeightMillionths == 3 * Int128(Int64.max - 5) + 12)
        #expect(allocation.parts.sum() == Money(euros: 1_000_001))
        #expect(allocation.parts == [Money(euros: 333_334), Money(euros: 333_334), .zero, Money(euros: 333_333)])
        #expect(try Allocation.parts(of: Money(euros: 1_000_001), by: weights, unit: .euro) == allocation.parts)
    }

    @Test func negativeTotalsSplitAsTheNegationOfTheirMagnitude() throws {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<1000 {
            let (total, weights, unit) = Self.randomCase(&generator)
            let positive = try Allocation.parts(of: total.magnitude, by: weights, unit: unit)
            let negative = try Allocation.parts(of: -total.magnitude, by: weights, unit: unit)
            #expect(negative == positive.map { -$0 })
        }
    }

    @Test func equalRemaindersGoToTheLargerWeightThenTheEarlierListed() throws {
        // 10 over 1:1:1 leaves one euro; all remainders equal, weights equal: first listed.
        #expect(try Allocation.parts(of: Money(euros: 10), by: [Quantity(1), Quantity(1), Quantity(1)], unit: .euro)
            == [Money(euros: 4), Money(euros: 3), Money(euros: 3)])
        // 5 over 1:2:1:2 → exact 0,833 1,667 0,833 1,667: floors 0 1 0 1, remainders equal (5/6, 4/6·…)
        let parts = try Allocation.parts(of: Money(euros: 3), by: [Quantity(1), Quantity(3), Quantity(1), Quantity(3)], unit: .euro)
        // exact 0,375 1,125 0,375 1,125 → floors 0 1 0 1, leftover 1; remainders 0,375 vs 0,125: the weight-1 parts win, first listed.
        #expect(parts == [Money(euros: 1), Money(euros: 1), Money(euros: 0), Money(euros: 1)])
        let tie = try Allocation.parts(of: Money(euros: 1), by: [Quantity(1), Quantity(2), Quantity(2)], unit: .euro)
        // exact 0,2 0,4 0,4 → the larger weights tie on remainder; the earlier of them wins.
        #expect(tie == [Money(euros: 0), Money(euros: 1), Money(euros: 0)])
    }

    /// The largest remainder worked out the plain way: floors in 128 bits, then the
    /// leftover units one each in order of remainder, weight, listing.
    static func plainParts(of total: Money, by weights: [Quantity], unit: RoundingUnit) -> [Money] {
        let units = Int128(total.cents.magnitude) / Int128(unit.cents)
        let totalWeight = weights.reduce(Int128(0)) { $0 + Int128($1.millionths) }
        let products = weights.map { units * Int128($0.millionths) }
        var parts = products.map { $0 / totalWeight }
        let remainders = products.map { $0 % totalWeight }
        let order = weights.indices.sorted { a, b in
            (remainders[a], weights[a].millionths, b) > (remainders[b], weights[b].millionths, a)
        }
        for index in order.prefix(Int(units - parts.reduce(0, +))) { parts[index] += 1 }
        let sign: Int64 = total.cents < 0 ? -1 : 1
        return parts.map { Money(cents: sign * Int64($0) * unit.cents) }
    }

    @Test func partsAreThoseOfThePlainLargestRemainderAlsoWithManyTies() throws {
        var generator = SeededGenerator(seed: 1605)
        for round in 0..<6000 {
            var (total, weights, unit) = Self.randomCase(&generator)
            if round % 2 == 0 {
                // Few distinct small weights: equal remainders, equal weights, up to 20 parts.
                let count = Int.random(in: 1...20, using: &generator)
                weights = (0..<count).map { _ in Quantity(Int64.random(in: 0...3, using: &generator)) }
                if weights.allSatisfy(\.isZero) { weights[0] = Quantity(1) }
                total = Money(cents: Int64.random(in: -40...40, using: &generator) * unit.cents)
            }
            #expect(try Allocation.parts(of: total, by: weights, unit: unit) == Self.plainParts(of: total, by: weights, unit: unit))
        }
    }

    @Test func reproducesThePublishedPOKSplitOfMiddenLimburg() throws {
        let weights = [66777, 81598, 49753, 37962, 43747, 158_458, 112_673].map { Quantity(Int64($0)) }
        let parts = try Allocation.parts(of: Money(euros: 97800), by: weights, unit: .euro)
        #expect(parts == [11853, 14484, 8832, 6739, 7765, 28127, 20000].map { Money(euros: Int64($0)) })
    }

    @Test func refusesEmptyNegativeAndAllZeroWeights() {
        #expect(throws: AllocationError.noWeights) { try Allocation.parts(of: Money(euros: 1), by: [], unit: .euro) }
        #expect(throws: AllocationError.allWeightsZero) { try Allocation.parts(of: Money(euros: 1), by: [.zero, .zero], unit: .euro) }
        #expect(throws: AllocationError.negativeWeight(index: 1, weight: Quantity(-1))) {
            try Allocation.parts(of: Money(euros: 1), by: [Quantity(1), Quantity(-1)], unit: .euro)
        }
        #expect(throws: AllocationError.totalNotWholeUnits(total: Money(cents: 150), unit: .euro)) {
            try Allocation.parts(of: Money(cents: 150), by: [Quantity(1)], unit: .euro)
        }
    }

    @Test func errorsExplainThemselvesInDutch() {
        #expect(AllocationError.allWeightsZero.errorDescription?.contains("alle gewichten zijn nul") == true)
        #expect(AllocationError.negativeWeight(index: 0, weight: Quantity(-2)).errorDescription?.contains("negatief") == true)
    }
}
