import Foundation
import Testing
@testable import ZVHFinance

@Suite struct PathTextTests {
    @Test func folderOfAPathAsDeletingLastPathComponentGivesIt() {
        let cases: [(String, String)] = [
            ("a", ""), ("-", ""), (".", ""), ("ab", ""), ("a/b", "a"), ("/a", "/"), ("/", "/"), ("", ""),
            ("Budgets/x.json", "Budgets"), ("a/b/", "a"), ("a//b", "a"), ("/x/y/z.json", "/x/y"),
        ]
        for (path, folder) in cases { #expect(PathText.folder(of: path) == folder, "\(path)") }
    }
}
