/// A PDF file (ISO 32000-1, PDF 1.4 syntax) built from pages: a catalog, a page tree,
/// the two standard fonts in WinAnsiEncoding, one content stream per page and an
/// Info dictionary, with a cross-reference table of exact byte offsets.
///
/// The bytes depend only on the pages and the metadata: there is no creation date,
/// no modification date and no file identifier (`/ID` is optional for an unencrypted
/// file), and streams are not compressed, so two runs give the same file.
///
/// ```swift
/// var page = PDFCanvas(size: .a4Portrait)
/// page.text("Begroting 2022", x: 40_000, y: 800_000, font: .bold, size: 14_000)
/// let bytes = PDFDocument(pages: [page], metadata: .init(title: "Begroting 2022")).bytes()
/// ```
public struct PDFDocument: Sendable {
    /// What the Info dictionary says about the document. Never the date of the run.
    public struct Metadata: Hashable, Sendable {
        /// The document's title (`/Title`).
        public var title: String
        /// Who writes it: the organisation (`/Author`).
        public var author: String?
        /// What it is about: the period and the documents its figures come from (`/Subject`).
        public var subject: String?

        /// Creates metadata.
        public init(title: String, author: String? = nil, subject: String? = nil) {
            self.title = title
            self.author = author
            self.subject = subject
        }
    }

    /// The pages, in order.
    public var pages: [PDFCanvas]
    /// The Info dictionary's entries.
    public var metadata: Metadata

    /// Creates a document.
    public init(pages: [PDFCanvas], metadata: Metadata) {
        self.pages = pages
        self.metadata = metadata
    }

    /// The file's bytes.
    /// - Complexity: linear in the size of the pages' content.
    public func bytes() -> [UInt8] {
        var output: [UInt8] = Array("%PDF-1.4\n%".utf8) + [0xE2, 0xE3, 0xCF, 0xD3, 0x0A]
        var offsets: [Int] = []
        func object(_ body: [UInt8]) {
            offsets.append(output.count)
            output += Array("\(offsets.count) 0 obj\n".utf8) + body + Array("\nendobj\n".utf8)
        }
        func object(_ body: String) { object(Array(body.utf8)) }
        let pages = pages.isEmpty ? [PDFCanvas(size: .a4Portrait)] : pages
        let firstPage = 6
        let kids = pages.indices.map { "\(firstPage + 2 * $0) 0 R" }.joined(separator: " ")
        object("<< /Type /Catalog /Pages 2 0 R /Lang (nl-NL) /ViewerPreferences << /DisplayDocTitle true >> >>")
        object("<< /Type /Pages /Kids [\(kids)] /Count \(pages.count) >>")
        for font in PDFFont.allCases {
            object("<< /Type /Font /Subtype /Type1 /BaseFont /\(font.rawValue) /Encoding /WinAnsiEncoding >>")
        }
        var info = "<< /Title \(Self.textString(metadata.title))"
        if let author = metadata.author { info += " /Author \(Self.textString(author))" }
        if let subject = metadata.subject { info += " /Subject \(Self.textString(subject))" }
        object(info + " /Producer \(Self.textString("ZVHFinance")) >>")
        let fonts = PDFFont.allCases.enumerated().map { "/\($0.element.resourceName) \(3 + $0.offset) 0 R" }.joined(separator: " ")
        for (index, page) in pages.enumerated() {
            let box = "[0 0 \(PDFCanvas.number(page.size.width)) \(PDFCanvas.number(page.size.height))]"
            object("<< /Type /Page /Parent 2 0 R /MediaBox \(box) /Resources << /Font << \(fonts) >> >> /Contents \(firstPage + 2 * index + 1) 0 R >>")
            object(Array("<< /Length \(page.content.count) >>\nstream\n".utf8) + page.content + Array("\nendstream".utf8))
        }
        let table = output.count
        var xref = "xref\n0 \(offsets.count + 1)\n0000000000 65535 f \n"
        for offset in offsets {
            let digits = String(offset)
            xref += String(repeating: "0", count: max(0, 10 - digits.count)) + digits + " 00000 n \n"
        }
        xref += "trailer\n<< /Size \(offsets.count + 1) /Root 1 0 R /Info 5 0 R >>\nstartxref\n\(table)\n%%EOF\n"
        output += Array(xref.utf8)
        return output
    }

    /// A text string for the Info dictionary: UTF-16BE with a byte order mark, as hex,
    /// so every character of a title survives (ISO 32000-1, 7.9.2.2).
    static func textString(_ text: String) -> String {
        var hex = "<FEFF"
        for unit in ControlCharacters.escaped(text).utf16 {
            let digits = String(unit, radix: 16, uppercase: true)
            hex += String(repeating: "0", count: 4 - digits.count) + digits
        }
        return hex + ">"
    }
}
