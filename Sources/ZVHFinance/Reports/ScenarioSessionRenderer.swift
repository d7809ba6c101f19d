/// Writes a ``ScenarioSession`` as one self-contained HTML page for the steering group:
/// inline style and script, no reference to anything outside the file (a
/// Content-Security-Policy forbids every fetch), `lang="nl"`.
///
/// The page shows the first combination as plain HTML (readable without script); the
/// script moves between combinations with sliders for the grid's axes, switches for the
/// variants and a member picker, keeps the state in the URL fragment (`#a0=4&a1=1&g=2`)
/// and prints the chosen state on one A4 page. The figures are in a JSON block
/// (``ScenarioSessionRenderer+Data``): per combination the members' amounts in cents;
/// the script only selects them and writes cents in Dutch notation the way
/// ``Money/dutch(alwaysCents:)`` does, checked on opening against examples written by
/// the library (a browser that writes one differently shows no amounts at all).
public enum ScenarioSessionRenderer {
    /// The page as an HTML document.
    /// - Complexity: linear in the number of outcomes.
    public static func render(_ session: ScenarioSession) -> String {
        var html = head(session)
        html += controls(session)
        html += outcomeSection(session, shown: session.outcomes.first ?? session.basis)
        html += projectionSection(session)
        html += "<footer>\n"
        if let asOf = session.asOf { html += "<p class=\"context asof\">\(escape(asOf))</p>\n" }
        html += "<p class=\"koppeling\">Koppeling naar deze keuze (bewaar of stuur door): <a id=\"koppeling\" href=\"#\">#</a></p>\n"
        html += "</footer>\n</main>\n"
        html += "<script type=\"application/json\" id=\"gegevens\">"
        html += data(session)
        html += "</script>\n<script>\(script)</script>\n</body>\n</html>\n"
        return html
    }

    /// The page's size in bytes, estimated before any combination is computed: the page
    /// without combinations, plus per combination as many figures as the basis has,
    /// each as wide as twice the basis's largest amount with a sign and a separator.
    /// - Complexity: O(size of the page without combinations).
    public static func estimatedSize(of session: ScenarioSession, combinations: Int) -> Int {
        var empty = session
        empty.outcomes = []
        let fixed = render(empty).utf8.count
        let basis = session.basis
        let amounts = basis.finals.compactMap { $0 } + [basis.total] + basis.projection.flatMap { [$0.total] + $0.finals.compactMap { $0 } }
        let largest = amounts.map { $0.cents.magnitude }.max() ?? 0
        let width = String(largest * 2).count + 2
        let figures = session.members.count * 4 + 7 + session.years.count * (session.members.count + 1)
        let (all, overflow) = (figures * width + 24).multipliedReportingOverflow(by: combinations)
        return overflow ? Int.max : fixed.addingReportingOverflow(all).partialValue
    }

    static func head(_ session: ScenarioSession) -> String {
        // The printed page's footer, as every HTML report's: page number and what the data is.
        var printed = Report(title: session.title)
        printed.asOf = session.asOf
        var html = """
            <!DOCTYPE html>
            <html lang="nl">
            <head>
            <meta charset="utf-8"/>
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(escape(session.title))</title>
            <style>\(stylesheet)\(HTMLRenderer.footer(printed))</style>
            </head>
            <body>
            <main>
            <header>
            <h1>\(escape(session.title))</h1>

            """
        for line in session.context { html += "<p class=\"context\">\(escape(line))</p>\n" }
        html += "<p class=\"context raster\">\(escape(gridStatement(session)))</p>\n"
        html += "<p class=\"melding\" id=\"melding\" role=\"alert\" hidden=\"hidden\"></p>\n"
        html += "<noscript><p class=\"melding\">Zonder JavaScript toont deze pagina alleen de eerste keuze hieronder; open het bestand in een browser met JavaScript aan om te kiezen.</p></noscript>\n"
        html += "</header>\n"
        return html
    }

