/// A rule of the file's `resultaatbestemming`: a component of the result to a reserve.
public struct AppropriationRule: Hashable, Sendable {
    /// The component's code (`lasten`, `begrotingssaldo`, or a kind of baten such as `pok`).
    public var component: String
    /// The reserve it goes to.
    public var reserve: String
    /// Why (the board decision), if given.
    public var explanation: String?
    /// Where the rule stands in the file.
    public var origin: FieldLocation?

    /// Creates a rule.
    public init(component: String, reserve: String, explanation: String? = nil, origin: FieldLocation? = nil) {
        self.component = component
        self.reserve = reserve
        self.explanation = explanation
        self.origin = origin
    }
}
