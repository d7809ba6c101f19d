/// A report with what the books behind it say about it: the files read (a command
/// naming one file reads its organisation's other files too) and, for a document meant
/// for members that goes out while a fout touches its figures, the draft mark. The
/// report itself is rendered as it is; this adds a header line to every format and, for
/// a draft, "CONCEPT — bevat fouten" in the title and in every page's footer.
public struct BooksReportContent<Content: ReportContent>: ReportContent {
    /// The report.
    public var content: Content
    /// The files read, in the order read.
    public var filesRead: [String]
    /// The fouten that make the document a draft; empty for a final document.
    public var draftFindings: [Finding]
    /// Whether the presentation names the files read: not in a letter to a member,
    /// which names no file (its JSON still lists them).
    public var namesFilesRead: Bool

    /// The mark of a draft, in the title and on every page.
    public static var draftMark: String { "CONCEPT — bevat fouten" }

    /// Wraps a report.
    /// - Parameters:
    ///   - content: the report.
    ///   - books: the books it was made from (their files are named in the header).
    ///   - draftFindings: the fouten touching the figures when the document goes out as
    ///     a draft (`--concept`); empty otherwise.
    ///   - namesFilesRead: whether the presentation names the files read.
    public init(_ content: Content, books: Books, draftFindings: [Finding] = [], namesFilesRead: Bool = true) {
        self.content = content
        filesRead = books.analysed.map(\.budget.file)
        self.draftFindings = draftFindings
        self.namesFilesRead = namesFilesRead
    }

    /// Whether the document is a draft.
    public var isDraft: Bool { !draftFindings.isEmpty }

    public var importableBudget: Budget? { content.importableBudget }

    public func presentation(_ options: ReportOptions) -> Report {
        var report = content.presentation(options)
        if namesFilesRead { report.context.append("Gelezen: \(filesRead.joined(separator: ", "))") }
        guard isDraft else { return report }
        let mark = Self.draftMark
        report.title = "\(mark) — \(report.title)"
        report.context.insert("\(mark): niet als definitief verzenden; \(draftFindings.count == 1 ? "een fout raakt" : "\(draftFindings.count) fouten raken") de cijfers: " + draftFindings.map(\.summaryLine).joined(separator: "; "), at: 0)
        report.asOf = report.asOf.map { "\(mark) — \($0)" } ?? mark
        return report
    }

    public func json(_ options: ReportOptions) -> JSONOutput {
        let inner = content.json(options)
        var added: [JSONOutput.Member] = [.init("gelezen", .array(filesRead.map(JSONOutput.string)))]
        if isDraft {
            added.insert(.init("concept", .bool(true)), at: 0)
            added.insert(.init("concept-reden", .array(draftFindings.map { .string($0.summaryLine) })), at: 1)
        }
        guard case .object(let members) = inner else {
            return .object(added + [.init("rapport", inner)])
        }
        return .object(added + members)
    }
}
