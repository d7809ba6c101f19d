/// Where a JSON document is written, one member or element at a time: straight into
/// the bytes of a report (``JSONWriter``) or into a value (``JSONOutput/Builder``).
///
/// A report whose JSON is large (a budget's, written per period into the overview of a
/// national set) describes its document once, as calls on a sink; its JSON value
/// (``ReportContent/json(_:)``) is that description built as a value, and its
/// streamed text the same description written as bytes, without a value tree between.
///
/// ```swift
/// func writeJSON(to sink: inout some JSONSink) {
///     sink.writeObject { sink in
///         sink.member("naam", name)
///         sink.member("bedrag", amount: amount)
///         sink.member("regels", array: lines) { sink, line in sink.writeString(line.name) }
///     }
/// }
/// ```
protocol JSONSink {
    /// Opens an object at the current place.
    mutating func openObject()
    /// Opens an array at the current place.
    mutating func openArray()
    /// Closes the innermost open object or array.
    /// - Parameter isObject: whether it is an object (else an array).
    mutating func close(object isObject: Bool)
    /// Starts a member of the open object whose key comes from data (a column's name);
    /// the next value written is its value.
    mutating func writeKey(_ key: String)
    /// Starts a member of the open object whose key is written in the code: plain
    /// ASCII, nothing to escape.
    mutating func writeKey(_ key: StaticString)
    /// Starts an element of the open array.
    mutating func startElement()
    /// Writes a string.
    mutating func writeString(_ text: String)
    /// Writes a number given as JSON text (`1402290`, `-13.5`).
    mutating func writeNumber(_ text: String)
    /// Writes a number whose JSON text the caller made of ASCII digits, a sign and a
    /// point (an amount's, a count's), so a writer need not look at it again.
    mutating func writeFormattedNumber(_ text: String)
    /// Writes `true` or `false`.
    mutating func writeBool(_ value: Bool)
    /// Writes `null`.
    mutating func writeNull()
    /// Writes a whole value (a part of the document still described as a value).
    mutating func write(_ value: JSONOutput)
}

extension JSONSink {
    /// Writes a whole number.
    mutating func writeInteger(_ value: Int) { writeFormattedNumber(String(value)) }

    /// Writes an object whose members `body` writes.
    mutating func writeObject(_ body: (inout Self) -> Void) {
        openObject()
        body(&self)
        close(object: true)
    }

    /// Writes an array of the elements, each as `element` writes it.
    mutating func writeArray<Elements: Sequence>(_ elements: Elements, _ element: (inout Self, Elements.Element) -> Void) {
        openArray()
        for value in elements {
            startElement()
            element(&self, value)
        }
        close(object: false)
    }

    /// Writes a member whose value is a string.
    mutating func member(_ key: StaticString, _ text: String) {
        writeKey(key)
        writeString(text)
    }

    /// Writes a member whose value is a string, or null when absent.
    mutating func member(_ key: StaticString, optional text: String?) {
        writeKey(key)
        if let text { writeString(text) } else { writeNull() }
    }

    /// Writes a member whose value is a whole number.
    mutating func member(_ key: StaticString, integer: Int) {
        writeKey(key)
        writeInteger(integer)
    }

    /// Writes a member whose value is `true` or `false`.
    mutating func member(_ key: StaticString, _ value: Bool) {
        writeKey(key)
        writeBool(value)
    }

    /// Writes a member whose value is given as a value.
    mutating func member(_ key: StaticString, _ value: JSONOutput) {
        writeKey(key)
        write(value)
    }

    /// Writes a member whose value is an object that `body` writes.
    mutating func member(_ key: StaticString, object body: (inout Self) -> Void) {
        writeKey(key)
        writeObject(body)
    }

    /// Writes a member whose value is an array of the elements, each as `element`
    /// writes it.
    mutating func member<Elements: Sequence>(_ key: StaticString, array elements: Elements, _ element: (inout Self, Elements.Element) -> Void) {
        writeKey(key)
        writeArray(elements, element)
    }
}
