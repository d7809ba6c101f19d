/// Content flowing down A4 pages: a cursor that starts a new page when a block does not
/// fit, the page's orientation chosen per block, and at the end a footer on every
/// page ("pagina 2 van 5" and a line saying what the figures are).
///
/// Bounded: after ``maxPages`` pages the flow stops accepting content and the last page
/// says so, so a huge table gives a large but finite, valid file.
public struct PDFFlow: Sendable {
    /// The most pages a document gets.
    public static let maxPages = 2_000

    /// The margins, in millipoints.
    public static let leftMargin = 40_000
    /// The right margin.
    public static let rightMargin = 40_000
    /// The top margin.
    public static let topMargin = 40_000
    /// The bottom margin (the footer stands below it).
    public static let bottomMargin = 48_000

    /// The pages so far; the last is being filled.
    public private(set) var pages: [PDFCanvas]
    /// The top of the free space on the current page (from the bottom edge).
    public private(set) var cursor: Int
    /// Whether the page limit was reached: everything after is left out.
    public private(set) var isFull = false
    /// The most pages this flow gets (``maxPages`` unless a test asks for fewer).
    let pageLimit: Int

    /// Starts on an empty page.
    public init(size: PDFCanvas.Size = .a4Portrait, pageLimit: Int = maxPages) {
        self.pageLimit = max(1, min(pageLimit, Self.maxPages))
        pages = [PDFCanvas(size: size)]
        cursor = size.height - Self.topMargin
    }

    /// The current page's size.
    public var size: PDFCanvas.Size { pages[pages.count - 1].size }
    /// The width between the margins.
    public var contentWidth: Int { size.width - Self.leftMargin - Self.rightMargin }
    /// The free height left on the current page.
    public var remaining: Int { cursor - Self.bottomMargin }
    /// Whether nothing has been placed on the current page yet.
    public var isAtTop: Bool { cursor == size.height - Self.topMargin }

    /// Starts a new page (of another size, when asked).
    /// - Returns: false when the page limit is reached (nothing more is placed).
    @discardableResult
    public mutating func newPage(size: PDFCanvas.Size? = nil) -> Bool {
        guard !isFull else { return false }
        guard pages.count < pageLimit else {
            isFull = true
            var last = pages.removeLast()
            last.text("Het document is afgebroken na \(pageLimit) pagina's; de volledige cijfers staan in de andere formaten (csv, xlsx, json).", x: Self.leftMargin, y: Self.bottomMargin - 12_000, font: .bold, size: 8_000)
            pages.append(last)
            return false
        }
        let next = size ?? self.size
        pages.append(PDFCanvas(size: next))
        cursor = next.height - Self.topMargin
        return true
    }

    /// Makes room for a block of `height`: a new page (of `size`, when given) unless it
    /// fits on this one, or this page is still empty and of the right size.
    /// - Returns: false when the page limit is reached.
    @discardableResult
    public mutating func reserve(_ height: Int, size wanted: PDFCanvas.Size? = nil) -> Bool {
        guard !isFull else { return false }
        let sizeFits = wanted == nil || wanted == size
        if sizeFits, height <= remaining { return true }
        if sizeFits, isAtTop { return true }
        if !sizeFits, isAtTop, pages.count > 0 {
            pages[pages.count - 1] = PDFCanvas(size: wanted!)
            cursor = wanted!.height - Self.topMargin
            return true
        }
        return newPage(size: wanted)
    }

    /// Moves the cursor down.
    public mutating func advance(_ height: Int) {
        cursor -= height
    }

    /// Draws on the current page.
    public mutating func draw(_ body: (inout PDFCanvas) -> Void) {
        guard !isFull else { return }
        body(&pages[pages.count - 1])
    }

    /// The finished pages: each with "pagina N van M" at the bottom right and `note`
    /// (what the figures are) at the bottom left.
    public func finished(note: String?) -> [PDFCanvas] {
        let count = pages.count
        return pages.enumerated().map { index, page in
            var page = page
            let y = Self.bottomMargin - 22_000
            let size = 7_000
            let grey = PDFColor(red: 0x55, green: 0x55, blue: 0x55)
            page.text("pagina \(index + 1) van \(count)", right: page.size.width - Self.rightMargin, y: y, font: .regular, size: size, color: grey)
            if let note {
                let width = (page.size.width - Self.leftMargin - Self.rightMargin) * 3 / 4
                for (number, line) in PDFFont.regular.wrap(note, size: size, width: width, maxLines: 2).enumerated() {
                    page.text(line, x: Self.leftMargin, y: y - number * 8_500, font: .regular, size: size, color: grey)
                }
            }
            return page
        }
    }
}