    /// What the page holds: the grid, the number of combinations and the bound.
    static func gridStatement(_ session: ScenarioSession) -> String {
        let grid = session.grid
        let axes = grid.axes.map { axis in
            switch axis.control {
            case .schuif: "\(axis.name): \(axis.points.count) waarden (\(axis.points.first?.label ?? "") tot en met \(axis.points.last?.label ?? ""))"
            case .schakelaar: "\(axis.name): aan of uit"
            }
        }
        let count = Quantity(Int64(grid.count ?? 0)).dutch()
        let described = axes.isEmpty ? "alleen de basis" : axes.joined(separator: " × ")
        return "Raster: \(described) = \(count) combinaties (\(grid.dimensions)), elk door zvh doorgerekend toen dit bestand werd geschreven; de pagina kiest alleen en rekent zelf geen bedrag uit. Grens van het bestand: \(ScenarioSessionTooLarge.megabytes(session.bound))."
    }

    static func controls(_ session: ScenarioSession) -> String {
        var html = "<form id=\"keuzes\" aria-labelledby=\"keuzes-kop\">\n<h2 id=\"keuzes-kop\">Keuzes</h2>\n"
        for (number, axis) in session.grid.axes.enumerated() {
            let id = "as-\(number)"
            let help = axis.description.map { "<p class=\"uitleg\" id=\"\(id)-uitleg\">\(escape($0))</p>" } ?? ""
            let described = axis.description == nil ? "" : " aria-describedby=\"\(id)-uitleg\""
            switch axis.control {
            case .schuif:
                let first = escape(axis.points.first?.label ?? "")
                html += "<div class=\"as schuif\"><label for=\"\(id)\">\(escape(axis.label))</label> "
                html += "<input type=\"range\" id=\"\(id)\" min=\"0\" max=\"\(axis.points.count - 1)\" step=\"1\" value=\"0\" aria-valuetext=\"\(first)\"\(described)/> "
                html += "<output id=\"\(id)-waarde\" for=\"\(id)\">\(first)</output>\(help)</div>\n"
            case .schakelaar:
                html += "<div class=\"as schakelaar\"><input type=\"checkbox\" id=\"\(id)\"\(described)/> <label for=\"\(id)\">\(escape(axis.label))</label>\(help)</div>\n"
            }
        }
        html += "<div class=\"as\"><label for=\"gemeente\">Gemeente</label> <select id=\"gemeente\"><option value=\"\">alle gemeenten (totaal)</option>"
        for (index, member) in session.members.enumerated() { html += "<option value=\"\(index)\">\(escape(member))</option>" }
        html += "</select></div>\n"
        html += "<div class=\"knoppen\"><button type=\"button\" id=\"naar-basis\">Terug naar het begin</button> <button type=\"button\" id=\"afdrukken\">Afdrukken</button></div>\n"
        html += "</form>\n"
        return html
    }

    static func outcomeSection(_ session: ScenarioSession, shown: ScenarioSession.Outcome) -> String {
        let basis = session.basis
        var html = "<section id=\"uitkomst\" aria-labelledby=\"uitkomst-kop\">\n<h2 id=\"uitkomst-kop\">Uitkomst</h2>\n"
        html += "<p id=\"keuze\" aria-live=\"polite\">\(escape(choiceText(session, indices: Array(repeating: 0, count: session.grid.axes.count))))</p>\n"
        html += "<table id=\"bijdragen\">\n<caption>Definitieve bijdrage per gemeente: basis en gekozen</caption>\n<thead>\n<tr>"
        html += "<th scope=\"col\">gemeente</th><th scope=\"col\" class=\"num\">basis</th><th scope=\"col\" class=\"num\">gekozen</th>"
        html += "<th scope=\"col\" class=\"num\">verschil</th><th scope=\"col\" class=\"num\">%</th><th scope=\"col\" class=\"num\">€ per inwoner</th></tr>\n</thead>\n<tbody>\n"
        for (index, member) in session.members.enumerated() {
            html += "<tr data-gemeente=\"\(index)\"><th scope=\"row\">\(escape(member))</th>"
            html += cell("basis", amount(basis.finals[index])) + cell("gekozen", amount(shown.finals[index]))
            html += cell("verschil", shown.differences[index].dutch()) + cell("procent", percent(shown.percentTenths[index]))
            html += cell("per-inwoner", amount(shown.perInhabitant[index])) + "</tr>\n"
        }
        if session.hasRoundingLine {
            html += "<tr data-gemeente=\"afronding\"><th scope=\"row\">\(escape(BudgetFigures.roundingLineName))</th>"
            html += cell("basis", basis.roundingDifference.dutch()) + cell("gekozen", shown.roundingDifference.dutch())
            html += cell("verschil", shown.roundingChange.dutch()) + cell("procent", "") + cell("per-inwoner", "") + "</tr>\n"
        }
        html += "<tr class=\"total\" data-gemeente=\"totaal\"><th scope=\"row\">Totaal</th>"
        html += cell("basis", basis.total.dutch()) + cell("gekozen", shown.total.dutch()) + cell("verschil", shown.totalDifference.dutch())
        html += cell("procent", percent(shown.totalPercentTenths)) + cell("per-inwoner", "") + "</tr>\n</tbody>\n</table>\n"
        html += "<p id=\"controle\">\(escape(checkText(shown)))</p>\n"
        html += "<p id=\"lid\" aria-live=\"polite\"></p>\n</section>\n"
        return html
    }

