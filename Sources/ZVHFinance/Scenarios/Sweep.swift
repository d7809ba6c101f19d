/// A sensitivity sweep: a grid of parameter values (e.g. wage indexation 0 … 5 % ×
/// extra FTE 0 … 3), each grid point evaluated as a scenario on the same budget, with
/// what every member pays at each point.
public struct Sweep: Sendable {
    /// One axis of the grid: a parameter and the values it takes.
    public struct Axis: Hashable, Sendable {
        /// What the axis varies.
        public enum Parameter: Hashable, Sendable {
            /// The one-time indexation of one kind, in percent.
            case indexation(IndexationKind)
            /// FTE of a function added (in a theme, or the general costs).
            case fte(function: String, theme: String?)
        }

        /// What the axis varies.
        public var parameter: Parameter
        /// The values, in order.
        public var values: [Quantity]

        /// Creates an axis.
        public init(parameter: Parameter, values: [Quantity]) {
            self.parameter = parameter
            self.values = values
        }

        /// The steps `from`, `from + step`, … up to and including `through`.
        /// - Returns: nil when the step is not positive or `through` lies below `from`.
        public static func steps(from: Quantity, through: Quantity, by step: Quantity) -> [Quantity]? {
            guard !step.isNegative, !step.isZero, from <= through else { return nil }
            let count = (through.millionths - from.millionths) / step.millionths + 1
            guard count <= Int64(Sweep.largestPointCount) else { return nil }
            return (0..<count).map { Quantity(millionths: from.millionths + $0 * step.millionths) }
        }

        /// "index.personeel", "fte.procesregie@MDA++".
        public var name: String {
            switch parameter {
            case .indexation(let kind): "index.\(kind.rawValue)"
            case .fte(let function, let theme): "fte.\(function)\(theme.map { "@\($0)" } ?? "")"
            }
        }

        /// The change this axis makes at a value.
        func change(_ value: Quantity) -> ScenarioChange {
            switch parameter {
            case .indexation(let kind):
                var indexation = Indexation()
                indexation[kind] = value
                return ScenarioChange(.indexation(indexation))
            case .fte(let function, let theme):
                return ScenarioChange(.fte(function: function, delta: value, theme: theme, rate: nil))
            }
        }
    }

    /// One grid point: the axis values and what each member pays there.
    public struct Point: Hashable, Sendable {
        /// One value per axis.
        public var values: [Quantity]
        /// The final contribution of each member (in ``Sweep/members`` order).
        public var finals: [Money]
        /// The sum of `finals`.
        public var total: Money
    }

    /// The most grid points one sweep evaluates.
    public static let largestPointCount = 100_000

    /// The axes, in the order given.
    public var axes: [Axis]
    /// The members of the basis, in member order.
    public var members: [String]
    /// What each member pays in the basis.
    public var basis: [Money]
    /// Every grid point, the last axis varying fastest.
    public var points: [Point]

    /// Evaluates every grid point on one budget (read and analysed once).
    ///
    /// - Parameters:
    ///   - budget: the budget.
    ///   - axes: the axes of the grid (at least one).
    /// - Throws: ``ScenarioFailure`` for a grid point that cannot be applied, or
    ///   ``ContributionError``.
    /// - Complexity: O(points × (lines + members log members)).
    public init(budget: Budget, axes: [Axis]) throws {
        self.axes = axes
        let base = budget.withComputedContributions()
        let basisStatement = try base.contributions()
        members = basisStatement.members.map(\.municipality)
        basis = basisStatement.members.map(\.final)
        var indices = Array(repeating: 0, count: axes.count)
        let count = axes.reduce(1) { $0 * $1.values.count }
        var points: [Point] = []
        points.reserveCapacity(count)
        // A grid point only indexes and adds FTE: worked out from the lines these touch
        // (the same figures), the budget's own path where that does not apply.
        let evaluator = ScenarioEvaluator(budget: base)
        let positions = members.map { name in evaluator.members.firstIndex(of: name) }
        for _ in 0..<count {
            let values = axes.indices.map { axes[$0].values[indices[$0]] }
            let scenario = Scenario(name: "reeks", changes: zip(axes, values).map { $0.change($1) })
            if let outcome = evaluator.outcome(of: scenario) {
                points.append(Point(values: values, finals: positions.map { $0.map { outcome.finals[$0] } ?? .zero }, total: outcome.total))
                Self.advance(&indices, axes: axes)
                continue
            }
            let variant: ScenarioComparison.Variant
            do {
                variant = try ScenarioComparison.variant(scenario, of: base, basis: ScenarioComparison.Variant(name: "basis", scenario: nil, budget: base, statement: basisStatement))
            } catch let error as ScenarioError {
                throw ScenarioFailure(error: error, scenario: "reeks " + zip(axes, values).map { "\($0.name)=\($1.dutch())" }.joined(separator: ", "), file: nil)
            }
            let finals = members.map { name in variant.statement.members.first { $0.municipality == name }?.final ?? .zero }
            points.append(Point(values: values, finals: finals, total: variant.statement.totalFinal))
            Self.advance(&indices, axes: axes)
        }
        self.points = points
    }

    /// The next grid point's value indices, the last axis varying fastest.
    private static func advance(_ indices: inout [Int], axes: [Axis]) {
        var axis = axes.count - 1
        while axis >= 0 {
            indices[axis] += 1
            if indices[axis] < axes[axis].values.count { break }
            indices[axis] = 0
            axis -= 1
        }
    }
}
