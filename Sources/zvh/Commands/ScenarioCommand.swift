import Foundation
import ZVHFinance

/// `zvh scenario BESTAND [--scenario NAAM…] [--index personeel=3,2%] …`: basis and
/// scenarios side by side per member, the meerjarenraming and the sensitivity.
enum ScenarioCommand {
    static let spec = CommandSpec(
        name: "scenario",
        abstract: "Vergelijk scenario's voor de stuurgroep: per gemeente basis en scenario, verschil in € en %.",
        discussion: """
            Scenario's staan als bestand in scenarios/ naast de begroting (--scenario NAAM of een pad), of komen uit snelle opties:
              --index personeel=3,2%     indexatie per kostensoort (personeel, materieel, overig)
              --fte procesregie=+1       fte erbij of eraf (functie@thema=+0,5 voor een thema)
              --sleutel NAAM             een andere verdeelsleutel voor de bijdragen
              --zonder-baten pok         alle baten van een soort vervallen
              --uittreden GEMEENTE[@JAAR] een gemeente treedt uit (vanaf een jaar)
            --jaren N maakt een meerjarenraming; --gevoeligheid toont wat +1% loonindexatie of +1 fte elke gemeente kost.
            Een begroting met bijdragen als regels wordt eerst omgezet naar een sleutel met die bijdragen als gewicht.
            """,
        arguments: [ArgumentSpec(name: "bestand", help: "De begroting (JSON).")],
        options: [
            OptionSpec(long: "scenario", valueName: "naam", help: "Een scenario uit scenarios/ of een pad (mag herhaald worden).", isRepeating: true),
            OptionSpec(long: "index", valueName: "soort=procent", help: "Indexatie, bv. personeel=3,2% (mag herhaald worden).", isRepeating: true),
            OptionSpec(long: "fte", valueName: "functie=aantal", help: "Fte erbij of eraf, bv. procesregie=+1 of procesregie@MDA++=-0,5.", isRepeating: true),
            OptionSpec(long: "sleutel", valueName: "naam", help: "Verdeel de bijdragen naar deze verdeelsleutel."),
            OptionSpec(long: "zonder-baten", valueName: "soort", help: "Baten van deze soort vervallen (bv. pok).", allowed: LineKind.incomeKinds.map(\.rawValue), isRepeating: true),
            OptionSpec(long: "uittreden", valueName: "gemeente", help: "Deze gemeente treedt uit; gemeente@jaar vanaf een jaar.", isRepeating: true),
            OptionSpec(long: "jaren", valueName: "aantal", help: "Meerjarenraming over dit aantal jaren na het begrotingsjaar (1–30)."),
            ReportCommandOptions.format,
            ReportCommandOptions.output,
        ],
        flags: [FlagSpec(long: "gevoeligheid", help: "Toon wat +1% loonindexatie en +1 fte per functie elke gemeente kost."), ReportCommandOptions.cents],
        run: { invocation, spec, context in run(invocation, spec: spec, context: &context) })

    static func run(_ invocation: Invocation, spec: CommandSpec, context: inout CommandContext) -> Int32 {
        let path = invocation.arguments[0]
        let usage = HelpFormatter.usage(of: spec)
        let budget: Budget
        do {
            budget = try BudgetLoader.load(path)
        } catch {
            return Diagnostics.report(error, context: &context)
        }
        var years = 0
        if let text = invocation.options["jaren"]?.last {
            guard let value = Int(text), (1...30).contains(value) else {
                return ZVH.usageError("--jaren verwacht een aantal jaren van 1 tot en met 30, niet '\(text)'", usage: usage, context: &context, command: spec.name)
            }
            years = value
        }
        var scenarios: [Scenario] = []
        var inputs = [path]
        for name in invocation.options["scenario"] ?? [] {
            guard let file = locate(name, budgetPath: path) else {
                let available = availableScenarios(budgetPath: path)
                let list = available.isEmpty ? "er staan geen scenario's in \(scenarioDirectory(budgetPath: path))" : "beschikbaar: \(available.joined(separator: ", "))"
                context.err("\(name): fout: scenario niet gevonden; \(list)\n")
                return ExitCode.noInput
            }
            do throws(BudgetFileError) {
                scenarios.append(try ScenarioFileReader.read(try BudgetLoader.readBytes(file), file: file))
                inputs.append(file)
            } catch {
                return Diagnostics.report(error, context: &context)
            }
        }
        let quick: Scenario?
        switch OptionValues.quickScenario(invocation) {
        case .failure(let failure): return ZVH.usageError(failure.message, usage: usage, context: &context, command: spec.name)
        case .success(let scenario): quick = scenario
        }
        if let quick { scenarios.append(quick) }

        let content: ScenarioReport.Content
        do {
            let comparison = try ScenarioComparison(basis: budget, scenarios: scenarios)
            var projections: [ScenarioReport.ProjectedVariant] = []
            let flagIndexation = quick?.indexation
            if years > 0 {
                for variant in [comparison.basis] + comparison.scenarios {
                    let indexation = variant.scenario?.indexation ?? flagIndexation ?? Indexation()
                    let later = try Projection.years(after: variant.budget, scenario: variant.scenario, indexation: indexation, count: years)
                    let statements = try later.map { try ($0.period.year, $0.contributions()) }
                    projections.append(ScenarioReport.ProjectedVariant(name: variant.name, years: [(budget.period.year, variant.statement)] + statements))
                }
            }
            let sensitivity = invocation.flags.contains("gevoeligheid") ? try ScenarioComparison(basis: budget, scenarios: Sensitivity.probes(for: budget)) : nil
            content = ScenarioReport.Content(comparison: comparison, projections: projections, projectionIndexation: flagIndexation ?? scenarios.first?.indexation, sensitivity: sensitivity)
        } catch let error as ScenarioError {
            let file = scenarios.first { scenario in scenario.changes.contains { $0.origin == error.at } }?.file
            guard let file, !file.isEmpty, error.at.location.line > 0 else {
                return ZVH.usageError(error.errorDescription ?? "het scenario kan niet worden toegepast", usage: usage, context: &context, command: spec.name)
            }
            Diagnostics.line("\(file):\(error.at.location.line):\(error.at.location.column): fout: \(error.errorDescription ?? "")", context: &context)
            return ExitCode.dataError
        } catch let error as ContributionError {
            return Diagnostics.report(.contribution(file: path, error), context: &context)
        } catch {
            context.err("\(path): fout: \(error)\n")
            return ExitCode.dataError
        }
        let text = ReportCommandOptions.render(content, invocation, spec)
        return ReportCommandOptions.deliver(text, invocation: invocation, inputs: inputs, context: &context)
    }

