import Foundation

/// A grid whose page would be larger than its bound: refused before the page is
/// written (and, when the estimate was too low, after it was built).
public struct ScenarioSessionTooLarge: Error, Hashable, Sendable, LocalizedError {
    /// The number of combinations, nil when beyond counting.
    public var combinations: Int?
    /// The sizes of the axes, `11 × 4 × 2`.
    public var dimensions: String
    /// The (estimated or actual) size of the page in bytes, nil when beyond counting.
    public var bytes: Int?
    /// The bound in bytes.
    public var bound: Int

    /// Creates the refusal.
    public init(combinations: Int?, dimensions: String, bytes: Int?, bound: Int) {
        self.combinations = combinations
        self.dimensions = dimensions
        self.bytes = bytes
        self.bound = bound
    }

    /// The message, in Dutch, with the number of combinations.
    public var message: String {
        let count = combinations.map { "\(Quantity(Int64($0)).dutch()) punten (\(dimensions))" } ?? "meer punten dan te tellen zijn (\(dimensions))"
        let size = bytes.map { " en het bestand zou ongeveer \(ScenarioSessionTooLarge.megabytes($0)) worden" } ?? ""
        return "het raster heeft \(count)\(size); de grens is \(ScenarioSessionTooLarge.megabytes(bound)). Kies minder waarden per --reeks (een grotere stap) of minder varianten."
    }

    /// The message, for `localizedDescription`.
    public var errorDescription: String? { message }

    /// "5 MB", "12,3 MB": bytes in megabytes of 1.000.000 bytes, one decimal.
    static func megabytes(_ bytes: Int) -> String {
        let tenths = (Int64(bytes) + 50_000) / 100_000
        return "\(Quantity(millionths: tenths * 100_000).dutch()) MB"
    }
}
