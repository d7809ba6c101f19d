import Foundation
import ZVHFinance

extension NewCommand {
    /// The options of `zvh nieuw`: the organisation's code and name and its members
    /// (required), the year (default: next year) and the format of the starter budget.
    struct Options: CommandOptions {
        static let code = Option<String>(
            "organisatie", value: "code", help: "De code van de organisatie (kleine letters, cijfers en '-'), bv. midden-limburg.", isRequired: true)
        static let name = Option<String>("naam", value: "naam", help: "De naam van de organisatie.", isRequired: true)
        static let members = Option<String>("gemeenten", value: "namen", help: "De gemeenten, gescheiden door ';' (bv. \"Beek;Stein\").", isRequired: true)
        static let year = Option<Int?>("jaar", value: "jaar", help: "Het jaar van de begroting (standaard volgend jaar).") { text throws(OptionFailure) in Int(text) }
        static let format = Option<StarterFormat>("formaat", value: "formaat", help: "json, xlsx of csv.", default: .json)

        var code: String
        var name: String
        var members: [String]
        var year: Int
        var format: StarterFormat
        /// The file to write to; nil for standard output.
        var output: String?

        init(_ commandLine: ParsedCommandLine) throws(OptionFailure) {
            guard let code = try commandLine.value(Self.code), !code.isEmpty,
                  code.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }) else {
                throw OptionFailure("--organisatie verwacht een code van kleine letters (a-z), cijfers en '-', bv. midden-limburg")
            }
            guard let name = try commandLine.value(Self.name)?.trimmingCharacters(in: .whitespaces), !name.isEmpty else {
                throw OptionFailure("--naam verwacht de naam van de organisatie")
            }
            let members = (try commandLine.value(Self.members) ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard !members.isEmpty else { throw OptionFailure("--gemeenten verwacht de gemeenten gescheiden door ';', bv. \"Beek;Stein\"") }
            guard Set(members.map { $0.lowercased() }).count == members.count else { throw OptionFailure("--gemeenten noemt een gemeente twee keer") }
            // The command line may read the clock (the library never does).
            let nextYear = Calendar(identifier: .gregorian).component(.year, from: Date()) + 1
            guard let year = try commandLine.value(Self.year) ?? nextYear, Period.acceptedYears.contains(year) else {
                throw OptionFailure("--jaar verwacht een jaartal, bv. \(nextYear)")
            }
            (self.code, self.name, self.members, self.year) = (code, name, members, year)
            format = try commandLine.value(Self.format) ?? .json
            output = try commandLine.value(ReportCommandOptions.output)
        }
    }
}
