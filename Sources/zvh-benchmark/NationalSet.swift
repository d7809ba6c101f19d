import Foundation

/// A deterministic national set of budget files: every organisation a begroting and a
/// jaarrekening per year, with discrepancies planted the way published tables have
/// them (a wrong subtotal, a duplicate contribution line, a misspelt label), so the
/// benchmark checks real work.
enum NationalSet {
    /// What was written.
    struct Summary {
        var files = 0
        var bytes = 0
        var lines = 0
        var members = 0
    }

    /// Writes the set into `folder` (created when missing), one subfolder per
    /// organisation.
    static func write(to folder: String, organisations: Int = 25, years: Int = 10) throws -> Summary {
        var summary = Summary()
        for organisation in 0..<organisations {
            let code = "zvh-\(organisation + 1)"
            let directory = (folder as NSString).appendingPathComponent(code)
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let memberCount = 10 + organisation % 8
            summary.members += memberCount
            for offset in 0..<years {
                let year = 2015 + offset
                for (kind, text) in [("begroting", begroting(organisation, year: year, members: memberCount)), ("jaarrekening", jaarrekening(organisation, year: year, members: memberCount))] {
                    let path = (directory as NSString).appendingPathComponent("\(kind)-\(year).json")
                    try text.write(toFile: path, atomically: true, encoding: .utf8)
                    summary.files += 1
                    summary.bytes += text.utf8.count
                    summary.lines += text.split(separator: "\n", omittingEmptySubsequences: false).count
                }
            }
        }
        return summary
    }

    /// A number that depends only on its inputs (no random state), for amounts.
    static func amount(_ seeds: Int...) -> Int {
        var value: UInt64 = 1469598103934665603
        for seed in seeds { value = (value ^ UInt64(bitPattern: Int64(seed))) &* 1099511628211 }
        return Int(value % 90_000) + 10_000
    }

    static let groups: [(name: String, kind: String, lines: [String])] = [
        ("Personele kosten", "personeel", ["Formatie vast personeel", "Procesregie", "Procesondersteuning", "Nazorgcoördinatie", "Leidinggevende", "Beleidsmedewerker", "Secretariaat", "Stelpost ziekte en vervanging"]),
        ("Inhuur", "overig", ["Ingeleend personeel", "Uitbestede werkzaamheden", "Studiekosten", "Reiskosten", "Opleidingen", "Detacheringen"]),
        ("Materiële kosten", "materieel", ["Huur", "Bijdrage facilitaire kosten", "Schoonmaak", "Koffie en catering", "Alarm en beveiliging", "ICT-licenties", "Telefonie", "Drukwerk", "Representatiekosten", "Onvoorzien"]),
    ]

    static func members(_ organisation: Int, _ count: Int) -> [String] {
        (0..<count).map { "Gemeente \(organisation + 1)-\($0 + 1)" }
    }

    static func header(_ organisation: Int, kind: String, year: Int, members: Int) -> String {
        let list = Self.members(organisation, members).enumerated().map { index, name in
            #"{ "naam": "\#(name)", "inwoners": { "aantal": \#(amount(organisation, index, 7) * 3), "peildatum": "\#(year - 2)-01-01", "bron": "gegenereerd" } }"#
        }
        return """
            {
              "soort": "\(kind)",
              "organisatie": { "code": "zvh-\(organisation + 1)", "naam": "Zorg- en Veiligheidshuis \(organisation + 1)" },
              "periode": { "jaar": \(year) },
              "bron": { "document": "gegenereerde benchmarkset (zvh-benchmark genereer)", "sectie": "\(kind) \(year)" },
              "gemeenten": [
                \(list.joined(separator: ",\n    "))
              ],
            """
    }

