/// Reads a kaders file: the assumptions of a kadernota written down once, each with its
/// value, source and date as the controller typed them.
///
/// ```json
/// { "naam": "Kaders 2023", "jaren": 3,
///   "indexatie": [ { "soort": "personeel", "procent": 3.2, "bron": "CPB cMEV, loonvoet sector overheid", "datum": "2022-03-10" } ],
///   "inwoners": { "bron": "CBS, 1 januari 2021", "datum": "2021-01-01" },
///   "scenarios": [ "sleutel-naar-inwoners" ] }
/// ```
public enum KadersFileReader {
    /// What a kaders file gives: the projection, the sources per subject and the
    /// scenario files (names or paths, found next to the begroting like `--scenario`).
    public struct Kaders: Sendable {
        /// The name of the kaders, if given.
        public var name: String?
        /// The number of years and the yearly indexation.
        public var projection: ProjectionParameters
        /// Per subject (`personeel`, …, `inwoners`) the source and date.
        public var sources: [String: (source: String, date: String?)]
        /// The scenarios with volume and key changes.
        public var scenarios: [String]
    }

    /// Reads a kaders file.
    /// - Throws: ``BudgetFileError`` naming the file, the place and the problem.
    public static func read(_ bytes: [UInt8], file: String) throws(BudgetFileError) -> Kaders {
        let json = try JSONParser.document(bytes, file: file)
        let top = try ObjectReader(json, path: "", file: file)
        try top.requireKnownKeys(["$schema", "naam", "jaren", "indexatie", "inwoners", "scenarios"])
        var projection = ProjectionParameters(origin: top.origin)
        if let years = try top.integer("jaren", in: ProjectionParameters.yearRange) { projection.years = years }
        var sources: [String: (source: String, date: String?)] = [:]
        var seen: Set<IndexationKind> = []
        for element in try top.array("indexatie") ?? [] {
            let object = try ObjectReader(element, file: file)
            try object.requireKnownKeys(["soort", "procent", "bron", "datum"])
            guard let kind = try object.choice("soort", from: IndexationKind.allCases.map { ($0.rawValue, $0) }) else {
                throw .missingKey(file: file, key: "soort", at: object.origin)
            }
            guard seen.insert(kind).inserted else {
                throw .invalidValue(file: file, at: object.origin(of: "soort"), message: "indexatie \"\(kind.rawValue)\" staat twee keer in de kaders")
            }
            guard let percentage = try object.quantity("procent") else { throw .missingKey(file: file, key: "procent", at: object.origin) }
            guard ProjectionParameters.indexationRange.contains(percentage) else {
                throw .invalidValue(file: file, at: object.origin(of: "procent"), message: "een indexatie ligt tussen -50% en 100%, niet \(percentage.dutch())%")
            }
            projection.indexation[kind] = percentage
            if let source = try object.string("bron") { sources[kind.rawValue] = (source, try object.string("datum")) }
        }
        if let inhabitants = try top.object("inwoners") {
            try inhabitants.requireKnownKeys(["bron", "datum"])
            sources["inwoners"] = (try inhabitants.requiredString("bron"), try inhabitants.string("datum"))
        }
        return Kaders(name: try top.string("naam"), projection: projection, sources: sources, scenarios: try top.stringArray("scenarios") ?? [])
    }
}
