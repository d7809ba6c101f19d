/// The drawing of one PDF page: its size and its content stream, built from text, lines,
/// rectangles and paths. Lengths are whole millipoints (1000 = 1 pt = 1/72 inch), with
/// the origin at the bottom left, so every coordinate is exact and the bytes the same
/// on every run.
///
/// ```swift
/// var page = PDFCanvas(size: .a4Portrait)
/// page.text("pagina 1 van 1", x: 500_000, y: 30_000, font: .regular, size: 8_000)
/// ```
public struct PDFCanvas: Sendable {
    /// A page size in millipoints.
    public struct Size: Hashable, Sendable {
        /// The width.
        public var width: Int
        /// The height.
        public var height: Int

        /// A4 upright: 210 × 297 mm.
        public static let a4Portrait = Size(width: 595_276, height: 841_890)
        /// A4 on its side.
        public static let a4Landscape = Size(width: 841_890, height: 595_276)
    }

    /// A stroke pattern for lines: solid, or dashes and gaps in millipoints.
    public struct Dash: Hashable, Sendable {
        /// The lengths of dash, gap, dash, gap…; empty for a solid line.
        public var lengths: [Int]

        /// A solid line.
        public static let solid = Dash(lengths: [])
    }

    /// The page size.
    public let size: Size
    /// The content stream so far.
    public private(set) var content: [UInt8] = []

    /// Creates an empty page.
    public init(size: Size) {
        self.size = size
    }

    /// Writes one line of text with its left end at `x`, its baseline at `y`.
    /// - Parameters:
    ///   - size: the font size in millipoints.
    ///   - color: the text colour.
    public mutating func text(_ text: String, x: Int, y: Int, font: PDFFont, size: Int, color: PDFColor = .black) {
        let encoded = WinAnsi.encode(text)
        guard !encoded.isEmpty else { return }
        emit("BT \(color.fillOperator) /\(font.resourceName) \(Self.number(size)) Tf 1 0 0 1 \(Self.number(x)) \(Self.number(y)) Tm ")
        content += Self.literal(encoded)
        emit(" Tj ET\n")
    }

    /// Writes text right-aligned: its right end at `right`.
    public mutating func text(_ text: String, right: Int, y: Int, font: PDFFont, size: Int, color: PDFColor = .black) {
        self.text(text, x: right - font.width(of: text, size: size), y: y, font: font, size: size, color: color)
    }

    /// Writes text centred on `center`.
    public mutating func text(_ text: String, center: Int, y: Int, font: PDFFont, size: Int, color: PDFColor = .black) {
        self.text(text, x: center - font.width(of: text, size: size) / 2, y: y, font: font, size: size, color: color)
    }

    /// Strokes a line through the points.
    public mutating func line(_ points: [(x: Int, y: Int)], width: Int, color: PDFColor = .black, dash: Dash = .solid) {
        guard let first = points.first, points.count > 1 else { return }
        emit("q \(color.strokeOperator) \(Self.number(width)) w [\(dash.lengths.map(Self.number).joined(separator: " "))] 0 d ")
        emit("\(Self.number(first.x)) \(Self.number(first.y)) m")
        for point in points.dropFirst() { emit(" \(Self.number(point.x)) \(Self.number(point.y)) l") }
        emit(" S Q\n")
    }

    /// Fills a rectangle (`x`, `y` its bottom left corner), with an outline when asked.
    public mutating func rectangle(x: Int, y: Int, width: Int, height: Int, fill: PDFColor, outline: PDFColor? = nil) {
        emit("q \(fill.fillOperator) ")
        if let outline { emit("\(outline.strokeOperator) 0.5 w ") }
        emit("\(Self.number(x)) \(Self.number(y)) \(Self.number(width)) \(Self.number(height)) re \(outline == nil ? "f" : "B") Q\n")
    }

    /// Fills a closed polygon (a marker), with an outline when asked.
    public mutating func polygon(_ points: [(x: Int, y: Int)], fill: PDFColor, outline: PDFColor? = nil) {
        guard let first = points.first else { return }
        emit("q \(fill.fillOperator) ")
        if let outline { emit("\(outline.strokeOperator) 0.5 w ") }
        emit("\(Self.number(first.x)) \(Self.number(first.y)) m")
        for point in points.dropFirst() { emit(" \(Self.number(point.x)) \(Self.number(point.y)) l") }
        emit(" h \(outline == nil ? "f" : "B") Q\n")
    }

    mutating func emit(_ text: String) {
        content += text.utf8
    }

    /// A length in millipoints as a PDF number in points: `12.5`, `-3`, `0.001`.
    static func number(_ millipoints: Int) -> String {
        let sign = millipoints < 0 ? "-" : ""
        let magnitude = millipoints.magnitude
        let whole = magnitude / 1000
        var fraction = magnitude % 1000
        guard fraction != 0 else { return sign + String(whole) }
        var digits = 3
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        let text = String(fraction)
        return sign + String(whole) + "." + String(repeating: "0", count: digits - text.count) + text
    }

    /// Encoded text as a PDF literal string: `(` `)` `\` escaped, bytes outside
    /// printable ASCII as octal, so the content stream is ASCII.
    static func literal(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = [UInt8(ascii: "(")]
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\\"):
                result += [UInt8(ascii: "\\"), byte]
            case 0x20...0x7E:
                result.append(byte)
            default:
                let octal = String(byte, radix: 8)
                result += Array(("\\" + String(repeating: "0", count: 3 - octal.count) + octal).utf8)
            }
        }
        result.append(UInt8(ascii: ")"))
        return result
    }
}

/// A colour as red, green and blue from 0 to 255.
public struct PDFColor: Hashable, Sendable {
    /// Red.
    public var red: Int
    /// Green.
    public var green: Int
    /// Blue.
    public var blue: Int

    /// Creates a colour.
    public init(red: Int, green: Int, blue: Int) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// A colour from `#rrggbb`.
    public init(hex: String) {
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        self.init(red: value >> 16 & 0xFF, green: value >> 8 & 0xFF, blue: value & 0xFF)
    }

    /// Black.
    public static let black = PDFColor(red: 0x1D, green: 0x1D, blue: 0x1F)

    var components: String {
        [red, green, blue].map { PDFCanvas.number(max(0, min(255, $0)) * 1000 / 255) }.joined(separator: " ")
    }
    var fillOperator: String { "\(components) rg" }
    var strokeOperator: String { "\(components) RG" }
}
