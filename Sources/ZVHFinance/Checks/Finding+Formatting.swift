/// The two ways a finding is written: one diagnostic line for people, one JSON object
/// for programs. Every report uses these; none formats a finding itself.
extension Finding {
    /// `bestand:regel:kolom` (or just the file when the finding has no place).
    public var position: String {
        guard let place else { return file }
        return "\(file):\(place.location.line):\(place.location.column)"
    }

    /// A severity as a terminal shows it in colour (ANSI: fout bold red, waarschuwing
    /// yellow, info cyan): the only place colour is decided.
    public static func colored(_ severity: Severity) -> String {
        let code: String
        switch severity {
        case .error: code = "1;31"
        case .warning: code = "33"
        case .info: code = "36"
        }
        return "\u{1B}[\(code)m\(severity.rawValue)\u{1B}[0m"
    }

    /// The compiler-style line: `bestand:regel:kolom: ernst: [regel] melding`.
    /// - Parameter severityText: how the severity is written; the command line colours
    ///   it on a terminal, everything else writes the Dutch name.
    public func diagnosticLine(severityText: (Severity) -> String = { $0.rawValue }) -> String {
        "\(ControlCharacters.escaped(position)): \(severityText(severity)): [\(rule)] \(ControlCharacters.escaped(message))"
    }

    /// The details under a diagnostic line: field path, amounts, hint, members and the
    /// related file, each on its own indented line.
    public var detailLines: [String] {
        var lines: [String] = []
        if let path = place?.path, !path.isEmpty { lines.append("plaats: \(path)") }
        if let expected, let found, let difference {
            lines.append("verwacht: \(expected.dutch())  gevonden: \(found.dutch())  verschil: \(difference.dutch())")
        } else if let found {
            lines.append("gevonden: \(found.dutch())")
        }
        if let hint { lines.append("hint: \(hint)") }
        if !municipalities.isEmpty { lines.append("raakt: \(municipalities.joined(separator: ", "))") }
        if let relatedFile { lines.append("vergeleken met: \(relatedFile)") }
        return lines
    }

    /// One sentence for a list under a report: `fout [som-wijkt-af] regel 12: melding — hint`.
    public var summaryLine: String {
        let line = place.map { " bestandsregel \($0.location.line)" } ?? ""
        return "\(severity.rawValue) [\(rule)]\(line): \(message)" + (hint.map { " — \($0)" } ?? "")
    }

    /// The finding as a JSON object: `regel, ernst, bestand, plaats, regelnummer, kolom,
    /// gemeenten, vergeleken-met, melding, verwacht, gevonden, verschil, hint` (absent
    /// values are null).
    public var json: JSONOutput {
        JSONOutput.built { writeJSON(to: &$0) }
    }
}
