// libFuzzer harness for the budget file loader: compiled into the same module as the
// library sources (see .fuzz/run), so the fuzzer instruments and sees the coverage of
// the project's own parser, reader, computations, checks and reports.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBudgetFile(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    guard let budget = try? BudgetFileReader.read(bytes, file: "fuzz.json") else { return 0 }
    let statement = try? budget.contributions()
    _ = Checker.check([budget])
    let report = BudgetReport.report(for: budget, contributions: statement, options: ReportOptions(explains: true))
    _ = TextRenderer.render(report)
    _ = HTMLRenderer.render(report)
    _ = CSVRenderer.render(report)
    _ = MarkdownRenderer.render(report)
    _ = BudgetJSON.document(for: budget, contributions: statement).rendered()
    return 0
}
