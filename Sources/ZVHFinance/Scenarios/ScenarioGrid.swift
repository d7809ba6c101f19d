/// Every combination of the points of some axes: the grid a steering group's page
/// holds. Combination `n` takes on each axis the point given by the digits of `n` in
/// the mixed radix of the axes' sizes, the last axis varying fastest (as ``Sweep``).
public struct ScenarioGrid: Hashable, Sendable {
    /// The axes, in order.
    public var axes: [ScenarioAxis]

    /// Creates a grid.
    public init(axes: [ScenarioAxis]) {
        self.axes = axes
    }

    /// The number of combinations, or nil when it does not fit an `Int` (a grid that
    /// large is refused before anything is computed).
    public var count: Int? {
        var product = 1
        for axis in axes {
            let (result, overflow) = product.multipliedReportingOverflow(by: axis.points.count)
            if overflow { return nil }
            product = result
        }
        return product
    }

    /// "11 × 4 × 2": the sizes of the axes.
    public var dimensions: String {
        axes.isEmpty ? "1" : axes.map { String($0.points.count) }.joined(separator: " × ")
    }

    /// The point index on every axis of combination `number`.
    /// - Complexity: O(axes).
    public func pointIndices(of number: Int) -> [Int] {
        var rest = number
        var indices = Array(repeating: 0, count: axes.count)
        for axis in axes.indices.reversed() {
            let size = axes[axis].points.count
            indices[axis] = rest % size
            rest /= size
        }
        return indices
    }

    /// The scenario of one combination: the changes of the chosen point of every axis,
    /// in axis order, and the keys they need.
    ///
    /// - Parameter indices: one point index per axis.
    /// - Returns: the scenario, named after the points that make a change
    ///   (`index.personeel 2,5%, Gennep treedt uit`).
    public func scenario(at indices: [Int]) -> Scenario {
        var changes: [ScenarioChange] = []
        var keys: [DistributionKey] = []
        var parts: [String] = []
        for (axis, index) in zip(axes, indices) {
            let point = axis.points[index]
            changes += point.changes
            for key in point.keys where !keys.contains(where: { $0.name == key.name }) { keys.append(key) }
            switch axis.control {
            case .schuif: parts.append("\(axis.name) \(point.label)")
            case .schakelaar: if !point.changes.isEmpty { parts.append(axis.name) }
            }
        }
        return Scenario(name: parts.isEmpty ? "basis" : parts.joined(separator: ", "), changes: changes, keys: keys)
    }
}
