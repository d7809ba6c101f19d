@testable import ZVHFinance

/// Small budget files for the check rules: clean by default, broken on purpose per test.
enum CheckFixtures {
    /// A budget file with contribution lines; every piece can be replaced.
    static func budget(
        kind: String = "begroting", year: Int = 2025, months: Int = 12, columnKind: String = "begroot",
        members: String = #"{ "naam": "A" }, { "naam": "B" }"#,
        costs: String = #"{ "groep": "Personeel", "vermeld": { "k": 900 }, "regels": [ { "naam": "Salarissen", "bedragen": { "k": 900 } } ] }, { "naam": "Huur", "bedragen": { "k": 100 } }"#,
        income: String = #"{ "naam": "Rijk", "soort": "rijksbijdrage", "bedragen": { "k": 400 } }, { "naam": "Bijdrage A", "soort": "gemeentelijke-bijdrage", "gemeente": "A", "bedragen": { "k": 400 } }, { "naam": "Bijdrage B", "soort": "gemeentelijke-bijdrage", "gemeente": "B", "bedragen": { "k": 200 } }"#,
        extra: String = "",
        stated: String = #""totaal-lasten": { "k": 1000 }, "totaal-baten": { "k": 1000 }, "resultaat": { "k": 0 }"#
    ) -> String {
        """
        {
          "soort": "\(kind)",
          "organisatie": { "code": "test", "naam": "ZVH Test" },
          "periode": { "jaar": \(year), "maanden": \(months) },
          "bron": { "document": "test" },
          "gemeenten": [ \(members) ],
          "kolommen": [ { "naam": "k", "soort": "\(columnKind)" } ],
          "lasten": [ \(costs) ],
          "baten": [ \(income) ],
          \(extra.isEmpty ? "" : extra + ",")
          "vermeld": { \(stated) }
        }
        """
    }

    /// Reads a fixture; the file name carries the year so files sort by period.
    static func read(_ json: String, file: String = "test.json") throws -> Budget {
        try BudgetFileReader.read(Array(json.utf8), file: file)
    }

    /// The findings of one rule on one budget (with others of its organisation).
    static func findings(_ rule: any CheckRule, _ json: String, others: [String] = []) throws -> [Finding] {
        let budget = try read(json, file: "dit.json")
        let otherBudgets = try others.enumerated().map { try read($0.element, file: "ander-\($0.offset).json") }
        return rule.findings(in: CheckContext(budget: budget, others: otherBudgets))
    }
}
