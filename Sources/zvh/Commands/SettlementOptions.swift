import ZVHFinance

/// The options of a settlement's derivation, one group shared by `verrekening`,
/// `afrekening` and `volgend-jaar --jaarrekening` (as swift-argument-parser's
/// `@OptionGroup`): the key (`--sleutel`), a file with more keys (`--sleutels-uit`), the
/// components merged (`--samenvoegen`) and those not settled (`--niet-verrekenen`).
struct SettlementOptions: CommandOptions {
    static let key = Option<String>("sleutel", value: "naam", help: "Verdeel naar deze verdeelsleutel (uit de jaarrekening of uit --sleutels-uit).")
    static let keysFile = Option<String>("sleutels-uit", value: "bestand", help: "Neem de verdeelsleutels van dit begrotingsbestand erbij (bv. de begroting van het volgende jaar).")
    static let merge = Option<[String]>(
        "samenvoegen", value: "a,b", help: "Voeg deze componenten samen tot één (mag herhaald worden), bv. lasten,begrotingssaldo.", isRepeating: true
    ) { text throws(OptionFailure) in text.split(separator: ",").map { String($0.trimmingSpaces) } }
    static let unsettled = Option<String>(
        "niet-verrekenen", value: "component", help: "Verreken deze component niet maar voeg haar toe aan een reserve (mag herhaald worden), bv. pok.", isRepeating: true)

    /// The group's options, in the order help lists them.
    static let declarations: [any OptionDeclaration] = [key, keysFile, merge, unsettled]

    /// The key to settle by; nil for the key of the year.
    var keyName: String?
    /// The budget file whose keys are added.
    var keysFile: String?
    /// The groups of components merged into one.
    var merged: [[String]] = []
    /// The components added to a reserve instead of settled.
    var unsettledComponents: [String] = []

    /// No option given: the settlement as the file says.
    init() {}

    init(_ commandLine: ParsedCommandLine) throws(OptionFailure) {
        keyName = try commandLine.value(Self.key)
        keysFile = try commandLine.value(Self.keysFile)
        merged = try commandLine.values(Self.merge)
        unsettledComponents = try commandLine.values(Self.unsettled)
    }

    /// Whether any option of the group is given.
    var isAnyGiven: Bool {
        keyName != nil || keysFile != nil || !merged.isEmpty || !unsettledComponents.isEmpty
    }

    /// The files a settlement reads: the jaarrekening and the file of `--sleutels-uit`.
    func paths(account: String) -> [String] {
        [account] + (keysFile.map { [$0] } ?? [])
    }
}
