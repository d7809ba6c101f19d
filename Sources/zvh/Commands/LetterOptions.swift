import Foundation
import ZVHFinance

/// The options of `zvh brief`, typed and checked before the letter is made: the
/// details that make it a letter (`--datum`, `--kenmerk`), a scenario (`--scenario`), one
/// letter or every member's (`--alle`, with `--uitvoer` a folder) and the report group; and the organisation's
/// profile (`organisatie.json` beside the begroting), read when it is there.
struct LetterOptions: CommandOptions {
    static let date = Option<BookingDate>("datum", value: "JJJJ-MM-DD", help: "De datum van de brief (zvh leest de klok nooit), zoals 2026-09-15.") { text throws(OptionFailure) in
        guard let date = BookingDate(iso: text) else { throw OptionFailure("--datum verwacht een datum als JJJJ-MM-DD, zoals 2026-09-15, niet '\(text)'") }
        return date
    }
    static let reference = Option<String>("kenmerk", value: "kenmerk", help: "Het kenmerk van de brief, zoals ZVH/2026/001.") { text throws(OptionFailure) in
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= 60, ControlCharacters.isClean(trimmed) else {
            throw OptionFailure("--kenmerk verwacht een kenmerk van 1 tot 60 tekens zonder regeleinden, zoals ZVH/2026/001")
        }
        return trimmed
    }
    static let scenario = Option<String>(
        "scenario", value: "naam", help: "Reken met de begroting zoals dit scenario (uit scenarios/ of een pad) haar wijzigt, bv. een gemeente die uittreedt of toetreedt.",
        namesInput: true)
    static let output = Option<String>("uitvoer", value: "bestand", help: "Schrijf naar dit bestand (atomair; nooit over een invoerbestand); met --alle: naar deze map.")
    static let everyMember = Flag(long: "alle", help: "Schrijf een brief voor elke gemeente van de begroting in de map van --uitvoer.")

    /// The options of `zvh brief`, in the order help lists them.
    static let declarations: [any OptionDeclaration] = [
        ReportCommandOptions.format, date, reference, scenario, output,
        ReportCommandOptions.cents, everyMember, BooksOptions.draft, BooksOptions.onlyNamedFiles,
    ]

    /// The date and reference of the letter (the profile is added when it is read).
    var details = LetterDetails()
    /// Whether every member gets a letter, into the folder of `--uitvoer`.
    var isForEveryMember: Bool
    /// The scenario the begroting is changed by (a name in `scenarios/` or a path).
    var scenarioFile: String?
    var report: ReportCommandOptions

    init(_ commandLine: ParsedCommandLine) throws(OptionFailure) {
        isForEveryMember = commandLine.isSet(Self.everyMember)
        report = try ReportCommandOptions(commandLine)
        let count = commandLine.arguments.count
        if isForEveryMember, count != 1 { throw OptionFailure("met --alle alleen de begroting opgeven, geen gemeente") }
        if !isForEveryMember, count != 2 { throw OptionFailure("geef een gemeente en een begroting op (of --alle en een begroting)") }
        if isForEveryMember, report.output == nil {
            throw OptionFailure("--alle schrijft één brief per gemeente in een map; geef die map met --uitvoer MAP")
        }
        details.date = try commandLine.value(Self.date)
        details.reference = try commandLine.value(Self.reference)
        scenarioFile = try commandLine.value(Self.scenario)
    }

    /// The letter's details with the organisation's profile, or the exit status when
    /// the profile is wrong.
    func details(begroting path: String, context: inout CommandContext) -> Result<LetterDetails, BooksOptions.Status> {
        var details = details
        let folder = PathText.folder(of: path)
        let profilePath = (folder.isEmpty ? "" : folder + "/") + OrganisationProfileReader.fileName
        guard FileManager.default.fileExists(atPath: profilePath) else { return .success(details) }
        context.inputPaths.append(profilePath)
        do throws(BudgetFileError) {
            details.profile = try OrganisationProfileReader.read(try BudgetLoader.readBytes(profilePath), file: profilePath)
        } catch {
            return .failure(BooksOptions.Status(code: Diagnostics.report(error, context: &context)))
        }
        return .success(details)
    }
}
