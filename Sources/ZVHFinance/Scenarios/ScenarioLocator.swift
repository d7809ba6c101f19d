import Foundation

/// Finds scenario files by name: `scenarios/` beside the budget, then `scenarios/` of
/// the organisation's folder (for budgets in `voorbeelden/`).
public enum ScenarioLocator {
    /// The folders searched for a scenario by name, in order.
    public static func directories(budgetPath: String) -> [String] {
        let folder = PathText.folder(of: budgetPath)
        let parent = PathText.folder(of: folder)
        return [folder, parent].filter { !$0.isEmpty || folder.isEmpty }.map { ($0 as NSString).appendingPathComponent("scenarios") }
    }

    /// A scenario named on the command line: a path to a `.json` file, or a name in a
    /// scenarios folder (matched case-insensitively).
    /// - Returns: the path, or nil when there is no such scenario.
    public static func locate(_ name: String, budgetPath: String) -> String? {
        if name.hasSuffix(".json"), FileManager.default.fileExists(atPath: name) { return name }
        let fileName = name.hasSuffix(".json") ? name : name + ".json"
        for directory in directories(budgetPath: budgetPath) {
            let path = (directory as NSString).appendingPathComponent(fileName)
            if FileManager.default.fileExists(atPath: path) { return path }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            if let match = entries.sorted().first(where: { $0.lowercased() == fileName.lowercased() }) {
                return (directory as NSString).appendingPathComponent(match)
            }
        }
        return nil
    }

    /// The names of the scenarios in the folders searched, sorted.
    public static func available(budgetPath: String) -> [String] {
        directories(budgetPath: budgetPath).flatMap { directory in
            ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }
        }.sorted()
    }

    /// "beschikbaar: a, b" or where none were found, with the closest name.
    public static func unknownMessage(_ name: String, budgetPath: String) -> String {
        let names = available(budgetPath: budgetPath)
        guard !names.isEmpty else { return "scenario niet gevonden; er staan geen scenario's in \(directories(budgetPath: budgetPath)[0])" }
        return "scenario niet gevonden\(Spelling.hint(Spelling.closest(to: name, among: names))); beschikbaar: \(names.joined(separator: ", "))"
    }
}
