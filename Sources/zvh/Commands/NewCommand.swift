import Foundation
import ZVHFinance

/// `zvh nieuw --organisatie CODE --naam NAAM --gemeenten "A;B;C"`: a starter budget.
enum NewCommand {
    /// The formats a starter budget is written in (`--formaat`).
    enum StarterFormat: String, CaseIterable {
        case json, xlsx, csv
    }

    static let formats = StarterFormat.allCases.map(\.rawValue)

    static let spec = CommandSpec(
        name: "nieuw",
        abstract: "Schrijf een startbegroting: de gebruikelijke kostengroepen en soorten baten op nul, de gemeenten en een sleutel naar inwoners.",
        discussion: "Als JSON (met verwijzing naar het schema), als werkmap (.xlsx, met keuzelijsten voor de soorten; vraagt om --uitvoer) of als CSV met blokken; de werkmap en de CSV leest 'zvh importeer' terug. De startbegroting geeft bij 'zvh check' geen bevinding.",
        arguments: [],
        options: [
            OptionSpec(long: "organisatie", valueName: "code", help: "De code van de organisatie (kleine letters, cijfers en '-'), bv. midden-limburg.", isRequired: true),
            OptionSpec(long: "naam", valueName: "naam", help: "De naam van de organisatie.", isRequired: true),
            OptionSpec(long: "gemeenten", valueName: "namen", help: "De gemeenten, gescheiden door ';' (bv. \"Beek;Stein\").", isRequired: true),
            OptionSpec(long: "jaar", valueName: "jaar", help: "Het jaar van de begroting (standaard volgend jaar)."),
            OptionSpec(long: "formaat", valueName: "formaat", help: "json, xlsx of csv.", allowed: formats, defaultValue: "json"),
            ReportCommandOptions.output,
        ],
        flags: [],
        run: { invocation, spec, context in run(invocation, spec: spec, context: &context) })

    static func run(_ invocation: Invocation, spec: CommandSpec, context: inout CommandContext) -> Int32 {
        func usage(_ message: String) -> Int32 { ZVH.usageError(message, usage: HelpFormatter.usage(of: spec), context: &context, command: spec.name) }
        guard let code = invocation.options["organisatie"]?.last, !code.isEmpty,
              code.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }) else {
            return usage("--organisatie verwacht een code van kleine letters (a-z), cijfers en '-', bv. midden-limburg")
        }
        guard let name = invocation.options["naam"]?.last?.trimmingCharacters(in: .whitespaces), !name.isEmpty else {
            return usage("--naam verwacht de naam van de organisatie")
        }
        let members = (invocation.options["gemeenten"]?.last ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !members.isEmpty else { return usage("--gemeenten verwacht de gemeenten gescheiden door ';', bv. \"Beek;Stein\"") }
        guard Set(members.map { $0.lowercased() }).count == members.count else { return usage("--gemeenten noemt een gemeente twee keer") }
        let nextYear = Calendar(identifier: .gregorian).component(.year, from: Date()) + 1
        guard let year = invocation.options["jaar"]?.last.map({ Int($0) }) ?? nextYear, (1900...2200).contains(year) else {
            return usage("--jaar verwacht een jaartal, bv. \(nextYear)")
        }
        let budget = BudgetSheets.starter(code: code, name: name, members: members, year: year)
        let output: ReportOutput
        do {
            switch StarterFormat(rawValue: invocation.option("formaat", in: spec) ?? "json") ?? .json {
            case .xlsx:
                output = .bytes(try XLSXWriter.data(for: BudgetSheets.workbook(BudgetSheets.sheets(for: budget), members: members, title: budget.title)))
            case .csv:
                output = .text(BudgetSheets.csv(BudgetSheets.sheets(for: budget)))
            case .json:
                output = .text(try BudgetFileWriter.checkedFile(budget, file: "zvh nieuw").text)
            }
        } catch {
            Diagnostics.line("zvh nieuw: fout: \(error)", context: &context)
            return ExitCode.dataError
        }
        return ReportCommandOptions.deliver(.success(output), invocation: invocation, inputs: [], context: &context)
    }
}
