import Foundation
import Testing

/// `--uitvoer` writes regular files only, never an input, keeps permissions, and leaves
/// nothing behind when interrupted.
@Suite struct SafeOutputTests {
    static let budget = ZVHProcess.packageRoot.appendingPathComponent("Budgets/midden-limburg/begroting-2022.json")
    static let broken = ZVHProcess.packageRoot.appendingPathComponent("Tests/zvhTests/Corpus/bad-input/10-onbekende-sleutel-begrot.json")

    /// A folder with a budget, a broken file, a schema and a scenario.
    func inputFolder() throws -> URL {
        let folder = try Shell.temporaryFolder()
        let manager = FileManager.default
        try manager.copyItem(at: Self.budget, to: folder.appendingPathComponent("begroting-2022.json"))
        try manager.copyItem(at: Self.broken, to: folder.appendingPathComponent("kapot.json"))
        try Data("{}".utf8).write(to: folder.appendingPathComponent("budget.schema.json"))
        try manager.createDirectory(at: folder.appendingPathComponent("scenarios"), withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: folder.appendingPathComponent("scenarios/x.json"))
        try manager.createDirectory(at: folder.appendingPathComponent("voorbeelden"), withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: folder.appendingPathComponent("voorbeelden/y.json"))
        return folder
    }

    @Test func everyFileBelowAScannedFolderIsProtectedLoadedOrNot() throws {
        let folder = try inputFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["begroting-2022.json", "kapot.json", "budget.schema.json", "scenarios/x.json", "voorbeelden/y.json", "scenarios/../kapot.json"] {
            let target = folder.appendingPathComponent(name)
            let before = try Data(contentsOf: target)
            for command in [["check"], ["overzicht"], ["gemeente", "Roermond"]] {
                let result = try ZVHProcess.run(command + [folder.path, "--uitvoer", target.path])
                #expect(result.status == 64, "\(command) \(name): \(result.stderr)")
                #expect(result.stderr.contains("\(target.path): fout: weigert te schrijven over het invoerbestand"))
                #expect(try Data(contentsOf: target) == before)
            }
        }
        let named = try ZVHProcess.run(["begroting", folder.appendingPathComponent("kapot.json").path, "--uitvoer", folder.appendingPathComponent("kapot.json").path])
        #expect(named.status == 64, "a named input that does not parse is protected too")
    }

    @Test func devicesAndSpecialFilesAreRefusedNotReplaced() throws {
        for device in ["/dev/null", "/dev/full", "/dev/stdout", "/dev/stderr"] where FileManager.default.fileExists(atPath: device) {
            let result = try ZVHProcess.run(["overzicht", "--uitvoer", device])
            #expect(result.status == 64, "\(device): \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
        var status = stat()
        #expect(stat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR, "/dev/null is still a device")
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let directory = try ZVHProcess.run(["overzicht", "--uitvoer", folder.path])
        #expect(directory.status == 64)
        #expect(directory.stderr.contains("dit is een map"))
        let fifo = folder.appendingPathComponent("pijp")
        if mkfifo(fifo.path, 0o644) == 0 {
            let result = try Shell.run(#"timeout 20 "$ZVH" overzicht --uitvoer "\#(fifo.path)""#)
            #expect(result.status == 64, "\(result.stderr)")
            #expect(result.stderr.contains("FIFO"))
        }
    }

    @Test func permissionBitsAreKeptAndNewFilesFollowTheUmask() throws {
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let secret = folder.appendingPathComponent("geheim.txt")
        try Data("oud".utf8).write(to: secret)
        chmod(secret.path, 0o600)
        let result = try ZVHProcess.run(["overzicht", "--uitvoer", secret.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.attributesOfItem(atPath: secret.path)[.posixPermissions] as? Int == 0o600)
        let fresh = folder.appendingPathComponent("nieuw.txt")
        let created = try Shell.run(#"umask 027; "$ZVH" overzicht --uitvoer "\#(fresh.path)""#)
        #expect(created.status == 0)
        #expect(try FileManager.default.attributesOfItem(atPath: fresh.path)[.posixPermissions] as? Int == 0o640)
    }

    @Test func aReadOnlyTargetIsRefusedEvenForRoot() throws {
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("alleen-lezen.txt")
        try Data("oud".utf8).write(to: target)
        chmod(target.path, 0o444)
        let result = try ZVHProcess.run(["overzicht", "--uitvoer", target.path])
        #expect(result.status == 73)
        #expect(result.stderr.contains("\(target.path): fout: het bestand is alleen-lezen"))
        #expect(try String(contentsOf: target, encoding: .utf8) == "oud")
    }

    @Test func aLinkToARegularFileIsWrittenThroughDanglingLinksAndLoopsAreRefused() throws {
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let real = folder.appendingPathComponent("echt.txt")
        try Data("oud".utf8).write(to: real)
        let link = folder.appendingPathComponent("link.txt")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "echt.txt")
        let through = try ZVHProcess.run(["overzicht", "--uitvoer", link.path])
        #expect(through.status == 0, "\(through.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "echt.txt", "the link stays a link")
        #expect(try String(contentsOf: real, encoding: .utf8).hasPrefix("Overzicht"))
        let dangling = folder.appendingPathComponent("weg.txt")
        try FileManager.default.createSymbolicLink(atPath: dangling.path, withDestinationPath: "bestaat-niet.txt")
        let refused = try ZVHProcess.run(["overzicht", "--uitvoer", dangling.path])
        #expect(refused.status == 73)
        #expect(refused.stderr.contains("wijst naar iets dat niet bestaat"))
        let loop = folder.appendingPathComponent("kring.txt")
        try FileManager.default.createSymbolicLink(atPath: loop.path, withDestinationPath: "kring.txt")
        let looped = try ZVHProcess.run(["overzicht", "--uitvoer", loop.path])
        #expect(looped.status == 73)
        #expect(looped.stderr.contains("kring"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["echt.txt", "kring.txt", "link.txt", "weg.txt"])
    }

    @Test func aLongLegalFileNameWorks() throws {
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent(String(repeating: "r", count: 246) + ".txt")
        let result = try ZVHProcess.run(["overzicht", "--uitvoer", target.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: target.path))
    }

    @Test func anInterruptedWriteLeavesNothingBehind() throws {
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("rapport.txt")
        let process = Process()
        process.executableURL = ZVHProcess.binary
        process.arguments = ["overzicht", "--uitvoer", target.path]
        process.currentDirectoryURL = ZVHProcess.packageRoot
        process.environment = ProcessInfo.processInfo.environment.merging(["ZVH_TEST_PAUZE_VOOR_HERNOEMEN": "30"]) { $1 }
        try process.run()
        var sawTemporary = false
        for _ in 0..<200 where !sawTemporary {
            sawTemporary = (try FileManager.default.contentsOfDirectory(atPath: folder.path)).contains { $0.hasPrefix(".zvh-") }
            if !sawTemporary { usleep(50_000) }
        }
        #expect(sawTemporary, "the temporary file .zvh-XXXXXX appears beside the target")
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGTERM)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "no temporary file, no target")
    }
}
