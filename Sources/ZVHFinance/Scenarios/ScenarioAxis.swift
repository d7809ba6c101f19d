/// One axis of a scenario grid: a named list of points, each with a label and the
/// changes it makes. A sweep's parameter (`index.personeel` at 0 %, 0,5 %, …) is an axis
/// of many points, shown as a slider; a variant that is either off or on (a scenario
/// file, a `--variant`, a member that leaves) is an axis of two points, shown as a
/// switch. Anything else that is a list of labelled steps — the years of a phased key
/// change — can become an axis the same way.
///
/// ```swift
/// let wages = ScenarioAxis(sweep: Sweep.Axis(parameter: .indexation(.personeel), values: [Quantity(0), Quantity(1)]))
/// let leaving = ScenarioAxis(switching: Scenario(name: "Gennep treedt uit", changes: [ScenarioChange(.memberLeaves(name: "Gennep", fromYear: nil))]))
/// ```
public struct ScenarioAxis: Hashable, Sendable {
    /// How a page lets the reader choose a point.
    public enum Control: String, Hashable, Sendable, CaseIterable {
        /// A slider over the points in order.
        case schuif
        /// A switch: the first point is "uit", the second "aan".
        case schakelaar
    }

    /// One point of the axis.
    public struct Point: Hashable, Sendable {
        /// The point as the reader sees it: `2,5%`, `1 fte`, `aan`.
        public var label: String
        /// The changes the point makes (none for "uit").
        public var changes: [ScenarioChange]
        /// Keys the point's changes need (a scenario file's `verdeelsleutels`).
        public var keys: [DistributionKey]

        /// Creates a point.
        public init(label: String, changes: [ScenarioChange], keys: [DistributionKey] = []) {
            self.label = label
            self.changes = changes
            self.keys = keys
        }
    }

    /// The axis's short name: `index.personeel`, or the variant's name.
    public var name: String
    /// What the axis varies, in a few Dutch words (the control's label).
    public var label: String
    /// A sentence on what the axis changes, or nil.
    public var description: String?
    /// How it is chosen.
    public var control: Control
    /// The points, in order; the first is the axis's starting position.
    public var points: [Point]

    /// Creates an axis.
    public init(name: String, label: String, description: String? = nil, control: Control, points: [Point]) {
        self.name = name
        self.label = label
        self.description = description
        self.control = control
        self.points = points
    }

    /// A sweep's axis as a slider: one point per value.
    public init(sweep axis: Sweep.Axis) {
        let label: String
        let unit: String
        switch axis.parameter {
        case .indexation(let kind):
            label = "Indexatie \(kind.rawValue) (eenmalig)"
            unit = "%"
        case .fte(let function, let theme):
            label = "Fte \(function) erbij\(theme.map { " in thema \($0)" } ?? "")"
            unit = " fte"
        }
        self.init(
            name: axis.name, label: label, description: "--reeks \(axis.name)", control: .schuif,
            points: axis.values.map { Point(label: $0.dutch() + unit, changes: [axis.change($0)]) })
    }

    /// A variant as a switch: "uit" makes no change, "aan" makes the scenario's changes.
    public init(switching scenario: Scenario) {
        var description = scenario.changes.map(\.dutchDescription).joined(separator: "; ")
        if let text = scenario.description, !text.isEmpty {
            description = text + (text.hasSuffix(".") ? "" : ".") + " Wijzigingen: " + description
        }
        self.init(
            name: scenario.name, label: scenario.name, description: description, control: .schakelaar,
            points: [Point(label: "uit", changes: []), Point(label: "aan", changes: scenario.changes, keys: scenario.keys)])
    }
}

extension Scenario {
    /// The scenario split into one scenario per change, each named after its change
    /// (`Gennep treedt uit`): the quick options as separate switches.
    public var separatedChanges: [Scenario] {
        changes.map { change in
            Scenario(name: change.dutchDescription, description: nil, organisation: organisation, changes: [change], keys: keys, file: file)
        }
    }
}