    /// The cost groups with per-line amounts for the given columns; a planted wrong
    /// subtotal and a misspelt label in some files.
    static func costs(_ organisation: Int, year: Int, columns: [String], plant: Bool) -> (text: String, totals: [Int]) {
        var totals = [Int](repeating: 0, count: columns.count)
        var written: [String] = []
        for (groupIndex, group) in Self.groups.enumerated() {
            var subtotals = [Int](repeating: 0, count: columns.count)
            var lines: [String] = []
            for (lineIndex, name) in group.lines.enumerated() {
                let label = plant && name == "Representatiekosten" ? "Represenatiekosten" : name
                let values = columns.indices.map { amount(organisation, year, groupIndex, lineIndex, $0) }
                for index in values.indices { subtotals[index] += values[index] }
                let amounts = zip(columns, values).map { "\"\($0)\": \($1)" }.joined(separator: ", ")
                lines.append(#"{ "naam": "\#(label)", "soort": "\#(group.kind)", "bedragen": { \#(amounts) } }"#)
            }
            for index in totals.indices { totals[index] += subtotals[index] }
            let printed = zip(columns, subtotals).enumerated().map { index, pair in "\"\(pair.0)\": \(pair.1 + (plant && groupIndex == 1 && index == 0 ? 1 : 0))" }.joined(separator: ", ")
            written.append("""
                { "groep": "\(group.name)", "vermeld": { \(printed) }, "regels": [
                      \(lines.joined(separator: ",\n      "))
                    ] }
                """)
        }
        return (written.joined(separator: ",\n    "), totals)
    }

    static func begroting(_ organisation: Int, year: Int, members: Int) -> String {
        let (costs, totals) = costs(organisation, year: year, columns: ["begroot"], plant: false)
        let grant = totals[0] / 6
        return header(organisation, kind: "begroting", year: year, members: members) + """

              "kolommen": [ { "naam": "begroot", "kop": "begroting \(year)", "soort": "begroot" } ],
              "lasten": [
                \(costs)
              ],
              "baten": [
                { "naam": "Rijksbijdrage", "soort": "rijksbijdrage", "bedragen": { "begroot": \(grant) } },
                { "naam": "Bijdrage centrumgemeente", "soort": "centrumgemeente", "bedragen": { "begroot": \(grant / 4) } }
              ],
              "verdeelsleutels": [ { "naam": "inwoners", "soort": "inwoners", "omschrijving": "inwoners per 1 januari \(year - 2)" } ],
              "bijdragen": { "sleutel": "inwoners", "afronding": "euro" },
              "verrekening": { "betreft-jaar": \(year - 1), "componenten": [
                { "naam": "resultaat \(year - 1)", "bedrag": -\(amount(organisation, year, 99)), "sleutel": "inwoners" } ] },
              "vermeld": { "totaal-lasten": { "begroot": \(totals[0]) } }
            }

            """
    }

    static func jaarrekening(_ organisation: Int, year: Int, members: Int) -> String {
        let plant = (organisation + year) % 3 == 0
        let (costs, totals) = costs(organisation, year: year, columns: ["begroot", "werkelijk"], plant: plant)
        let names = Self.members(organisation, members)
        let grant = totals[0] / 6
        let perMember = (totals[0] - grant) / members
        var income = [#"{ "naam": "Rijksbijdrage", "soort": "rijksbijdrage", "bedragen": { "begroot": \#(grant), "werkelijk": \#(grant) } }"#]
        for (index, name) in names.enumerated() {
            let label = plant && index == 1 ? "Bijdrage gemeente 1" : "Bijdrage gemeente \(index + 1)"
            income.append(#"{ "naam": "\#(label)", "soort": "gemeentelijke-bijdrage", "gemeente": "\#(name)", "bedragen": { "begroot": \#(perMember), "werkelijk": \#(perMember) } }"#)
        }
        let incomeTotal = grant + perMember * members
        return header(organisation, kind: "jaarrekening", year: year, members: members) + """

              "kolommen": [
                { "naam": "begroot", "kop": "begroting \(year)", "soort": "begroot" },
                { "naam": "werkelijk", "kop": "realisatie \(year)", "soort": "werkelijk" },
                { "naam": "verschil", "kop": "verschil", "soort": "verschil", "van": "werkelijk", "ten-opzichte-van": "begroot" }
              ],
              "lasten": [
                \(costs)
              ],
              "baten": [
                \(income.joined(separator: ",\n    "))
              ],
              "vermeld": {
                "totaal-lasten": { "begroot": \(totals[0]), "werkelijk": \(totals[1]) },
                "totaal-baten": { "begroot": \(incomeTotal), "werkelijk": \(incomeTotal) },
                "resultaat": { "werkelijk": \(incomeTotal - totals[1]) }
              }
            }

            """
    }
}
