// libFuzzer harness for the budget and scenario file loaders: compiled into the same
// module as the library sources (see .fuzz/run), so the fuzzer instruments and sees the
// coverage of the project's own parser, reader, computations, checks, scenarios and
// reports. Any trap (overflow, out-of-range index) is a crash to fix.

/// A small budget that fuzzed scenarios are applied to.
let sampleBudget: Budget? = try? BudgetFileReader.read(Array("""
    {
      "soort": "begroting", "organisatie": { "code": "fuzz", "naam": "Fuzz" }, "periode": { "jaar": 2025 },
      "bron": { "document": "fuzz" },
      "gemeenten": [ { "naam": "A", "inwoners": { "aantal": 1000 } }, { "naam": "B", "inwoners": { "aantal": 3000 } } ],
      "kolommen": [ { "naam": "begroot", "soort": "begroot" } ],
      "tarieven": [ { "functie": "procesregie", "bedrag": 95000, "aanname": true } ],
      "lasten": [ { "groep": "G", "regels": [ { "naam": "P", "soort": "personeel", "fte": 1.5, "functie": "procesregie" },
                                           { "naam": "Huur", "soort": "materieel", "bedragen": { "begroot": 10000 } } ] },
                  { "groep": "T", "thema": { "sleutel": "w", "zonder": ["A"] }, "regels": [ { "naam": "X", "bedragen": { "begroot": 500 } } ] } ],
      "baten": [ { "naam": "Rijk", "soort": "rijksbijdrage", "bedragen": { "begroot": 1000 } } ],
      "verdeelsleutels": [ { "naam": "w", "soort": "gewichten", "gewichten": { "A": 1, "B": 2 } }, { "naam": "i", "soort": "inwoners" } ],
      "bijdragen": { "sleutel": "w" },
      "verrekening": { "componenten": [ { "naam": "c", "bedrag": -101, "sleutel": "i" } ] }
    }
    """.utf8), file: "sample.json")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBudgetFile(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    if let budget = try? BudgetFileReader.read(bytes, file: "fuzz.json") {
        let analysed = AnalysedBudget(budget)
        let findings = Checker.check([analysed])
        let content = BudgetReportContent(analysed, showsContributions: true, findings: findings)
        for format in ReportFormat.allCases where !format.isBinary {
            _ = format.rendered(content, options: ReportOptions(explains: true))
        }
        // What loads, zvh writes back as a file that loads again (or refuses for its size).
        do {
            _ = try BudgetFileWriter.checkedFile(budget, file: "fuzz.json")
        } catch {
            guard error.message.contains("groter worden dan") else { fatalError("een geladen begroting laadt niet terug: \(error.message)") }
        }
        if let comparison = try? ScenarioComparison(basis: budget, scenarios: Sensitivity.probes(for: budget)) {
            _ = ReportFormat.tekst.rendered(ScenarioFigures(comparison: comparison))
        }
        _ = try? Projection.years(after: budget, scenario: nil, parameters: ProjectionParameters(years: 2))
    }
    if let scenario = try? ScenarioFileReader.read(bytes, file: "fuzz.json"), let sampleBudget {
        if let comparison = try? ScenarioComparison(basis: sampleBudget, scenarios: [scenario]) {
            _ = ReportFormat.json.rendered(ScenarioFigures(comparison: comparison))
        }
        _ = try? Projection.years(after: sampleBudget, scenario: scenario, parameters: ProjectionParameters(years: 3))
    }
    return 0
}
