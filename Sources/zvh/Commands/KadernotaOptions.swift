import ZVHFinance

extension KadernotaCommand {
    /// The options of `kadernota`: the group it shares with `zvh scenario`
    /// (``ScenarioInputOptions``: `--scenario`, `--jaren`, `--raming-index`), the sources
    /// of the assumptions (`--bron`), new inhabitants (`--inwoners`), a kaders file and the
    /// report group (with `--concept`).
    struct Options: CommandOptions {
        static let projectionIndex = ScenarioInputOptions.projectionIndex.helping("Jaarlijkse indexatie, bv. personeel=3,2% (mag herhaald worden).")
        static let years = ScenarioInputOptions.years.helping("Jaren na het begrotingsjaar (0–30, standaard 3).")
        static let scenario = ScenarioInputOptions.scenario.helping("Volume- of sleutelwijzigingen uit scenarios/ of een pad (mag herhaald worden).")
        static let source = Option<Source>("bron", value: "soort=bron@datum", help: "Bron en datum van een uitgangspunt (mag herhaald worden).", isRepeating: true, parse: Source.init(_:))
        static let inhabitants = Option<String>("inwoners", value: "csv", help: "Nieuwe inwonertallen (CSV 'gemeente;inwoners;peildatum;bron'), zoals bij zvh volgend-jaar.")
        static let kaders = Option<String>(
            "kaders", value: "bestand", help: "Een kadersbestand (JSON) met jaren, indexatie met bron en datum, inwoners en scenario's; opties vullen aan en gaan voor.")

        /// The source and date of an assumption: `SOORT=BRON` or `SOORT=BRON@DATUM`.
        struct Source: Sendable {
            /// The subjects a source may be given for.
            static let subjects = IndexationKind.allCases.map(\.rawValue) + ["inwoners"]

            var subject: String
            var source: String
            var date: String?

            init(_ text: String) throws(OptionFailure) {
                let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let subject = parts.first.map { String($0.trimmingSpaces).lowercased() } ?? ""
                guard parts.count == 2, Self.subjects.contains(subject) else {
                    throw OptionFailure("--bron verwacht SOORT=BRON of SOORT=BRON@DATUM met soort \(Self.subjects.joined(separator: ", ")); niet '\(text)'")
                }
                let sourceAndDate = parts[1].split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false).map { String($0.trimmingSpaces) }
                guard !sourceAndDate[0].isEmpty, sourceAndDate.count == 1 || !sourceAndDate[1].isEmpty else {
                    throw OptionFailure("--bron: geef een bron (en eventueel @datum), zoals personeel=CPB cMEV@2026-03-05; niet '\(text)'")
                }
                self.subject = subject
                source = sourceAndDate[0]
                date = sourceAndDate.count == 2 ? sourceAndDate[1] : nil
            }
        }

        /// The scenario files and the meerjarenraming, as `zvh scenario` reads them;
        /// `--jaren` and `--raming-index` go before a kaders file's.
        var input: ScenarioInputOptions
        var sources: [Source]
        /// The CSV file of new inhabitants.
        var inhabitantsFile: String?
        var kadersFile: String?
        var report: ReportCommandOptions

        init(_ commandLine: ParsedCommandLine) throws(OptionFailure) {
            input = try ScenarioInputOptions(commandLine)
            sources = try commandLine.values(Self.source)
            inhabitantsFile = try commandLine.value(Self.inhabitants)
            kadersFile = try commandLine.value(Self.kaders)
            report = try ReportCommandOptions(commandLine)
        }
    }
}
