/// The norm table that classes a weerstandsratio (available / required capacity): by
/// default the usual table A ≥ 2,0 · B 1,4–2,0 · C 1,0–1,4 · D 0,8–1,0 · E 0,6–0,8 ·
/// F < 0,6; a regeling may state its own (`regeling.weerstandsnorm`).
public struct ResistanceNorm: Hashable, Sendable {
    /// One class: the ratio from which it applies and its judgement.
    public struct Class: Hashable, Sendable {
        /// "A".
        public var letter: String
        /// The lowest ratio of the class (inclusive).
        public var lowerBound: Quantity
        /// "uitstekend".
        public var judgement: String

        /// Creates a class.
        public init(letter: String, lowerBound: Quantity, judgement: String) {
            self.letter = letter
            self.lowerBound = lowerBound
            self.judgement = judgement
        }
    }

    /// The classes, highest lower bound first; the last starts at zero.
    public var classes: [Class]
    /// Where the table comes from ("gebruikelijke normtabel" or the regeling).
    public var source: String

    /// Creates a norm from classes, highest first.
    public init(classes: [Class], source: String) {
        self.classes = classes
        self.source = source
    }

    /// The usual table (as used by many municipalities and joint arrangements).
    public static let standard = ResistanceNorm(classes: [
        Class(letter: "A", lowerBound: Quantity(millionths: 2_000_000), judgement: "uitstekend"),
        Class(letter: "B", lowerBound: Quantity(millionths: 1_400_000), judgement: "ruim voldoende"),
        Class(letter: "C", lowerBound: Quantity(millionths: 1_000_000), judgement: "voldoende"),
        Class(letter: "D", lowerBound: Quantity(millionths: 800_000), judgement: "matig"),
        Class(letter: "E", lowerBound: Quantity(millionths: 600_000), judgement: "onvoldoende"),
        Class(letter: "F", lowerBound: .zero, judgement: "ruim onvoldoende"),
    ], source: "gebruikelijke normtabel")

    /// The class of the exact ratio `numerator / denominator` (denominator positive).
    public func classify(numerator: Int128, denominator: Int128) -> Class? {
        classes.first { numerator * Int128(Quantity.unit) >= Int128($0.lowerBound.millionths) * denominator }
    }

    /// "A ≥ 2; B 1,4–2; …".
    public var dutchDescription: String {
        classes.enumerated().map { index, entry in
            index == 0 ? "\(entry.letter) ≥ \(entry.lowerBound.dutch())"
                : "\(entry.letter) \(entry.lowerBound.dutch())–\(classes[index - 1].lowerBound.dutch())"
        }.joined(separator: "; ")
    }
}