    static func projectionSection(_ session: ScenarioSession) -> String {
        guard !session.years.isEmpty else { return "" }
        var html = "<section id=\"raming\" aria-labelledby=\"raming-kop\">\n<h2 id=\"raming-kop\">Meerjarenraming</h2>\n"
        html += "<figure><figcaption id=\"grafiek-titel\">Meerjarenraming: totaal van de bijdragen per jaar (basis gestippeld, gekozen doorgetrokken)</figcaption>"
        html += "<div id=\"grafiek\" role=\"img\" aria-labelledby=\"grafiek-titel\"></div></figure>\n"
        html += "<table id=\"raming-tabel\">\n<caption id=\"raming-onderwerp\">Meerjarenraming: totaal van alle gemeenten</caption>\n<thead>\n<tr><th scope=\"col\">jaar</th>"
        html += "<th scope=\"col\" class=\"num\">basis</th><th scope=\"col\" class=\"num\">gekozen</th></tr>\n</thead>\n<tbody>\n"
        let shown = session.outcomes.first ?? session.basis
        for (index, year) in session.years.enumerated() {
            html += "<tr data-jaar=\"\(index)\"><th scope=\"row\">\(year)</th>" + cell("basis", session.basis.projection[index].total.dutch())
            html += cell("gekozen", shown.projection[index].total.dutch()) + "</tr>\n"
        }
        html += "</tbody>\n</table>\n"
        if let description = session.projectionDescription { html += "<p>Parameters: \(escape(description)).</p>\n" }
        html += "</section>\n"
        return html
    }

    /// "Gekozen: Indexatie personeel (eenmalig) 2,5%; Gennep treedt uit: aan."
    static func choiceText(_ session: ScenarioSession, indices: [Int]) -> String {
        guard !session.grid.axes.isEmpty else { return "Gekozen: de basis (er is niets te kiezen)." }
        return "Gekozen: " + zip(session.grid.axes, indices).map { "\($0.label): \($0.points[$1].label)" }.joined(separator: "; ") + "."
    }

    /// The check line under the table, as the script also writes it.
    static func checkText(_ outcome: ScenarioSession.Outcome) -> String {
        "Controle (exact, in centen): som van de verschillen \(outcome.sumOfDifferences.dutch()) = verschil in het totaal \(outcome.totalDifference.dutch()) "
            + (outcome.differencesAddUp ? "✓ klopt" : "✗ KLOPT NIET")
    }

    static func cell(_ field: String, _ text: String) -> String {
        "<td class=\"num\" data-veld=\"\(field)\">\(escape(text))</td>"
    }

    static func amount(_ money: Money?) -> String { money?.dutch() ?? "–" }

    static func percent(_ tenths: Int64?) -> String {
        tenths.map { Ratio.percentText(Int128($0), of: 1000, decimals: 1) } ?? "–"
    }

    static func escape(_ text: String) -> String { HTMLRenderer.escape(text) }
}
