import Foundation
import Testing

/// The library's folders are rooms: no two depend on each other, utilities live in
/// `Support/`, and `Reports/` is used by no folder below it.
@Suite struct FolderDependencyTests {
    static let library = Fixtures.packageRoot.appendingPathComponent("Sources/ZVHFinance")

    @Test func libraryFoldersDependOnEachOtherWithoutACycle() throws {
        let dependencies = try FolderDependencies(root: Self.library)
        #expect(dependencies.folders.count >= 15)
        #expect(dependencies.uses("Reports", "Money"))   // the measure sees edges
        let cycles = dependencies.cycles
        #expect(cycles.isEmpty, "folders in a cycle:\n\(cycles.map(dependencies.describe).joined(separator: "\n"))")
    }

    @Test func supportUsesNoOtherLibraryFolder() throws {
        let used = try FolderDependencies(root: Self.library).edges["Support", default: [:]]
        #expect(used.isEmpty, "\(used.map { "\($0.key) (\($0.value.file): \($0.value.name))" })")
    }

    @Test func reportsAreUsedByNoOtherLibraryFolder() throws {
        let users = try FolderDependencies(root: Self.library).users(of: "Reports")
        #expect(users.isEmpty)
    }

    /// The model and what splits it read no file: the readers live in `Files/` (a
    /// settlement's error may carry a file error, so `Settlement/` is not listed).
    @Test func theFileReadersLiveInFiles() throws {
        let dependencies = try FolderDependencies(root: Self.library)
        for folder in ["Budget", "Money", "Support", "Distribution"] {
            let evidence = dependencies.edges[folder]?["Files"]
            #expect(evidence == nil, "\(folder) uses Files: \(evidence.map { "\($0.file): \($0.name)" } ?? "")")
        }
    }

    @Test func aCycleIntroducedIntoASourceTreeIsFoundAndNamed() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("folder-dependencies-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        func write(_ path: String, _ text: String) throws {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        try write("Money/Amount.swift", "public struct Amount { var cents: Int }\n")
        try write("Budget/Line.swift", "public struct Line {\n    var amount: Amount\n}\n")
        try write("Reports/Table.swift", "struct Table {\n    var lines: [Line]\n    var total: Amount\n}\n")
        let layered = try FolderDependencies(root: root)
        #expect(layered.cycles.isEmpty)
        #expect(layered.uses("Reports", "Budget") && layered.uses("Budget", "Money"))

        try write("Money/Amount+Shown.swift", "extension Amount {\n    var shown: String { \"\\(Table.self)\" }\n}\n")
        let knotted = try FolderDependencies(root: root)
        #expect(knotted.cycles == [["Budget", "Money", "Reports"]])
        #expect(knotted.describe(knotted.cycles[0]) == "Budget → Money (Budget/Line.swift: Amount) → Reports (Money/Amount+Shown.swift: Table) → Budget (Reports/Table.swift: Line)")
    }

    @Test func namesInCommentsAndStringsAreNoUse() {
        let sources = [
            FolderDependencies.Source(folder: "Low", file: "Low/A.swift", text: """
                // Uses High in a comment only.
                /* and in a /* nested */ block: High */
                struct A {
                    var text = "High"
                    var raw = #"High \\(High)"#
                    var multiline = \"""
                        High
                        \"""
                    struct Nested {}
                }
                """),
            FolderDependencies.Source(folder: "High", file: "High/High.swift", text: "struct High { var a: A }\n"),
            FolderDependencies.Source(folder: "Other", file: "Other/Nested.swift", text: "struct Nested {}\n"),
        ]
        let dependencies = FolderDependencies(sources)
        #expect(dependencies.cycles.isEmpty)
        #expect(dependencies.uses("High", "Low"))
        #expect(!dependencies.uses("Low", "High"))
        #expect(!dependencies.uses("Other", "Low"))   // a nested type is no folder's name
        #expect(dependencies.uses("Low", "Other"))    // …but its name is a use of the top-level one
    }

    @Test func aNameInAnInterpolationIsAUse() {
        let names = SwiftNames("let text = \"total: \\(Money.zero) and \\(f(\"x\", Ratio.one))\"\n")
        #expect(names.capitalisedNames == ["Money", "Ratio"])
    }
}
