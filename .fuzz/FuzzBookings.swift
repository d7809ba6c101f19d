// libFuzzer harness for `zvh boekingen`: a booking-rules file and a CSV export, split at
// the first 0-byte of the input (rules before, export after; without a 0-byte the input
// is the export and the bundled rules are used), assigned to the bundled begroting of
// midden-limburg (or the jaarrekening, by the first byte's low bit) through
// `BookingRulesReader` and `BookingAssigner`, the report rendered in every text format,
// and the budget with its actuals written as a checked budget file
// (`BudgetFileWriter.checkedFile`) that must load again. Compiled with the library
// sources only (see .fuzz/run). Fails on a trap, on JSON output that does not parse, and
// on a checked budget file that its reader refuses.

import Foundation

let bookingsBudgets: [Budget] = ["Budgets/midden-limburg/begroting-2022.json", "Budgets/midden-limburg/jaarrekening-2021.json"]
    .compactMap { try? BudgetLoader.load($0) }
let bundledRules: [UInt8] = (try? BudgetLoader.readBytes("Budgets/midden-limburg/boekingsregels.json")) ?? []

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBookings(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard count >= 1, !bookingsBudgets.isEmpty else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    let budget = bookingsBudgets[Int(bytes[0] & 1) % bookingsBudgets.count]
    let rulesBytes: [UInt8]
    let export: [UInt8]
    if let split = bytes.firstIndex(of: 0) {
        rulesBytes = Array(bytes[1..<max(1, split)])
        export = Array(bytes[(split + 1)...])
    } else {
        rulesBytes = bundledRules
        export = Array(bytes[1...])
    }
    guard let rules = try? BookingRulesReader.read(rulesBytes, file: "boekingsregels.json") else { return 0 }
    let actuals: BookingActuals
    do {
        actuals = try BookingAssigner.assign(budget: budget, rules: rules, bytes: export, exportFile: "boekingen.csv")
    } catch {
        _ = error.errorDescription
        return 0
    }
    let report = BookingsReport(actuals)
    for format in ReportFormat.allCases where !format.isBinary {
        let text = format.rendered(report, options: ReportOptions())
        if format == .json {
            guard (try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil,
                  (try? JSONParser.parse(Array(text.utf8))) != nil else {
                fatalError("JSON van het boekingenrapport is ongeldig")
            }
        }
    }
    if let checked = try? BudgetFileWriter.checkedFile(budget.withActuals(actuals), file: "boekingen.json") {
        guard checked.text.utf8.count <= BudgetLoader.maximumFileSize,
              (try? BudgetFileReader.read(Array(checked.text.utf8), file: "boekingen.json")) != nil else {
            fatalError("een gecontroleerd begrotingsbestand laadt niet")
        }
    }
    return 0
}
