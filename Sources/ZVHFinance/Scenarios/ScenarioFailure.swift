/// A scenario change that cannot be applied, with the scenario it belongs to and its
/// file (nil for options on the command line).
public struct ScenarioFailure: Error, Sendable, Equatable {
    /// What is wrong.
    public var error: ScenarioError
    /// The scenario's name.
    public var scenario: String
    /// The scenario's file, when the change comes from one.
    public var file: String?

    /// Creates a failure.
    public init(error: ScenarioError, scenario: String, file: String?) {
        self.error = error
        self.scenario = scenario
        self.file = file
    }

    /// `bestand:regel:kolom` when the change stands in a file, else nil.
    public var place: String? {
        guard let file, !file.isEmpty, let location = error.at?.location else { return nil }
        return "\(file):\(location.line):\(location.column)"
    }

    /// The message in Dutch, naming the variant when the change is not in a file.
    public var message: String {
        let text = error.errorDescription ?? "het scenario kan niet worden toegepast"
        return place == nil && !scenario.isEmpty ? "\(scenario): \(text)" : text
    }
}
