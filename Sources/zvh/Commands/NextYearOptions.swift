import ZVHFinance

extension NextYearCommand {
    /// The options of `volgend-jaar`: the jaarrekening to settle (with the settlement
    /// group), the indexation, new inhabitants, ramingkolommen and the output file.
    struct Options: CommandOptions {
        static let account = Option<String>("jaarrekening", value: "bestand", help: "De jaarrekening waarvan de verrekening wordt opgenomen.")
        static let index = ScenarioOptions.indexation("index", help: "Indexatie, bv. personeel=3,2% (mag herhaald worden).")
        static let inhabitants = Option<String>("inwoners", value: "csv", help: "Nieuwe inwonertallen (CSV 'gemeente;inwoners;peildatum;bron').")
        static let projectionYears = Option<Int>(
            "raming", value: "jaren", help: "Voeg ramingkolommen toe voor dit aantal jaren na het begrotingsjaar (1–10), elk met eigen bijdragen."
        ) { text throws(OptionFailure) in
            guard let value = Int(text), (1...10).contains(value) else { throw OptionFailure("--raming verwacht een aantal jaren van 1 tot en met 10, niet '\(text)'") }
            return value
        }
        static let recalculation = Flag(
            long: "nacalculatie", help: "Verreken alleen het verschil tussen het resultaat van --jaarrekening en wat eerdere begrotingen van dat jaar al verrekenden.")

        /// The jaarrekening whose settlement is taken in.
        var accountFile: String?
        /// How the settlement of `accountFile` is derived.
        var settlement: SettlementOptions
        /// Whether only the difference with what was settled before is settled (`--nacalculatie`).
        var isRecalculation: Bool
        var indexation: Indexation
        /// The CSV file of new inhabitants.
        var inhabitantsFile: String?
        /// The number of ramingkolommen (0: none).
        var projectionYearCount: Int
        /// The output file, and which files the books read.
        var output: ReportCommandOptions

        init(_ commandLine: ParsedCommandLine) throws(OptionFailure) {
            accountFile = try commandLine.value(Self.account)
            isRecalculation = commandLine.isSet(Self.recalculation)
            if accountFile == nil, isRecalculation {
                throw OptionFailure("--nacalculatie verrekent het verschil met het resultaat van een jaarrekening; geef die met --jaarrekening")
            }
            indexation = Indexation().applying(try commandLine.values(Self.index))
            projectionYearCount = try commandLine.value(Self.projectionYears) ?? 0
            settlement = try SettlementOptions(commandLine)
            if accountFile == nil, settlement.isAnyGiven {
                throw OptionFailure("--sleutel, --sleutels-uit, --samenvoegen en --niet-verrekenen gelden voor de verrekening en vragen om --jaarrekening")
            }
            inhabitantsFile = try commandLine.value(Self.inhabitants)
            output = try ReportCommandOptions(commandLine)
        }
    }
}
