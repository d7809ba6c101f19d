extension JSONOutput {
    /// The value a document described as calls on a ``JSONSink`` builds: for a report
    /// whose JSON is written straight as bytes when streamed (``JSONWriter``) and is a
    /// value where a value is asked for (``ReportContent/json(_:)``), from one
    /// description.
    ///
    /// ```swift
    /// let value = JSONOutput.built { sink in
    ///     sink.writeObject { $0.member("naam", "Beek") }
    /// }   // .object(["naam": .string("Beek")])
    /// ```
    struct Builder: JSONSink {
        /// An object or array being built, with the key it stands under in its parent.
        private struct Open {
            var key: String?
            var isObject: Bool
            var members: [Member] = []
            var elements: [JSONOutput] = []
        }

        /// The open objects and arrays, innermost last.
        private var open: [Open] = []
        /// The key of the member whose value comes next.
        private var key: String?
        /// The value built, once the outermost value is written.
        private(set) var value: JSONOutput = .null

        /// Places a finished value in the innermost open object or array, or as the
        /// whole value.
        private mutating func place(_ finished: JSONOutput) {
            guard !open.isEmpty else {
                value = finished
                return
            }
            if open[open.count - 1].isObject {
                open[open.count - 1].members.append(Member(key ?? "", finished))
            } else {
                open[open.count - 1].elements.append(finished)
            }
            key = nil
        }

        mutating func openObject() {
            open.append(Open(key: key, isObject: true))
            key = nil
        }

        mutating func openArray() {
            open.append(Open(key: key, isObject: false))
            key = nil
        }

        mutating func close(object isObject: Bool) {
            let closed = open.removeLast()
            key = closed.key
            place(closed.isObject ? .object(closed.members) : .array(closed.elements))
        }

        mutating func writeKey(_ key: String) { self.key = key }
        mutating func writeKey(_ key: StaticString) { self.key = key.description }
        mutating func startElement() {}
        mutating func writeString(_ text: String) { place(.string(text)) }
        mutating func writeNumber(_ text: String) { place(.number(text)) }
        mutating func writeFormattedNumber(_ text: String) { place(.number(text)) }
        mutating func writeBool(_ value: Bool) { place(.bool(value)) }
        mutating func writeNull() { place(.null) }
        mutating func write(_ value: JSONOutput) { place(value) }
    }

    /// The value a description written on a sink builds.
    /// - Complexity: linear in the size of the value.
    static func built(_ describe: (inout Builder) -> Void) -> JSONOutput {
        var builder = Builder()
        describe(&builder)
        return builder.value
    }
}
