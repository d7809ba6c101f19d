import ZVHFinance

/// The options of `zvh tussenrapportage`: the source (the export, the rules and the date
/// together, or `--prognose`), the threshold of a variance that needs an explanation,
/// the explanations, the file of the proposed begrotingswijziging and the report group.
struct InterimOptions: CommandOptions {
    static let export = Option<String>("boekingen", value: "csv", help: "De export van boekingen (CSV); verplicht zonder --prognose.")
    static let rules = Option<String>("regels", value: "bestand", help: "De boekingsregels (JSON); verplicht bij --boekingen.")
    static let through = BookingsCommand.Options.date("tot", help: "Werkelijk t/m deze datum (JJJJ-MM-DD); verplicht bij --boekingen.")
    static let threshold = Option<Threshold>(
        "drempel", value: "bedrag-of-percentage", help: "Vanaf welk verschil een toelichting nodig is: een bedrag (10000) of een percentage (10%); herhaalbaar.",
        isRepeating: true, parse: Threshold.init(_:))
    static let explanations = Option<String>("toelichtingen", value: "bestand", help: "Toelichtingen per code (JSON-object code → tekst).")
    static let amendment = Option<String>(
        "wijziging", value: "bestand", help: "Schrijf de voorgestelde begrotingswijziging als begrotingsbestand (atomair; nooit over een invoerbestand).")
    static let prognosis = Flag(
        long: "prognose", help: "Neem werkelijk en prognose uit de kolom van soort prognose van het bestand, in plaats van uit de boekingen.")

    /// Where werkelijk and the prognose come from.
    enum Source: Sendable {
        /// The export of bookings assigned by the rules, up to a date.
        case bookings(export: String, rules: String, through: BookingDate)
        /// The file's own column of kind prognose (`--prognose`).
        case prognosis
    }

    /// One `--drempel`: an amount (`10000`) or a percentage (`10%`).
    enum Threshold: Sendable {
        case amount(Money)
        case percent(Quantity)

        init(_ text: String) throws(OptionFailure) {
            if text.hasSuffix("%"), let percent = Quantity.parse(typed: String(text.dropLast())), !percent.isNegative, percent <= Quantity(1_000) {
                self = .percent(percent)
            } else if let amount = Money.parse(typed: text), !amount.isNegative, amount <= Money.largestFileSum {
                self = .amount(amount)
            } else {
                throw OptionFailure("--drempel verwacht een bedrag (10000) of een percentage (10%), niet '\(text)'")
            }
        }
    }

    var source: Source
    /// The threshold: the defaults with each `--drempel` on top.
    var threshold = InterimThreshold()
    var explanationsFile: String?
    /// The file to write the proposed begrotingswijziging to.
    var amendmentOutput: String?
    var report: ReportCommandOptions

    init(_ commandLine: ParsedCommandLine) throws(OptionFailure) {
        // Exactly one source, each of the bookings' three options given, before any value is read.
        let bookingOptions = [Self.export.spec, Self.rules.spec, Self.through.spec]
        let isFromPrognosis = commandLine.isSet(Self.prognosis)
        if isFromPrognosis, let given = bookingOptions.first(where: { !commandLine.texts(of: $0).isEmpty }) {
            throw OptionFailure("kies één bron: --prognose (de prognosekolom van het bestand) of --boekingen met --regels en --tot, niet allebei (--\(given.long) gegeven)")
        }
        if !isFromPrognosis {
            if bookingOptions.allSatisfy({ commandLine.texts(of: $0).isEmpty }) {
                throw OptionFailure("geef een bron: --boekingen CSV --regels BESTAND --tot DATUM, of --prognose voor de prognosekolom van het bestand")
            }
            if let missing = bookingOptions.first(where: { commandLine.texts(of: $0).isEmpty }) {
                throw OptionFailure("--\(missing.long) is verplicht bij --boekingen (of gebruik --prognose)")
            }
        }
        for value in try commandLine.values(Self.threshold) {
            switch value {
            case .amount(let amount): threshold.amount = amount
            case .percent(let percent): threshold.percent = percent
            }
        }
        if isFromPrognosis {
            source = .prognosis
        } else if let export = try commandLine.value(Self.export), let rules = try commandLine.value(Self.rules), let through = try commandLine.value(Self.through) {
            source = .bookings(export: export, rules: rules, through: through)
        } else {
            throw OptionFailure("geef een bron: --boekingen CSV --regels BESTAND --tot DATUM, of --prognose voor de prognosekolom van het bestand")
        }
        explanationsFile = try commandLine.value(Self.explanations)
        amendmentOutput = try commandLine.value(Self.amendment)
        report = try ReportCommandOptions(commandLine)
    }
}
