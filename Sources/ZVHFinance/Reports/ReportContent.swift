/// The content of a report: every figure it shows, exact, computed once in the library.
/// Each output format is a view of this one value (``ReportFormat``): the text formats
/// render its ``presentation(_:)`` (tables rounded for display in one place,
/// ``PresentationRounding``), JSON its ``json(_:)`` (exact amounts). Neither adds,
/// splits or rounds a figure the other does not have.
public protocol ReportContent: Sendable {
    /// The report as tables and paragraphs, for text, Markdown, CSV and HTML.
    func presentation(_ options: ReportOptions) -> Report
    /// The same content for programs, amounts exact.
    func json(_ options: ReportOptions) -> JSONOutput
    /// The budget behind the report, when its workbook should also hold it in the
    /// import layout (``BudgetSheets``), so `zvh importeer` reads the report's workbook.
    var importableBudget: Budget? { get }
    /// Writes the report in a text format: by default the format's view of the whole
    /// (``ReportFormat/renderWhole(_:options:to:)``); a report written in parts
    /// (``PartedReportContent``) writes them through the writer that streams them, so a
    /// whole report and a streamed one are the same view.
    func write(_ format: ReportFormat, options: ReportOptions, to output: inout some TextOutputStream)
}

extension ReportContent {
    /// No budget behind the report by default.
    public var importableBudget: Budget? { nil }

    public func write(_ format: ReportFormat, options: ReportOptions, to output: inout some TextOutputStream) {
        format.renderWhole(self, options: options, to: &output)
    }
}

/// The formats every report can be written in (`--formaat`).
public enum ReportFormat: String, CaseIterable, Sendable {
    case tekst, markdown, csv, json, html, xlsx, pdf

    /// The Dutch names, for help texts and messages.
    public static let names = allCases.map(\.rawValue)

    /// Whether the format is bytes rather than text (a workbook, a PDF file), written
    /// only to a file: see ``output(_:options:)``.
    public var isBinary: Bool {
        switch self {
        case .tekst, .markdown, .csv, .json, .html: false
        case .xlsx, .pdf: true
        }
    }

    /// Whether the format's text holds nothing ``ControlCharacters`` would escape for a
    /// terminal, by construction: JSON, whose writer (``JSONWriter``) writes every
    /// string from data escaped (`\u202E`) and nothing else from data, so its text goes
    /// to standard output as written. The other formats lay labels out as they are and
    /// are checked on the way out.
    public var escapesItsText: Bool {
        switch self {
        case .json: true
        case .tekst, .markdown, .csv, .html, .xlsx, .pdf: false
        }
    }

    /// The options a format renders with: the spreadsheet formats carry exact amounts
    /// (cents), never display-rounded ones, whatever the options ask for display.
    public func effectiveOptions(_ options: ReportOptions) -> ReportOptions {
        switch self {
        case .tekst, .markdown, .json, .html, .pdf: options
        case .csv, .xlsx: ReportOptions(unit: .cent, explains: options.explains)
        }
    }

    /// A report's content in this format: text, or the bytes of a workbook or a PDF file
    /// (``PDFRenderer``, the same presentation HTML renders).
    /// - Throws: ``SpreadsheetError`` when a workbook cannot be written (a table beyond
    ///   a sheet's size).
    public func output(_ content: some ReportContent, options: ReportOptions = ReportOptions()) throws(SpreadsheetError) -> ReportOutput {
        switch self {
        case .tekst, .markdown, .csv, .json, .html: .text(rendered(content, options: options))
        case .xlsx: .bytes(try WorkbookRenderer.data(content.presentation(effectiveOptions(options)), budget: content.importableBudget))
        case .pdf: .bytes(PDFRenderer.data(content.presentation(effectiveOptions(options))))
        }
    }

    /// Writes a report's content in this format: as its parts where it is written in
    /// parts (``PartedReportContent``), otherwise whole (``renderWhole(_:options:to:)``).
    /// A binary format (``isBinary``) writes nothing here: use ``output(_:options:)``.
    /// - Complexity: linear in the size of the output.
    public func render(_ content: some ReportContent, options: ReportOptions = ReportOptions(), to output: inout some TextOutputStream) {
        content.write(self, options: options, to: &output)
    }

    /// Writes a report's content whole in this format: the text formats lay out its
    /// ``ReportContent/presentation(_:)``, JSON writes its ``ReportContent/json(_:)``.
    /// - Complexity: linear in the size of the output.
    public func renderWhole(_ content: some ReportContent, options: ReportOptions, to output: inout some TextOutputStream) {
        switch self {
        case .tekst: TextRenderer.render(content.presentation(options), to: &output)
        case .markdown: output.write(MarkdownRenderer.render(content.presentation(options)))
        case .csv: output.write(CSVRenderer.render(content.presentation(effectiveOptions(options))))
        case .json: content.json(options).write(to: &output)
        case .html: output.write(HTMLRenderer.render(content.presentation(options)))
        case .xlsx, .pdf: break
        }
    }

    /// The report's content in this format, as one string.
    public func rendered(_ content: some ReportContent, options: ReportOptions = ReportOptions()) -> String {
        var output = ""
        render(content, options: options, to: &output)
        return output
    }
}

/// A rendered report: text for the text formats, bytes for a workbook.
public enum ReportOutput: Hashable, Sendable {
    /// Text (UTF-8 when written).
    case text(String)
    /// The bytes of a binary file.
    case bytes([UInt8])
}
