extension CheckReport {
    /// What the report's head and tail need before any finding: the files checked, in
    /// the order named, and the other files read with them.
    public struct Outline: Sendable {
        /// The files checked, in the order named.
        public var files: [String]
        /// The other files of their organisations read with them.
        public var alsoRead: [String]

        /// Creates an outline.
        public init(files: [String], alsoRead: [String]) {
            self.files = files
            self.alsoRead = alsoRead
        }
    }

    /// Files checked together (one organisation's), with their findings: a part of the
    /// report.
    public struct Part: Sendable {
        /// Files of the report now checked (each in one part only).
        public var files: [String]
        /// Their findings, in report order.
        public var findings: [Finding]

        /// Creates a part.
        public init(files: [String], findings: [Finding]) {
            self.files = files
            self.findings = findings
        }
    }

    public var outline: Outline { Outline(files: files, alsoRead: alsoRead) }

    /// The whole report as one part.
    public var parts: [Part] { [Part(files: files, findings: findings)] }

    /// The text and the JSON of the report; the other formats lay out its presentation.
    public static func partWriter(_ format: ReportFormat, options: ReportOptions) -> Writer? {
        switch format {
        case .tekst:
            let colors = options.colorsSeverities
            return Writer(layout: .text(severityText: colors ? Finding.colored : { $0.rawValue }))
        case .json:
            return Writer(layout: .json)
        case .markdown, .csv, .html, .xlsx, .pdf:
            return nil
        }
    }

    /// The text or JSON of `zvh check` written as the findings come, one organisation at
    /// a time (``BooksIndex/eachOrganisation(_:transform:emit:)``), or all at once for
    /// the whole report: a file's part is written as soon as every file before it is,
    /// so only the findings of files waiting for an earlier one are held.
    ///
    /// ```swift
    /// var writer = ReportFormat.json.partWriter(of: CheckReport.self, options: options)!
    /// writer.start(CheckReport.Outline(files: index.namedFiles, alsoRead: index.otherFiles), to: &output)
    /// writer.add(CheckReport.Part(files: books.namedFiles, findings: books.namedFindings), to: &output)   // per organisation
    /// writer.finish(to: &output)
    /// ```
    public struct Writer: ReportPartWriter {
        public typealias Outline = CheckReport.Outline
        public typealias Part = CheckReport.Part

        /// How the report is written.
        enum Layout {
            /// Text grouped by file, each severity written as `severityText` says.
            case text(severityText: (Finding.Severity) -> String)
            /// JSON, amounts exact.
            case json
        }

        let layout: Layout
        var outline = Outline(files: [], alsoRead: [])
        /// Per file, where its part stands in the output: the text follows the order
        /// named, the JSON's findings the order of the file names (``jsonOrder(_:)``).
        var positions: [String: Int] = [:]
        /// The files in the order written.
        var order: [String] = []
        /// The findings of files done but not yet written, by position.
        var waiting: [Int: [Finding]] = [:]
        /// The position written next.
        var next = 0
        var counts = SeverityCounts()
        var writer = JSONWriter()

        init(layout: Layout) {
            self.layout = layout
        }

        /// The files in the order the JSON lists their findings: by name, each once.
        static func jsonOrder(_ files: [String]) -> [String] {
            Array(Set(files)).sorted()
        }

        /// Writes the head of the report on the outline's files.
        public mutating func start(_ outline: Outline, to output: inout some UTF8OutputStream) {
            self.outline = outline
            switch layout {
            case .text: order = outline.files
            case .json: order = Self.jsonOrder(outline.files)
            }
            positions = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            switch layout {
            case .text:
                output.write(CheckReport.textHeader(fileCount: outline.files.count, alsoReadLine: CheckReport.alsoReadLine(outline.alsoRead)))
            case .json:
                writer.openObject()
                writer.writeKey("bevindingen")
                writer.openArray()
                writer.flush(into: &output)
            }
        }

        /// Adds checked files with their findings, and writes every part whose turn
        /// has come.
        /// - Complexity: O(findings) plus the parts written.
        public mutating func add(_ part: Part, to output: inout some UTF8OutputStream) {
            var byFile: [String: [Finding]] = [:]
            for finding in part.findings { byFile[finding.file, default: []].append(finding) }
            for file in part.files {
                guard let position = positions[file] else { continue }
                waiting[position] = byFile[file] ?? []
            }
            while let own = waiting.removeValue(forKey: next) {
                write(own, at: next, to: &output)
                next += 1
            }
        }

        mutating func write(_ findings: [Finding], at position: Int, to output: inout some UTF8OutputStream) {
            counts.add(findings)
            switch layout {
            case .text(let severityText):
                output.write(CheckReport.textBlock(file: order[position], findings: findings, severityText: severityText))
            case .json:
                for finding in findings {
                    writer.startElement()
                    finding.writeJSON(to: &writer)
                }
                writer.flush(into: &output)
            }
        }

        /// Writes the parts still waiting (of files after one never added), then the
        /// summary of every finding written.
        public mutating func finish(to output: inout some UTF8OutputStream) {
            for position in waiting.keys.sorted() {
                write(waiting[position] ?? [], at: position, to: &output)
            }
            waiting = [:]
            switch layout {
            case .text:
                output.write("\n" + CheckReport.summary(counts, fileCount: outline.files.count) + "\n")
            case .json:
                writer.close(object: false)
                writer.writeKey("bestanden")
                writer.write(.array(outline.files.map(JSONOutput.string)))
                writer.writeKey("meegelezen")
                writer.write(.array(outline.alsoRead.map(JSONOutput.string)))
                writer.writeKey("samenvatting")
                writer.write(CheckReport.summaryJSON(counts))
                writer.close(object: true)
                writer.finish(into: &output)
            }
        }
    }
}
