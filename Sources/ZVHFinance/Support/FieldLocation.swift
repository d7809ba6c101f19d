/// Where a value stands in a budget file: its field path (`lasten[0].regels[1]`) and
/// its line and column. Findings and errors use it to point a controller at the spot.
public struct FieldLocation: Hashable, Sendable {
    /// The field path from the top of the file, e.g. `baten[4].bedragen.begroot`.
    public var path: String
    /// The line and column where the value starts.
    public var location: SourceLocation

    /// Creates a field location.
    public init(path: String, location: SourceLocation) {
        self.path = path
        self.location = location
    }

    /// A location for values that do not come from a file (built in code or tests).
    public static let none = FieldLocation(path: "", location: SourceLocation(line: 0, column: 0))

    /// The line and column in the file; nil for a value that does not come from a file
    /// (``none``), so that no caller tests for line 0.
    public var knownLocation: SourceLocation? { location.line > 0 ? location : nil }
}
