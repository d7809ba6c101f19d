import Foundation

/// One stored report: a `zvh` command line on the bundled budgets, and where its output
/// is kept under `Tests/zvhTests/Golden/`.
struct GoldenRun: Sendable {
    /// The path of its standard output below the golden folder
    /// (`begroting/midden-limburg.begroting-2022.json`: the extension names the
    /// format); standard error, when there is any, beside it with `.stderr` added.
    var name: String
    /// The arguments, bundled files named from the package root.
    var arguments: [String]

    /// The formats every report is stored in, with the extension of its file.
    static let formats = [("tekst", "txt"), ("json", "json"), ("csv", "csv")]

    /// Every stored run: for every bundled budget each command that reads one, in text,
    /// JSON and CSV; per organisation folder and for `Budgets/` the commands that read
    /// folders; the bookings, scenario files and advances of the bundled examples.
    /// Documents for members that a `fout` refuses are made with `--concept`.
    static func all(root: URL) throws -> [GoldenRun] {
        let budgets = try budgetFiles(root: root)
        var runs: [GoldenRun] = []
        func add(_ command: String, _ subject: String, _ arguments: [String], formats: Bool = true) {
            guard formats else {
                runs.append(GoldenRun(name: "\(command)/\(subject).json", arguments: arguments))
                return
            }
            for (format, ext) in Self.formats {
                runs.append(GoldenRun(name: "\(command)/\(subject).\(ext)", arguments: arguments + ["--formaat", format]))
            }
        }
        for file in budgets {
            let subject = Self.subject(file)
            let budget = Head(root.appendingPathComponent(file))
            add("jaarrekening", subject, ["jaarrekening", file])
            add("begroting", subject, ["begroting", file])
            add("begroting-uitleg-bbv", subject, ["begroting", file, "--uitleg", "--bbv"])
            add("iv3", subject, ["iv3", file])
            add("codes", subject, ["codes", file])
            if budget?.kind != "begroting" {
                add("verrekening", subject, ["verrekening", file, "--uitleg"])
                add("resultaatbestemming", subject, ["resultaatbestemming", file])
                add("afrekening", subject, ["afrekening", file, "--concept"])
            }
            if budget?.kind != "jaarrekening" {
                add("voorschotten", subject, ["voorschotten", file, "--concept"])
                add("scenario", subject, ["scenario", file, "--index", "personeel=3,2%", "--fte", "procesregie=+1@95000", "--gevoeligheid"])
                add("scenario-ingroei", subject, ["scenario", file, "--ingroei", "inwoners/4/1000", "--jaren", "4"])
                add("risicos", subject, ["risicos", file])
                add("kadernota", subject, ["kadernota", file, "--raming-index", "personeel=3,2%", "--bron", "personeel=loonvoet sector overheid, CPB cMEV@2026-03-05", "--concept"])
                if let member = budget?.firstMember {
                    add("brief", subject, ["brief", member, file, "--datum", "2026-09-15", "--kenmerk", "ZVH/2026/001", "--concept"])
                }
                add("volgend-jaar", subject, ["volgend-jaar", file, "--index", "personeel=3,2%"], formats: false)
            }
        }
        for folder in try organisationFolders(root: root) + ["Budgets"] {
            let subject = folder == "Budgets" ? "alle" : URL(fileURLWithPath: folder).lastPathComponent
            add("overzicht", subject, ["overzicht", folder])
            add("check", subject, ["check", folder])
            add("codes", subject, ["codes", folder])
        }
        for folder in try organisationFolders(root: root) {
            let organisation = URL(fileURLWithPath: folder).lastPathComponent
            let files = budgets.filter { $0.hasPrefix(folder + "/") && !$0.dropFirst(folder.count + 1).contains("/") }
            if let member = files.first.flatMap({ Head(root.appendingPathComponent($0))?.firstMember }) {
                add("gemeente", organisation, ["gemeente", member, folder, "--uitleg"])
            }
            for scenario in try jsonFiles(in: folder + "/scenarios", root: root) {
                for file in files where Head(root.appendingPathComponent(file))?.kind == "begroting" {
                    add("scenario-bestand", "\(Self.subject(file)).\(URL(fileURLWithPath: scenario).deletingPathExtension().lastPathComponent)", ["scenario", file, "--scenario", scenario])
                }
            }
        }
        let bookings = ["Budgets/midden-limburg/jaarrekening-2021.json", "Budgets/midden-limburg/boekingen-2021.csv"]
        add("boekingen", "midden-limburg.jaarrekening-2021", ["boekingen"] + bookings + ["--regels", "Budgets/midden-limburg/boekingsregels.json", "--tot", "2021-11-08"])
        add("tussenrapportage", "midden-limburg.jaarrekening-2021", [
            "tussenrapportage", bookings[0], "--boekingen", bookings[1], "--regels", "Budgets/midden-limburg/boekingsregels.json", "--tot", "2021-11-08",
        ])
        add("afrekening-voorschotten", "midden-limburg.jaarrekening-2021", [
            "afrekening", bookings[0], "--voorschotten", "Budgets/midden-limburg/voorbeelden/voorschotten-2021.csv", "--concept",
        ])
        for file in try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Budgets/voorbeelden").path).sorted()
        where file.hasSuffix(".xlsx") || file.hasSuffix(".csv") {
            add("importeer", file, ["importeer", "Budgets/voorbeelden/\(file)"], formats: false)
        }
        return runs
    }

    /// What the runs need of a budget file: its `soort` and its first member, read as
    /// plain JSON so the list of runs depends on no type of the library.
    struct Head {
        var kind: String?
        var firstMember: String?

        init?(_ url: URL) {
            guard let data = try? Data(contentsOf: url), let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
            kind = object["soort"] as? String
            firstMember = ((object["gemeenten"] as? [Any])?.first as? [String: Any])?["naam"] as? String
        }
    }

    /// Every budget file below `Budgets/`, by path (examples in `voorbeelden/`
    /// included; schemas, profiles, booking rules and scenario files not).
    static func budgetFiles(root: URL) throws -> [String] {
        let budgets = root.appendingPathComponent("Budgets")
        let paths = try FileManager.default.subpathsOfDirectory(atPath: budgets.path)
        return paths.filter { path in
            let name = URL(fileURLWithPath: path).lastPathComponent
            return name.hasSuffix(".json") && !name.hasSuffix(".schema.json") && name != "organisatie.json"
                && !name.hasPrefix("boekingsregels") && !path.split(separator: "/").contains("scenarios")
        }.sorted().map { "Budgets/" + $0 }
    }

    /// The folders of the bundled organisations (`Budgets/midden-limburg`).
    static func organisationFolders(root: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Budgets").path).sorted()
            .filter { FileManager.default.fileExists(atPath: root.appendingPathComponent("Budgets/\($0)/organisatie.json").path) }
            .map { "Budgets/\($0)" }
    }

    static func jsonFiles(in folder: String, root: URL) throws -> [String] {
        let url = root.appendingPathComponent(folder)
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".json") }.sorted().map { "\(folder)/\($0)" }
    }

    /// `Budgets/midden-limburg/voorbeelden/begroting-2023.json` → `midden-limburg.voorbeelden.begroting-2023`.
    static func subject(_ file: String) -> String {
        String(file.dropFirst("Budgets/".count).dropLast(".json".count)).replacingOccurrences(of: "/", with: ".")
    }
}
