/// A report written in one format one part at a time: its head, then each part as it
/// comes (one organisation's files and findings), then its tail. The same writer writes
/// a whole report (its parts one after another, ``PartedReportContent``) and a report
/// streamed while the books are read organisation by organisation (``BooksIndex``), so
/// the two are one view and give the same bytes.
///
/// ```swift
/// var writer = ReportFormat.json.partWriter(of: CheckReport.self, options: options)!
/// writer.start(outline, to: &output)
/// writer.add(part, to: &output)   // per organisation
/// writer.finish(to: &output)
/// ```
public protocol ReportPartWriter {
    /// What the writer needs to know before the first part: the files of the report,
    /// for example.
    associatedtype Outline
    /// One part of the report, as the library makes it.
    associatedtype Part
    /// Writes the report's head.
    mutating func start(_ outline: Outline, to output: inout some UTF8OutputStream)
    /// Writes a part (or keeps it until the parts before it in the report are written).
    mutating func add(_ part: Part, to output: inout some UTF8OutputStream)
    /// Writes what is left and the report's tail.
    mutating func finish(to output: inout some UTF8OutputStream)
}

/// A report content that the formats able to stream (``ReportFormat/partWriter(of:options:)``)
/// write one part at a time: what the head needs before any part is its ``outline``, the
/// parts of the whole are its ``parts``. Written whole, the report is its parts written
/// by the same writer; the other formats lay out its ``presentation(_:)``.
public protocol PartedReportContent: ReportContent {
    /// The writer of the report in the formats that stream.
    associatedtype Writer: ReportPartWriter
    /// What the head of this report needs.
    var outline: Writer.Outline { get }
    /// This report's parts, in the order they are added.
    var parts: [Writer.Part] { get }
    /// The writer of the report in a format, or nil when the format lays out the whole
    /// report (Markdown, CSV, HTML, the binary formats).
    static func partWriter(_ format: ReportFormat, options: ReportOptions) -> Writer?
}

extension PartedReportContent {
    /// Writes the report as its parts when the format streams, otherwise whole
    /// (``ReportFormat/renderWhole(_:options:to:)``). What the writer writes is passed
    /// on as it comes (bytes as text), so a report of one large part is not held whole.
    public func write(_ format: ReportFormat, options: ReportOptions, to output: inout some TextOutputStream) {
        guard var writer = format.partWriter(of: Self.self, options: options) else {
            format.renderWhole(self, options: options, to: &output)
            return
        }
        // The pointer is used only inside this call.
        withUnsafeMutablePointer(to: &output) { output in
            var stream = PassedOnStream(base: output)
            writer.start(outline, to: &stream)
            for part in parts { writer.add(part, to: &stream) }
            writer.finish(to: &stream)
        }
    }
}

/// A text stream whose text, given as strings or as UTF-8 bytes, goes on to another
/// stream as it comes: for a part writer that writes bytes into any text stream.
private struct PassedOnStream<Base: TextOutputStream>: UTF8OutputStream {
    let base: UnsafeMutablePointer<Base>

    mutating func write(_ string: String) {
        base.pointee.write(string)
    }
}

extension ReportFormat {
    /// The writer of a report of a kind in this format, part by part, or nil when this
    /// format lays out the whole report: a command that gets one streams the report as
    /// it reads the books, otherwise it reads them whole.
    /// - Parameters:
    ///   - kind: the report's content type.
    ///   - options: how the report is presented.
    public func partWriter<Content: PartedReportContent>(of kind: Content.Type, options: ReportOptions) -> Content.Writer? {
        Content.partWriter(self, options: effectiveOptions(options))
    }
}
