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

        /// Writes a part's organisations, each with its periods, one period at a time.
        /// - Complexity: linear in the part's output.
        public mutating func add(_ part: OverviewContent, options: ReportOptions, to output: inout some TextOutputStream) {
            open()
            for (organisation, group) in part.grouped {
                writer.startElement()
                writer.openObject()
                writer.writeKey("code")
                writer.write(.string(organisation.identifier))
                writer.writeKey("naam")
                writer.write(.string(organisation.name))
                writer.writeKey("perioden")
                writer.openArray()
                for entry in group {
                    writer.startElement()
                    writer.write(entry.json(options))
                    writer.flush(into: &output)
                }
                writer.close(object: false)
                writer.close(object: true)
            }
            writer.flush(into: &output)
        }

        /// Writes the document's end.
        public mutating func finish(to output: inout some TextOutputStream) {
            open()
            writer.close(object: false)
            writer.close(object: true)
            writer.finish(into: &output)
        }
    }
}
