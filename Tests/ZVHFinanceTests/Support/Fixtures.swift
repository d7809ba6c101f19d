import Foundation
@testable import ZVHFinance

/// Paths and loaders shared by the tests.
enum Fixtures {
    /// The package root, found from this file's path.
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url
    }()

    /// The path of a file under `Budgets/`.
    static func budgetPath(_ relative: String) -> String {
        packageRoot.appendingPathComponent("Budgets").appendingPathComponent(relative).path
    }

    /// Loads a bundled budget.
    static func budget(_ relative: String) throws -> Budget {
        try BudgetLoader.load(budgetPath(relative))
    }

    /// Reads a budget from JSON text.
    static func read(_ json: String, file: String = "test.json") throws(BudgetFileError) -> Budget {
        try BudgetFileReader.read(Array(json.utf8), file: file)
    }

    /// A small valid begroting with computed contributions, to vary in tests.
    static let minimalBegroting = """
        {
          "soort": "begroting",
          "organisatie": { "code": "test", "naam": "ZVH Test" },
          "periode": { "jaar": 2025 },
          "bron": { "document": "test" },
          "gemeenten": [ { "naam": "A" }, { "naam": "B" } ],
          "kolommen": [ { "naam": "begroot", "soort": "begroot" } ],
          "lasten": [ { "naam": "Personeel", "soort": "personeel", "bedragen": { "begroot": 1000 } } ],
          "baten": [ { "naam": "Rijk", "soort": "rijksbijdrage", "bedragen": { "begroot": 100 } } ],
          "verdeelsleutels": [ { "naam": "s", "soort": "gewichten", "gewichten": { "A": 2, "B": 1 } } ],
          "bijdragen": { "sleutel": "s" }
        }
        """
}
