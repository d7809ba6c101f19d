import Foundation
import Testing

/// Standard output and standard error that cannot be written: a full device and a
/// closed descriptor end with exit 74 and one Dutch line; a reader that went away ends
/// zvh quietly.
@Suite struct StreamTests {
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "skipped: no /dev/full on this system"))
    func aFullDeviceOnStdoutEndsWithExit74AndOneLine() throws {
        let result = try Shell.run(#""$ZVH" overzicht > /dev/full"#)
        #expect(result.status == 74)
        #expect(result.stderr == "zvh: fout: kan niet naar de standaarduitvoer schrijven (geen ruimte meer op het apparaat)\n")
    }

    @Test func aClosedStdoutEndsWithExit74() throws {
        let result = try Shell.run(#""$ZVH" overzicht >&-"#)
        #expect(result.status == 74)
        #expect(result.stderr == "zvh: fout: kan niet naar de standaarduitvoer schrijven (de uitvoer is gesloten)\n")
    }

    @Test func aClosedStdoutAndStderrStillEndWithExit74() throws {
        let result = try Shell.run(#""$ZVH" --version >&- 2>&-; echo "status $?""#)
        #expect(result.stdout == "status 74\n")
    }

    @Test func aReaderThatWentAwayEndsZvhQuietly() throws {
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let errors = folder.appendingPathComponent("err").path
        let status = folder.appendingPathComponent("status").path
        // `true` exits at once, so zvh writes into a pipe without a reader (EPIPE).
        _ = try Shell.run(#"(sleep 0.5; "$ZVH" overzicht 2>"\#(errors)"; echo $? > "\#(status)") | true"#)
        #expect(try String(contentsOfFile: errors, encoding: .utf8) == "")
        #expect(try String(contentsOfFile: status, encoding: .utf8) == "0\n", "no signal death (141), no error status")
    }

    @Test func noTryBangInTheSources() throws {
        let sources = ZVHProcess.packageRoot.appendingPathComponent("Sources")
        let enumerator = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        var offenders: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            if text.contains("try!") { offenders.append(url.lastPathComponent) }
        }
        #expect(offenders.isEmpty)
    }
}
