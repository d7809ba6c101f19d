extension OverviewContent: PartedReportContent {
    /// What the overview's head needs before any organisation: how many files it shows.
    public struct Outline: Sendable {
        /// The files the overview shows (one entry each).
        public var fileCount: Int

        /// Creates an outline.
        public init(fileCount: Int) {
            self.fileCount = fileCount
        }
    }

    public var outline: Outline { Outline(fileCount: entries.count) }

    /// The whole overview as one part.
    public var parts: [OverviewContent] { [self] }

    /// The text and the JSON of the overview; the other formats lay out its
    /// presentation (their heads name every organisation, or their one table holds
    /// every period).
    public static func partWriter(_ format: ReportFormat, options: ReportOptions) -> Writer? {
        switch format {
        case .tekst: Writer(layout: .text, options: options)
        case .json: Writer(layout: .json, options: options)
        case .markdown, .csv, .html, .xlsx, .pdf: nil
        }
    }

    /// The text or JSON of an overview written one part at a time: each part (the
    /// entries of one or more organisations) as it is made, so that a national set's
    /// overview is never held at once, in the same bytes as the whole overview when the
    /// parts come in its organisation order (by name, then identifier).
    ///
    /// ```swift
    /// var writer = ReportFormat.tekst.partWriter(of: OverviewContent.self, options: options)!
    /// writer.start(OverviewContent.Outline(fileCount: index.namedFiles.count), to: &output)
    /// writer.add(OverviewContent(entries), to: &output)   // per organisation
    /// writer.finish(to: &output)
    /// ```
    public struct Writer: ReportPartWriter {
        public typealias Outline = OverviewContent.Outline
        public typealias Part = OverviewContent

        /// How the overview is written.
        enum Layout {
            /// Text: the head, then each organisation's sections (``TextRenderer``).
            case text
            /// JSON, amounts exact (``JSONStream``).
            case json
        }

        let layout: Layout
        let options: ReportOptions
        var stream = JSONStream()
        /// The outline of a text whose head is not written yet.
        var pendingHead: Outline?

        init(layout: Layout, options: ReportOptions) {
            self.layout = layout
            self.options = options
        }

        /// Takes the outline; like the JSON, the text is written from its first part
        /// (or at the finish), so a reading refused before it writes nothing.
        public mutating func start(_ outline: Outline, to output: inout some UTF8OutputStream) {
            pendingHead = outline
        }

        mutating func writeHead(to output: inout some UTF8OutputStream) {
            guard let outline = pendingHead else { return }
            pendingHead = nil
            switch layout {
            case .text: TextRenderer.renderHead(OverviewContent.head(fileCount: outline.fileCount), to: &output)
            case .json: break  // the JSON stream opens itself
            }
        }

        public mutating func add(_ part: OverviewContent, to output: inout some UTF8OutputStream) {
            writeHead(to: &output)
            switch layout {
            case .text:
                for section in part.sections(options) { TextRenderer.render(section, to: &output) }
            case .json: stream.add(part, options: options, to: &output)
            }
        }

        public mutating func finish(to output: inout some UTF8OutputStream) {
            writeHead(to: &output)
            switch layout {
            case .text: break
            case .json: stream.finish(to: &output)
            }
        }
    }
}