    /// The folders searched for a scenario by name: `scenarios/` beside the budget,
    /// then `scenarios/` of the organisation's folder (for budgets in `voorbeelden/`).
    static func scenarioDirectories(budgetPath: String) -> [String] {
        let folder = (budgetPath as NSString).deletingLastPathComponent
        let parent = (folder as NSString).deletingLastPathComponent
        return [folder, parent].filter { !$0.isEmpty || folder.isEmpty }.map { ($0 as NSString).appendingPathComponent("scenarios") }
    }

    static func scenarioDirectory(budgetPath: String) -> String {
        scenarioDirectories(budgetPath: budgetPath)[0]
    }

    /// A scenario named on the command line: a path, or a name in a scenarios folder.
    static func locate(_ name: String, budgetPath: String) -> String? {
        if name.hasSuffix(".json"), FileManager.default.fileExists(atPath: name) { return name }
        let fileName = name.hasSuffix(".json") ? name : name + ".json"
        return scenarioDirectories(budgetPath: budgetPath).map { ($0 as NSString).appendingPathComponent(fileName) }
            .first { FileManager.default.fileExists(atPath: $0) }
    }

    static func availableScenarios(budgetPath: String) -> [String] {
        scenarioDirectories(budgetPath: budgetPath).flatMap { directory in
            ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }
        }.sorted()
    }
}

/// The scenario made of the quick options (`--index`, `--fte`, `--sleutel`,
/// `--zonder-baten`, `--uittreden`).
enum QuickScenario {
    static func parse(_ invocation: Invocation) -> Result<Scenario?, QuickScenarioFailure> {
        var changes: [ScenarioChange] = []
        var indexation = Indexation()
        var hasIndexation = false
        for text in invocation.options["index"] ?? [] {
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            let names = ["personeel": \Indexation.personnel, "loon": \Indexation.personnel, "materieel": \Indexation.material, "prijs": \Indexation.material, "overig": \Indexation.other]
            guard parts.count == 2, let path = names[parts[0]] else {
                return .failure(QuickScenarioFailure("--index verwacht soort=procent met soort personeel, materieel of overig, zoals personeel=3,2%; niet '\(text)'"))
            }
            let number = parts[1].hasSuffix("%") ? String(parts[1].dropLast()) : parts[1]
            guard let value = Quantity.parse(typed: number), value > Quantity(-100), value <= Quantity(100) else {
                return .failure(QuickScenarioFailure("--index: '\(parts[1])' is geen percentage tussen -100% en 100% (schrijf bv. 3,2%)"))
            }
            indexation[keyPath: path] = value
            hasIndexation = true
        }
        if hasIndexation { changes.append(ScenarioChange(.indexation(indexation))) }
        for text in invocation.options["fte"] ?? [] {
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            let target = parts.first?.split(separator: "@", maxSplits: 1).map(String.init) ?? []
            let number = parts.count == 2 ? (parts[1].hasPrefix("+") ? String(parts[1].dropFirst()) : parts[1]) : ""
            guard parts.count == 2, let function = target.first, !function.isEmpty, let delta = Quantity.parse(typed: number) else {
                return .failure(QuickScenarioFailure("--fte verwacht functie=aantal, zoals procesregie=+1 of procesregie@MDA++=-0,5; niet '\(text)'"))
            }
            changes.append(ScenarioChange(.fte(function: function, delta: delta, theme: target.count == 2 ? target[1] : nil, rate: nil)))
        }
        if let key = invocation.options["sleutel"]?.last {
            changes.append(ScenarioChange(.key(name: key, target: .contributions, includesSettlement: false)))
        }
        for kind in invocation.options["zonder-baten"] ?? [] {
            if let lineKind = LineKind(rawValue: kind) { changes.append(ScenarioChange(.endIncome(lineKind))) }
        }
        for text in invocation.options["uittreden"] ?? [] {
            let parts = text.split(separator: "@", maxSplits: 1).map(String.init)
            var year: Int?
            if parts.count == 2 {
                guard let value = Int(parts[1]), (1900...2200).contains(value) else {
                    return .failure(QuickScenarioFailure("--uittreden verwacht gemeente of gemeente@jaar, zoals Schinnen@2019; niet '\(text)'"))
                }
                year = value
            }
            changes.append(ScenarioChange(.memberLeaves(name: parts[0], fromYear: year)))
        }
        guard !changes.isEmpty else { return .success(nil) }
        return .success(Scenario(name: "snelle wijzigingen", description: "uit de opties op de opdrachtregel", changes: changes))
    }
}

struct QuickScenarioFailure: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
