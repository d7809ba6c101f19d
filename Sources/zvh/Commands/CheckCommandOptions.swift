import ZVHFinance

/// The options of `zvh check`: the tolerance of a rounding difference, the pro-rata
/// threshold, the rules to run, `--strikt` and the report group.
struct CheckCommandOptions: CommandOptions {
    static let tolerance = Option<Money>(
        "tolerantie", value: "bedrag", help: "Verschillen tot en met dit bedrag zijn een afrondingsverschil.", default: "1"
    ) { text throws(OptionFailure) in
        guard let amount = Money.parse(typed: text), !amount.isNegative else {
            if Money.isTooLarge(typed: text) {
                throw OptionFailure("--tolerantie: het bedrag '\(text)' is te groot; een bedrag blijft onder een biljoen euro")
            }
            throw OptionFailure("--tolerantie verwacht een bedrag van nul of meer, zoals 1 of 0,50; niet '\(text)'")
        }
        return amount
    }
    static let proRataThreshold = Option<Quantity>(
        "pro-rata-drempel", value: "procent", help: "Afwijking van het pro-rata bedrag die gemeld wordt.", default: "10"
    ) { text throws(OptionFailure) in
        guard let percent = Quantity.parse(typed: text), !percent.isNegative else {
            throw OptionFailure("--pro-rata-drempel verwacht een percentage van nul of meer, zoals 10 of 2,5")
        }
        return percent
    }
    static let rule = Option<any CheckRule>(
        "regel", value: "regel", help: "Voer alleen deze regel uit (mag herhaald worden).", allowed: Checker.allRules.map(\.name), isRepeating: true
    ) { text throws(OptionFailure) in
        guard let rule = Checker.rule(named: text) else { throw OptionFailure("de waarde '\(text)' van '--regel' is ongeldig; kies uit: \(Checker.allRules.map(\.name).joined(separator: ", "))") }
        return rule
    }
    static let strict = Flag(long: "strikt", help: "Faal ook bij een waarschuwing.")

    /// The tolerance and the pro-rata threshold.
    var checks: CheckOptions
    /// The rules to run: those named, else every rule.
    var rules: [any CheckRule]
    /// Whether a warning fails too (`--strikt`).
    var isStrict: Bool
    var report: ReportCommandOptions

    init(_ commandLine: ParsedCommandLine) throws(OptionFailure) {
        let tolerance = try commandLine.value(Self.tolerance) ?? Money(euros: 1)
        let threshold = try commandLine.value(Self.proRataThreshold) ?? Quantity(10)
        checks = CheckOptions(tolerance: tolerance, proRataThresholdPercent: threshold)
        let chosen = try commandLine.values(Self.rule)
        // In the order of every rule, each once.
        rules = chosen.isEmpty ? Checker.allRules : Checker.allRules.filter { rule in chosen.contains { $0.name == rule.name } }
        isStrict = commandLine.isSet(Self.strict)
        report = try ReportCommandOptions(commandLine)
    }
}
