import ZVHFinance

/// The options of `zvh tussenrapportage`: the export, the rules and the date (all three
/// required), the threshold of a variance that needs an explanation, the explanations,
/// the file of the proposed begrotingswijziging and the report group.
struct InterimOptions: CommandOptions {
    static let export = Option<String>("boekingen", value: "csv", help: "De export van boekingen (CSV); verplicht.")
    static let rules = Option<String>("regels", value: "bestand", help: "De boekingsregels (JSON); verplicht.")
    static let through = BookingsCommand.Options.date("tot", help: "Werkelijk t/m deze datum (JJJJ-MM-DD); verplicht.")
    static let threshold = Option<Threshold>(
        "drempel", value: "bedrag-of-percentage", help: "Vanaf welk verschil een toelichting nodig is: een bedrag (10000) of een percentage (10%); herhaalbaar.",
        isRepeating: true, parse: Threshold.init(_:))
    static let explanations = Option<String>("toelichtingen", value: "bestand", help: "Toelichtingen per code (JSON-object code → tekst).")
    static let amendment = Option<String>(
        "wijziging", value: "bestand", help: "Schrijf de voorgestelde begrotingswijziging als begrotingsbestand (atomair; nooit over een invoerbestand).")

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

    var exportFile: String
    var rulesFile: String
    var through: BookingDate
    /// The threshold: the defaults with each `--drempel` on top.
    var threshold = InterimThreshold()
    var explanationsFile: String?
    /// The file to write the proposed begrotingswijziging to.
    var amendmentOutput: String?
    var report: ReportCommandOptions

    init(_ commandLine: ParsedCommandLine) throws(OptionFailure) {
        // All three are checked for presence before the date is read.
        guard let exportFile = try commandLine.value(Self.export) else { throw OptionFailure("--boekingen is verplicht") }
        guard let rulesFile = try commandLine.value(Self.rules) else { throw OptionFailure("--regels is verplicht") }
        guard commandLine.isGiven(Self.through), let through = try commandLine.value(Self.through) else { throw OptionFailure("--tot is verplicht") }
        (self.exportFile, self.rulesFile, self.through) = (exportFile, rulesFile, through)
        for value in try commandLine.values(Self.threshold) {
            switch value {
            case .amount(let amount): threshold.amount = amount
            case .percent(let percent): threshold.percent = percent
            }
        }
        explanationsFile = try commandLine.value(Self.explanations)
        amendmentOutput = try commandLine.value(Self.amendment)
        report = try ReportCommandOptions(commandLine)
    }
}
