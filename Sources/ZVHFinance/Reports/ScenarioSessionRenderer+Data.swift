extension ScenarioSessionRenderer {
    /// The page's figures as compact JSON (one line, no repeated labels), safe inside
    /// `<script>`: every `<` is written `\u003c`.
    ///
    /// ```text
    /// { "formaat": 1, "gemeenten": [...], "jaren": [2024, ...],
    ///   "assen": [{ "naam", "label", "soort": "schuif" | "schakelaar", "punten": ["0%", ...] }],
    ///   "indeling": [...the layout below, in words...],
    ///   "basis": R, "punten": [R, ...],          // one per combination, the last axis fastest
    ///   "opmaak": { "bedragen": [[cents, "text"], ...], "procenten": [[tenths, "text"], ...] } }
    /// R = [ [finals], [differences], [percent tenths], [per inhabitant],
    ///       [total, difference, percent tenths, sum of differences, adds up (1/0),
    ///        afronding line, its change],   // the total and the sum include the line
    ///       [[year total, final per member...], ...] ]
    /// ```
    /// Amounts are whole cents; `null` where there is none (no member, no basis).
    static func data(_ session: ScenarioSession) -> String {
        var text = "{\"formaat\":1,\"gemeenten\":[" + session.members.map(string).joined(separator: ",") + "]"
        text += ",\"afronding\":\(session.hasRoundingLine ? "true" : "false")"
        text += ",\"jaren\":[" + session.years.map(String.init).joined(separator: ",") + "]"
        text += ",\"assen\":[" + session.grid.axes.map { axis in
            "{\"naam\":\(string(axis.name)),\"label\":\(string(axis.label)),\"soort\":\(string(axis.control.rawValue)),\"punten\":["
                + axis.points.map { string($0.label) }.joined(separator: ",") + "]}"
        }.joined(separator: ",") + "]"
        text += ",\"indeling\":[" + layout.map(string).joined(separator: ",") + "]"
        text += ",\"basis\":" + record(session.basis)
        text += ",\"punten\":["
        for (index, outcome) in session.outcomes.enumerated() {
            if index > 0 { text += "," }
            text += record(outcome)
        }
        text += "],\"opmaak\":{\"bedragen\":["
        text += formattingExamples.map { "[\($0.cents),\(string($0.dutch()))]" }.joined(separator: ",")
        text += "],\"procenten\":["
        text += percentExamples.map { "[\($0),\(string(percent($0)))]" }.joined(separator: ",")
        text += "]}}"
        return text
    }

    /// The layout of a record, in words, stated in the data itself.
    static let layout = [
        "per punt: [bedragen per gemeente in centen], [verschil met de basis per gemeente in centen], [verschil in tienden van een procent], [per inwoner in centen]",
        "[totaal (met afronding), verschil in het totaal, verschil in tienden van een procent, som van de verschillen (met de verandering van de afronding), verschillen tellen op (1/0), afronding, verandering van de afronding]",
        "[per jaar van de meerjarenraming: [totaal, bedrag per gemeente in centen]]",
    ]

    /// Amounts the script must write exactly as ``Money/dutch(alwaysCents:)`` does;
    /// checked when the page opens.
    static let formattingExamples: [Money] = [
        0, 1, 5, 9, 10, 99, 100, 101, 110, 199, 1_000, 99_999, 100_000, 123_456, 1_000_000, 140_229_000, 140_229_005,
        -1, -5, -10, -100, -105, -99_999, -100_000, -3_445_900, -123_456_789_012, 9_999_999_999_999, Money.largestFileSum.cents,
    ].map { Money(cents: $0) }

    /// Percentages in tenths the script must write as ``Ratio/percentText(_:of:decimals:)``.
    static let percentExamples: [Int64] = [0, 1, 5, 9, 10, 64, 100, 999, 1_000, 12_345, -1, -5, -10, -64, -1_000, -12_345]

    static func record(_ outcome: ScenarioSession.Outcome) -> String {
        var text = "[[" + outcome.finals.map(cents).joined(separator: ",") + "],["
        text += outcome.differences.map { String($0.cents) }.joined(separator: ",") + "],["
        text += outcome.percentTenths.map { $0.map(String.init) ?? "null" }.joined(separator: ",") + "],["
        text += outcome.perInhabitant.map(cents).joined(separator: ",") + "],["
        text += "\(outcome.total.cents),\(outcome.totalDifference.cents),\(outcome.totalPercentTenths.map(String.init) ?? "null"),"
        text += "\(outcome.sumOfDifferences.cents),\(outcome.differencesAddUp ? 1 : 0),\(outcome.roundingDifference.cents),\(outcome.roundingChange.cents)],["
        text += outcome.projection.map { year in "[\(year.total.cents)," + year.finals.map(cents).joined(separator: ",") + "]" }.joined(separator: ",")
        return text + "]]"
    }

    static func cents(_ money: Money?) -> String { money.map { String($0.cents) } ?? "null" }

    /// A JSON string of text as the other formats show it (control characters escaped),
    /// safe inside `<script>`.
    static func string(_ text: String) -> String {
        JSONOutput.quoted(ControlCharacters.escaped(text)).replacingAll("<", with: "\\u003c")
    }
}
