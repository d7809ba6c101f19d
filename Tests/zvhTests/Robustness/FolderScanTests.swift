import Foundation
import Testing

/// Folder scans take what is there honestly: a FIFO cannot make zvh wait, a link back
/// up cannot make it loop, what cannot be read is reported, and a file name that is
/// not UTF-8 is found and shown escaped.
@Suite struct FolderScanTests {
    static let budget = ZVHProcess.packageRoot.appendingPathComponent("Budgets/midden-limburg/begroting-2022.json")
    static let broken = ZVHProcess.packageRoot.appendingPathComponent("Tests/zvhTests/Corpus/bad-input/10-onbekende-sleutel-begrot.json")

    func folderWithOneBudget() throws -> URL {
        let folder = try Shell.temporaryFolder()
        try FileManager.default.copyItem(at: Self.budget, to: folder.appendingPathComponent("begroting-2022.json"))
        return folder
    }

    @Test(.enabled(if: Shell.canMakeFIFO, "skipped: mkfifo is not possible here"))
    func aFIFONamedLikeABudgetIsReportedNotWaitedFor() throws {
        let folder = try folderWithOneBudget()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(mkfifo(folder.appendingPathComponent("x.json").path, 0o644) == 0)
        // `timeout` ends a zvh that would block on opening the FIFO (status 124).
        let result = try Shell.run(#"timeout 20 "$ZVH" overzicht "\#(folder.path)""#)
        #expect(result.status == 66, "\(result.stderr)")
        #expect(result.stderr.contains("x.json: fout: dit is een FIFO"))
        #expect(result.stdout.isEmpty)
        let named = try Shell.run(#"timeout 20 "$ZVH" begroting "\#(folder.path)/x.json""#)
        #expect(named.status == 66)
        #expect(named.stderr.contains("geen gewoon bestand"))
    }

    @Test func aLinkBackUpDoesNotMakeTheScanLoop() throws {
        let folder = try folderWithOneBudget()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sub = folder.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: sub.appendingPathComponent("terug").path, withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: sub.appendingPathComponent("zelf").path, withDestinationPath: ".")
        let result = try Shell.run(#"timeout 20 "$ZVH" overzicht --formaat json "\#(folder.path)""#)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.components(separatedBy: "\"midden-limburg\"").count >= 2)
    }

    @Test func aDanglingLinkNamedLikeABudgetIsReported() throws {
        let folder = try folderWithOneBudget()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("weg.json").path, withDestinationPath: "bestaat-niet.json")
        let result = try ZVHProcess.run(["overzicht", folder.path])
        #expect(result.status == 66)
        #expect(result.stderr.contains("weg.json: fout: de symbolische koppeling wijst naar iets dat niet bestaat"))
        #expect(result.stdout.isEmpty)
    }

    @Test(.enabled(if: getuid() != 0, "skipped as root, for whom every folder is readable"))
    func anUnreadableSubfolderIsReported() throws {
        let folder = try folderWithOneBudget()
        let locked = folder.appendingPathComponent("dicht")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        chmod(locked.path, 0)
        defer {
            chmod(locked.path, 0o755)
            try? FileManager.default.removeItem(at: folder)
        }
        let result = try ZVHProcess.run(["overzicht", folder.path])
        #expect(result.status == 66)
        #expect(result.stderr.contains("dicht: fout: de map kan niet gelezen worden"))
    }

    @Test func aLatin1FileNameIsFoundAndShownEscaped() throws {
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = try Shell.run(#"cp "\#(Self.budget.path)" "$(printf 'caf\351.json')" && "$ZVH" begroting "$(printf 'caf\351.json')""#, in: folder)
        #expect(good.status == 0, "\(good.stderr)")
        #expect(!good.stderr.contains("niet gevonden"))
        let bad = try Shell.run(#"cp "\#(Self.broken.path)" "$(printf 'fout\351.json')" && "$ZVH" begroting "$(printf 'fout\351.json')""#, in: folder)
        #expect(bad.status == 65)
        #expect(bad.stderr.hasPrefix(#"fout\xE9.json:"#), "\(bad.stderr)")
        let scanned = try Shell.run(#""$ZVH" check --formaat json ."#, in: folder)
        #expect(scanned.status == 65, "the broken file fails the scan")
        #expect(scanned.stderr.contains(#"fout\xE9.json:"#), "\(scanned.stderr)")
    }
}
