extension OverviewContent {
    /// The JSON of an overview written one part at a time: each part (the entries of
    /// one or more organisations) as it is made, so that a national set's overview is
    /// never held at once, in the same bytes as ``json(_:)`` of the whole when the
    /// parts come in the whole's organisation order (by name, then identifier).
    ///
    /// ```swift
    /// var stream = OverviewContent.JSONStream()
    /// stream.add(OverviewContent(entries), options: options, to: &output)   // per organisation
    /// stream.finish(to: &output)
    /// ```
    public struct JSONStream {
        var writer = JSONWriter()
        /// Whether the document's opening is written.
        var isOpen = false

        /// Creates a stream; nothing is written before the first part (or the finish).
        public init() {}

        mutating func open() {
            guard !isOpen else { return }
            isOpen = true
            writer.openObject()
            writer.writeKey("organisaties")
            writer.openArray()
        }

        /// A part's organisations rendered, each on its own (its periods on every core):
        /// the work of ``add(_:options:to:)`` apart from the writing.
        public struct RenderedPart: Sendable {
            /// Per organisation, its JSON object as it stands in the document, as UTF-8.
            let organisations: [[UInt8]]
        }

        /// Renders a part's organisations, each with its periods, as bytes: each
        /// period's document is written straight from its content
        /// (``BudgetReportContent/writeJSON(_:to:)``), without a value between.
        /// - Complexity: linear in the part's output.
        public static func rendered(_ part: OverviewContent, options: ReportOptions) -> RenderedPart {
            RenderedPart(organisations: part.grouped.map { organisation, group in
                // Each period on its own core: four levels deep (document, list,
                // organisation, periods).
                let periods = group.concurrentMap { entry in
                    var period = JSONWriter(depth: 4)
                    period.reserveCapacity(1 << 15)
                    entry.writeJSON(options, to: &period)
                    return period.takeUTF8()
                }
                // Inside `{"organisaties": [` : two levels deep.
                var writer = JSONWriter(depth: 2)
                writer.reserveCapacity(periods.reduce(256) { $0 + $1.count + 16 })
                writer.openObject()
                writer.member("code", organisation.identifier)
                writer.member("naam", organisation.name)
                writer.writeKey("perioden")
                writer.openArray()
                for period in periods {
                    writer.startElement()
                    writer.writeRendered(utf8: period)
                }
                writer.close(object: false)
                writer.close(object: true)
                return writer.takeUTF8()
            })
        }

        /// Writes a part's organisations, each with its periods.
        /// - Complexity: linear in the part's output.
        public mutating func add(_ part: OverviewContent, options: ReportOptions, to output: inout some UTF8OutputStream) {
            add(Self.rendered(part, options: options), to: &output)
        }

        /// Writes a part rendered before (``rendered(_:options:)``), its bytes as they are.
        public mutating func add(_ part: RenderedPart, to output: inout some UTF8OutputStream) {
            open()
            for organisation in part.organisations {
                writer.startElement()
                writer.flush(into: &output)
                output.write(utf8: organisation)
            }
        }

        /// Writes the document's end.
        public mutating func finish(to output: inout some UTF8OutputStream) {
            open()
            writer.close(object: false)
            writer.close(object: true)
            writer.finish(into: &output)
        }
    }
}
