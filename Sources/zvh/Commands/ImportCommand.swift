import ZVHFinance

/// `zvh importeer BESTAND.xlsx|BESTAND.csv`: a spreadsheet in the import layout as a
/// budget file (JSON).
enum ImportCommand {
    static let spec = CommandSpec(
        name: "importeer",
        abstract: "Lees een begroting uit een werkmap (.xlsx) of CSV en schrijf haar als begrotingsbestand (JSON).",
        discussion: "De indeling: werkbladen (of in CSV blokken met een titelregel) begroting, gemeenten, lasten en baten, en zo nodig tarieven, verdeelsleutels, verrekening en vermeld, zoals 'zvh nieuw' en de werkmap van 'zvh begroting --formaat xlsx' ze schrijven; zie README en Budgets/voorbeelden/. Elke cel die niet te lezen is wordt gemeld met werkblad, rij en kolom (exitcode 65); dan wordt niets geschreven.",
        arguments: [ArgumentSpec(name: "bestand", help: "De werkmap (.xlsx) of CSV (; als scheidingsteken, decimale komma).")],
        options: [output],
        run: { invocation, _, context in run(invocation, context: &context) })

    static let output = Option<String>(
        "uitvoer", value: "bestand", help: "Schrijf het begrotingsbestand hierheen (atomair; nooit over een invoerbestand) in plaats van naar de standaarduitvoer.")

    static func run(_ invocation: Invocation<ReportCommandOptions>, context: inout CommandContext) -> Int32 {
        let path = invocation.arguments[0]
        context.inputPaths.append(path)
        let lower = path.lowercased()
        guard lower.hasSuffix(".xlsx") || lower.hasSuffix(".csv") else {
            Diagnostics.line("\(path): fout: zvh importeer leest een werkmap (.xlsx) of een CSV-bestand (.csv)", context: &context)
            return ExitCode.usage
        }
        let bytes: [UInt8]
        do throws(BudgetFileError) {
            bytes = try BudgetLoader.readBytes(path)
        } catch {
            return Diagnostics.report(error, context: &context)
        }
        let imported: BudgetImporter.Imported
        do throws(BudgetImporter.Failure) {
            imported = try BudgetImporter.readComparingReportSheets(bytes, file: path)
        } catch {
            for line in error.lines { Diagnostics.line(line, context: &context) }
            return ExitCode.dataError
        }
        for note in imported.notes { Diagnostics.line(note, context: &context) }
        return invocation.options.deliver(.success(.text(imported.text)), inputs: [path], context: &context)
    }
}
