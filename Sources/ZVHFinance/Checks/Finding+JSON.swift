extension Finding {
    /// Writes the finding as a JSON object (see ``json``): straight into a report's
    /// bytes where it is streamed, as a value where one is asked for.
    /// - Complexity: linear in the finding's texts.
    func writeJSON(to sink: inout some JSONSink) {
        sink.openObject()
        sink.member("regel", rule)
        sink.member("ernst", severity.rawValue)
        sink.member("bestand", file)
        sink.member("plaats", optional: place?.path)
        sink.writeKey("regelnummer")
        if let place { sink.writeInteger(place.location.line) } else { sink.writeNull() }
        sink.writeKey("kolom")
        if let place { sink.writeInteger(place.location.column) } else { sink.writeNull() }
        sink.member("gemeenten", array: municipalities) { $0.writeString($1) }
        sink.member("vergeleken-met", optional: relatedFile)
        sink.member("melding", message)
        sink.member("verwacht", amount: expected)
        sink.member("gevonden", amount: found)
        sink.member("verschil", amount: difference)
        sink.member("hint", optional: hint)
        sink.close(object: true)
    }
}
