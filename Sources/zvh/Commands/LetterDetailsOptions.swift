import Foundation
import ZVHFinance

/// The options that make `zvh brief` a letter (`--datum`, `--kenmerk`), typed and
/// checked before the letter is made, and the organisation's profile
/// (`organisatie.json` beside the begroting), read when it is there.
enum LetterDetailsOptions {
    static let date = OptionSpec(long: "datum", valueName: "JJJJ-MM-DD", help: "De datum van de brief (zvh leest de klok nooit), zoals 2026-09-15.")
    static let reference = OptionSpec(long: "kenmerk", valueName: "kenmerk", help: "Het kenmerk van de brief, zoals ZVH/2026/001.")

    /// The letter's details, or the exit status when an option or the profile is wrong.
    static func details(_ invocation: Invocation, spec: CommandSpec, begroting path: String, context: inout CommandContext) -> Result<LetterDetails, ExitStatus> {
        var details = LetterDetails()
        if let text = invocation.options["datum"]?.last {
            guard let date = BookingDate(iso: text) else {
                return .failure(ExitStatus(ZVH.usageError("--datum verwacht een datum als JJJJ-MM-DD, zoals 2026-09-15, niet '\(text)'", usage: HelpFormatter.usage(of: spec), context: &context, command: spec.name)))
            }
            details.date = date
        }
        if let text = invocation.options["kenmerk"]?.last {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, trimmed.count <= 60, ControlCharacters.isClean(trimmed) else {
                return .failure(ExitStatus(ZVH.usageError("--kenmerk verwacht een kenmerk van 1 tot 60 tekens zonder regeleinden, zoals ZVH/2026/001", usage: HelpFormatter.usage(of: spec), context: &context, command: spec.name)))
            }
            details.reference = trimmed
        }
        let folder = PathText.folder(of: path)
        let profilePath = (folder.isEmpty ? "" : folder + "/") + OrganisationProfileReader.fileName
        guard FileManager.default.fileExists(atPath: profilePath) else { return .success(details) }
        context.inputPaths.append(profilePath)
        do throws(BudgetFileError) {
            details.profile = try OrganisationProfileReader.read(try BudgetLoader.readBytes(profilePath), file: profilePath)
        } catch {
            return .failure(ExitStatus(Diagnostics.report(error, context: &context)))
        }
        return .success(details)
    }

    /// An exit status as an error, for a `Result`.
    struct ExitStatus: Error {
        var code: Int32
        init(_ code: Int32) { self.code = code }
    }
}
