/// A cell to write: its content and its style.
public struct XLSXCell: Hashable, Sendable {
    /// What a cell holds.
    public enum Content: Hashable, Sendable {
        /// Nothing (written only when the style is not plain).
        case empty
        /// Text, written as an inline string.
        case text(String)
        /// An exact number.
        case number(XLSXNumber)
        /// A formula without the leading `=` (`SUM(C2:C9)`), with the value it computes,
        /// which readers show until they recalculate.
        case formula(String, cached: XLSXNumber)
    }

    /// The content.
    public var content: Content
    /// The style.
    public var style: XLSXStyle

    /// Creates a cell.
    public init(_ content: Content, style: XLSXStyle = .plain) {
        self.content = content
        self.style = style
    }

    /// A text cell.
    public static func text(_ text: String, style: XLSXStyle = .plain) -> XLSXCell {
        XLSXCell(.text(text), style: style)
    }

    /// An amount in euros with cents, in the amount format unless another style is given.
    public static func amount(_ money: Money, style: XLSXStyle = .amount) -> XLSXCell {
        XLSXCell(.number(XLSXNumber(money)), style: style)
    }

    /// A formula with its cached amount, in the total style unless another is given.
    public static func formula(_ formula: String, cached: Money, style: XLSXStyle = .total) -> XLSXCell {
        XLSXCell(.formula(formula, cached: XLSXNumber(cached)), style: style)
    }

    /// A formula with its cached number (a share, a weight) in the given style.
    public static func formula(_ formula: String, cached: XLSXNumber, style: XLSXStyle) -> XLSXCell {
        XLSXCell(.formula(formula, cached: cached), style: style)
    }

    /// An empty, plain cell.
    public static let empty = XLSXCell(.empty)
}

/// How a cell looks: its number format and whether it is bold.
public struct XLSXStyle: Hashable, Sendable {
    /// How numbers are shown.
    public enum NumberFormat: Int, Hashable, Sendable, CaseIterable {
        /// The program's general format.
        case general = 0
        /// Thousands grouped, two decimals, minus sign: `#,##0.00;-#,##0.00`.
        case amount = 1
        /// Whole euros, thousands grouped: `#,##0`.
        case wholeEuros = 2
        /// A percentage with two decimals: `0.00%` (the cell holds the fraction, 0,1212).
        case percent = 3
        /// A percentage with one decimal: `0.0%`.
        case percentOneDecimal = 4
    }

    /// The number format.
    public var numberFormat: NumberFormat
    /// Whether the font is bold.
    public var isBold: Bool

    /// Creates a style.
    public init(numberFormat: NumberFormat = .general, isBold: Bool = false) {
        self.numberFormat = numberFormat
        self.isBold = isBold
    }

    /// General format, regular font.
    public static let plain = XLSXStyle()
    /// An amount with cents.
    public static let amount = XLSXStyle(numberFormat: .amount)
    /// An amount in whole euros.
    public static let wholeEuros = XLSXStyle(numberFormat: .wholeEuros)
    /// A bold column heading.
    public static let header = XLSXStyle(isBold: true)
    /// A bold total amount with cents.
    public static let total = XLSXStyle(numberFormat: .amount, isBold: true)
    /// A percentage with two decimals.
    public static let percent = XLSXStyle(numberFormat: .percent)

    /// The index of this style in the `cellXfs` of the written styles part.
    var formatIndex: Int { numberFormat.rawValue * 2 + (isBold ? 1 : 0) }
}
