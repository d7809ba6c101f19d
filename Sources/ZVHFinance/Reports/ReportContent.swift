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
    /// Writes ``json(_:)`` as text into a stream; a content with many parts may write
    /// them one at a time (same bytes), so the whole document is never held as values.
    func writeJSON(_ options: ReportOptions, to output: inout some TextOutputStream)
}

extension ReportContent {
    public func writeJSON(_ options: ReportOptions, to output: inout some TextOutputStream) {
        json(options).write(to: &output)
    }
}

/// The formats every report can be written in (`--formaat`).
public enum ReportFormat: String, CaseIterable, Sendable {
    case tekst, markdown, csv, json, html

    /// The Dutch names, for help texts and messages.
    public static let names = allCases.map(\.rawValue)

    /// Writes a report's content in this format.
    /// - Complexity: linear in the size of the output.
    public func render(_ content: some ReportContent, options: ReportOptions = ReportOptions(), to output: inout some TextOutputStream) {
        switch self {
        case .tekst: TextRenderer.render(content.presentation(options), to: &output)
        case .markdown: output.write(MarkdownRenderer.render(content.presentation(options)))
        case .csv: output.write(CSVRenderer.render(content.presentation(options)))
        case .json: content.writeJSON(options, to: &output)
        case .html: output.write(HTMLRenderer.render(content.presentation(options)))
        }
    }

    /// The report's content in this format, as one string.
    public func rendered(_ content: some ReportContent, options: ReportOptions = ReportOptions()) -> String {
        var output = ""
        render(content, options: options, to: &output)
        return output
    }
}
