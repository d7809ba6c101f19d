import Foundation
import Testing

/// Text from a file never reaches the terminal with its control characters: reports
/// and diagnostics escape them, so ESC and BEL cannot drive the terminal and a newline
/// cannot forge a line.
@Suite struct ControlCharacterTests {
    static let budget = ZVHProcess.packageRoot.appendingPathComponent("Budgets/midden-limburg/begroting-2022.json")

    /// The bundled budget with control characters in a line's label.
    func budgetWithControlCharacters() throws -> URL {
        let folder = try Shell.temporaryFolder()
        let text = try String(contentsOf: Self.budget, encoding: .utf8)
            .replacingOccurrences(of: "\"Formatie vast personeel\"", with: #""Formatie\u001b[2J vast\u0007 personeel\r\u009b31m""#)
        let file = folder.appendingPathComponent("begroting-2022.json")
        try Data(text.utf8).write(to: file)
        return file
    }

    static let formats = ["tekst", "markdown", "csv", "json", "html"]

    @Test(arguments: formats)
    func reportsCarryNoControlCharactersFromAFile(_ format: String) throws {
        let file = try budgetWithControlCharacters()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        for command in [["begroting", file.path], ["overzicht", file.deletingLastPathComponent().path], ["check", file.path]] {
            let result = try ZVHProcess.run(command + ["--formaat", format])
            #expect(!result.endedBySignal)
            let controls = result.stdout.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r") || (0x7F...0x9F).contains($0.value) }
            #expect(controls.isEmpty, "\(command) \(format): \(controls.map(\.value))")
            #expect(!result.stdout.contains("\u{1B}") && !result.stderr.contains("\u{1B}"))
        }
    }

    @Test func aBareCarriageReturnIsEscapedButCSVLineEndsStay() throws {
        let file = try budgetWithControlCharacters()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let result = try ZVHProcess.run(["begroting", file.path, "--formaat", "csv"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\r\n"))
        #expect(!result.stdout.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
    }

    @Test func jsonStaysValidWithAnEscapedFileName() throws {
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Shell.run(#"cp "\#(Self.budget.path)" "$(printf 'caf\351.json')" && "$ZVH" check --formaat json ."#, in: folder)
        let document = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let files = document?["bestanden"] as? [String]
        #expect(files == [#"./caf\xE9.json"#], "\(result.stdout.prefix(300))")
    }
}
