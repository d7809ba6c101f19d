/// A proposed resultaatbestemming: per component of a closed year's result (as
/// ``SettlementDerivation`` derives it) what goes to a reserve by the file's rules
/// (`resultaatbestemming`: a component to a reserve, up to the reserve's plafond) and
/// what is settled with the members, with the derivation in words.
///
/// ```swift
/// let proposal = try ResultAppropriation(SettlementDerivation(analysed), schedule: analysed.reserveSchedule)
/// proposal.toReserves + proposal.settled == proposal.result
/// ```
public struct ResultAppropriation: Sendable {
    /// A rule of the file: a component of the result to a reserve.
    public typealias Rule = AppropriationRule

    /// One component with its bestemming.
    public struct Entry: Hashable, Sendable {
        /// The component's code (`pok`).
        public var code: String
        /// The component's name.
        public var name: String
        /// Its result (`+` = voordeel).
        public var result: Money
        /// The reserve it goes to (partly), if a rule names one.
        public var reserve: String?
        /// The part that goes to the reserve.
        public var toReserve: Money
        /// The part settled with the members.
        public var settled: Money
        /// How the split follows.
        public var derivation: String
    }

    /// The year's result.
    public var result: Money
    /// The components, in the derivation's order.
    public var entries: [Entry]

    /// What goes to reserves.
    public var toReserves: Money { entries.map(\.toReserve).sum() }
    /// What is settled with the members.
    public var settled: Money { entries.map(\.settled).sum() }

    /// Applies the rules to the derivation's components: a positive result of a
    /// component with a rule goes to its reserve up to the room under the plafond
    /// (unlimited without one); the rest, and every other component, is settled.
    /// - Parameters:
    ///   - derivation: the result by component.
    ///   - rules: the file's rules (at most one per component: the first counts).
    ///   - schedule: the reserves with their balance at the end of the year.
    /// - Complexity: O(components × rules).
    public init(_ derivation: SettlementDerivation, rules: [Rule], schedule: ReserveSchedule) {
        result = derivation.result
        var room: [String: Money?] = [:]
        for entry in schedule.entries {
            // Stored as an optional value (nil: no plafond), never as a removed key.
            room.updateValue(entry.reserve.cap.map { max(.zero, $0 - entry.closingBalance) }, forKey: entry.reserve.name)
        }
        entries = derivation.components.map { component in
            let code = component.identifier
            guard let rule = rules.first(where: { code == $0.component || code.split(separator: "+").contains(Substring($0.component)) }),
                component.result > .zero, let available = room[rule.reserve]
            else {
                return Entry(code: code, name: component.name, result: component.result, reserve: nil, toReserve: .zero, settled: component.result,
                             derivation: "geen regel of geen voordeel: geheel verrekend")
            }
            let amount = available.map { min($0, component.result) } ?? component.result
            if let left = available { room[rule.reserve] = .some(left - amount) }
            let how = available.map { "min(\(component.result.dutch()); ruimte onder het plafond \($0.dutch()))" } ?? "geen plafond: het hele voordeel"
            return Entry(code: code, name: component.name, result: component.result, reserve: rule.reserve, toReserve: amount, settled: component.result - amount,
                         derivation: "naar reserve \(rule.reserve): \(how) = \(amount.dutch()); te verrekenen \((component.result - amount).dutch())" + (rule.explanation.map { " (\($0))" } ?? ""))
        }
    }

    /// The proposal as the board's adopted resultaatbestemming, to record in the
    /// jaarrekening (`vastgestelde-resultaatbestemming`): every component with a part for
    /// a reserve; the rest is settled.
    /// - Parameters:
    ///   - date: the date of the decision (`JJJJ-MM-DD`).
    ///   - decision: the decision (body, date, reference).
    /// - Complexity: O(components).
    public func adopted(date: String, decision: String) -> AdoptedAppropriation {
        AdoptedAppropriation(
            date: date, decision: decision,
            entries: entries.compactMap { entry in
                guard let reserve = entry.reserve, !entry.toReserve.isZero else { return nil }
                return AdoptedAppropriation.Entry(component: entry.code, reserve: reserve, toReserve: entry.toReserve, explanation: entry.derivation)
            })
    }
}
