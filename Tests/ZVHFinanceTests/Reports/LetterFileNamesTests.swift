import Foundation
import Testing
@testable import ZVHFinance

/// The file names of `brief --alle` never collide and always fit a file system.
@Suite struct LetterFileNamesTests {
    @Test func membersThatDifferOnlyInPunctuationGetDistinctNames() {
        let names = LetterFileNames.names(["Beek", "Beek!", "Be ek", "BEEK.", "Leudal"], organisation: "ml", year: 2022, fileExtension: "json")
        #expect(names == [
            "bijdragebrief-ml-2022-beek--1.json", "bijdragebrief-ml-2022-beek--2.json", "bijdragebrief-ml-2022-be-ek.json",
            "bijdragebrief-ml-2022-beek--4.json", "bijdragebrief-ml-2022-leudal.json",
        ])
    }

    @Test func namesWithoutALetterOrDigitAreNumberedByTheirPosition() {
        let names = LetterFileNames.names(["???", "!!!", "Stein"], organisation: "x", year: 2025, fileExtension: "txt")
        #expect(names == ["bijdragebrief-x-2025-gemeente--1.txt", "bijdragebrief-x-2025-gemeente--2.txt", "bijdragebrief-x-2025-stein.txt"])
    }

    @Test func namesThatDifferOnlyInCaseOrNormalisationDoNotCollideOnAFoldingFileSystem() {
        let names = LetterFileNames.names(["B\u{E9}ek", "Be\u{301}ek", "BÉEK"], organisation: "x", year: 2025, fileExtension: "md")
        #expect(Set(names.map { LetterFileNames.collisionKey($0) }).count == 3)
    }

    @Test func aNameTooLongIsShortenedDeterministicallyWithAHashThatKeepsItDistinct() {
        let long = "Sittard-Geleen " + String(repeating: "a", count: 400)
        let names = LetterFileNames.names([long, long + "b", String(repeating: "É", count: 300)], organisation: "lang", year: 2025, fileExtension: "xlsx")
        #expect(names.allSatisfy { $0.utf8.count <= 255 })
        #expect(Set(names).count == 3)
        #expect(names == LetterFileNames.names([long, long + "b", String(repeating: "É", count: 300)], organisation: "lang", year: 2025, fileExtension: "xlsx"))
    }

    @Test(arguments: 0..<300)
    func anyMembersGetDistinctNamesThatFitAFileSystem(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let alphabet = Array("aAbB -!.é\u{301}É_ßẞ\u{202E}\u{85}/\\:*?\"<>|0")
        let members = (0..<Int.random(in: 1...12, using: &generator)).map { _ in
            String((0..<Int.random(in: 0...(seed % 10 == 0 ? 300 : 8), using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
        }
        let names = LetterFileNames.names(members, organisation: "o", year: 2025, fileExtension: "html")
        #expect(names.count == members.count)
        #expect(Set(names.map(LetterFileNames.collisionKey)).count == members.count, "\(members)")
        #expect(names.allSatisfy { $0.utf8.count <= 255 && !$0.contains("/") && !$0.hasPrefix(".") })
    }
}
