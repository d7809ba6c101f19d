extension CheckReport {
    /// The text or JSON of `zvh check` written as the findings come, one organisation at
    /// a time (``BooksIndex/eachOrganisation(_:transform:emit:)``), in the same bytes as
    /// ``text(severityText:)`` and ``json(_:)`` of the whole: a file's part is written
    /// as soon as every file before it is, so only the findings of files waiting for
    /// an earlier one are held.
    ///
    /// ```swift
    /// var stream = CheckReport.Stream(files: index.namedFiles, alsoRead: index.otherFiles, layout: .json)
    /// stream.start(to: &output)
    /// stream.add(files: books.namedFiles, findings: books.namedFindings, to: &output)   // per organisation
    /// stream.finish(to: &output)
    /// ```
    public struct Stream {
        /// How the report is written.
        public enum Layout {
            /// Text grouped by file, each severity written as `severityText` says.
            case text(severityText: (Finding.Severity) -> String)
            /// JSON, amounts exact.
            case json
        }

        let layout: Layout
        /// The files checked, in the order named.
        let files: [String]
        let alsoRead: [String]
        /// Per file, where its part stands in the output: the text follows the order
        /// named, the JSON's findings the report order (by file name).
        let positions: [String: Int]
        /// The findings of files done but not yet written, by position.
        var waiting: [Int: [Finding]] = [:]
        /// The position written next.
        var next = 0
        var counts = SeverityCounts()
        var writer = JSONWriter()

        /// Creates a stream for the report on `files` (in the order named).
        public init(files: [String], alsoRead: [String], layout: Layout) {
            self.files = files
            self.alsoRead = alsoRead
            self.layout = layout
            let order: [String]
            switch layout {
            case .text: order = files
            case .json: order = files.sorted()
            }
            positions = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        }

        /// Writes the report's opening.
        public mutating func start(to output: inout some TextOutputStream) {
            switch layout {
            case .text:
                let content = CheckReport(findings: [], files: files, alsoRead: alsoRead)
                output.write(CheckReport.textHeader(fileCount: files.count, alsoReadLine: content.alsoReadLine))
            case .json:
                writer.openObject()
                writer.writeKey("bevindingen")
                writer.openArray()
                writer.flush(into: &output)
            }
        }

        /// Adds checked files with their findings, and writes every part whose turn
        /// has come.
        /// - Parameters:
        ///   - checked: files of the report now checked (each once over the stream).
        ///   - findings: their findings, in report order.
        /// - Complexity: O(findings) plus the parts written.
        public mutating func add(files checked: [String], findings: [Finding], to output: inout some TextOutputStream) {
            var byFile: [String: [Finding]] = [:]
            for finding in findings { byFile[finding.file, default: []].append(finding) }
            for file in checked {
                guard let position = positions[file] else { continue }
                waiting[position] = byFile[file] ?? []
            }
            while let own = waiting.removeValue(forKey: next) {
                write(own, at: next, to: &output)
                next += 1
            }
        }

        mutating func write(_ findings: [Finding], at position: Int, to output: inout some TextOutputStream) {
            counts.add(findings)
            switch layout {
            case .text(let severityText):
                output.write(CheckReport.textBlock(file: files[position], findings: findings, severityText: severityText))
            case .json:
                for finding in findings {
                    writer.startElement()
                    writer.write(finding.json)
                }
                writer.flush(into: &output)
            }
        }

        /// Writes the report's end: the parts still waiting (of files after one never
        /// added), then the summary of every finding written.
        public mutating func finish(to output: inout some TextOutputStream) {
            for position in waiting.keys.sorted() {
                write(waiting[position] ?? [], at: position, to: &output)
            }
            waiting = [:]
            switch layout {
            case .text:
                output.write("\n" + CheckReport.summary(counts, fileCount: files.count) + "\n")
            case .json:
                writer.close(object: false)
                writer.writeKey("bestanden")
                writer.write(.array(files.map(JSONOutput.string)))
                writer.writeKey("meegelezen")
                writer.write(.array(alsoRead.map(JSONOutput.string)))
                writer.writeKey("samenvatting")
                writer.write(CheckReport.summaryJSON(counts))
                writer.close(object: true)
                writer.finish(into: &output)
            }
        }
    }
}
