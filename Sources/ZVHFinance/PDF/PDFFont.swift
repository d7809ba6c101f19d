/// The two standard fonts the PDF writer uses: Helvetica and Helvetica-Bold, two of
/// the fourteen fonts every PDF reader has (ISO 32000-1, 9.6.2.2), so nothing is
/// embedded. Text is encoded in WinAnsiEncoding (``WinAnsi``).
///
/// The advance widths are those of Adobe's font metrics (AFM) files for the two fonts
/// (Core14 AFM, version 002.000), in thousandths of the font size, indexed by
/// WinAnsiEncoding code from 32 to 255 (0 where the encoding defines no glyph). Layout
/// measures with them: wrapping, right-aligned amounts, column widths.
public enum PDFFont: String, CaseIterable, Hashable, Sendable {
    /// Helvetica: text and amounts.
    case regular = "Helvetica"
    /// Helvetica-Bold: titles, headings, headers, totals.
    case bold = "Helvetica-Bold"

    /// The resource name the page content uses (`/F1`, `/F2`).
    var resourceName: String {
        switch self {
        case .regular: "F1"
        case .bold: "F2"
        }
    }

    /// The advance width of an encoded text, in millipoints at `size` millipoints
    /// (1000 = 1 pt): the sum of the glyph widths × size / 1000.
    /// - Complexity: O(n) in the number of bytes.
    public func width(of encoded: [UInt8], size: Int) -> Int {
        let table = widths
        var units = 0
        for byte in encoded where byte >= 32 { units += table[Int(byte) - 32] }
        return units * size / 1000
    }

    /// The width of text (encoded as ``WinAnsi/encode(_:)`` encodes it).
    public func width(of text: String, size: Int) -> Int {
        width(of: WinAnsi.encode(text), size: size)
    }

    var widths: [Int] {
        switch self {
        case .regular: Self.helvetica
        case .bold: Self.helveticaBold
        }
    }

    static let helvetica: [Int] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  // 32–47
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  // 48–63
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,  // 64–79
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  // 80–95
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  // 96–111
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 0,  // 112–127
        556, 0, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0,  // 128–143
        0, 222, 222, 333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 0, 500, 667,  // 144–159
        278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 333,  // 160–175
        400, 584, 333, 333, 333, 556, 537, 278, 333, 333, 365, 556, 834, 834, 834, 611,  // 176–191
        667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,  // 192–207
        722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,  // 208–223
        556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278,  // 224–239
        556, 556, 556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556, 500,  // 240–255
    ]

    static let helveticaBold: [Int] = [
        278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,  // 32–47
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,  // 48–63
        975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,  // 64–79
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,  // 80–95
        333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,  // 96–111
        611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584, 0,  // 112–127
        556, 0, 278, 556, 500, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0,  // 128–143
        0, 278, 278, 500, 500, 350, 556, 1000, 333, 1000, 556, 333, 944, 0, 500, 667,  // 144–159
        278, 333, 556, 556, 556, 556, 280, 556, 333, 737, 370, 556, 584, 333, 737, 333,  // 160–175
        400, 584, 333, 333, 333, 611, 556, 278, 333, 333, 365, 556, 834, 834, 834, 611,  // 176–191
        722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,  // 192–207
        722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,  // 208–223
        556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556, 278, 278, 278, 278,  // 224–239
        611, 611, 611, 611, 611, 611, 611, 584, 611, 611, 611, 611, 611, 556, 611, 556,  // 240–255
    ]
}
