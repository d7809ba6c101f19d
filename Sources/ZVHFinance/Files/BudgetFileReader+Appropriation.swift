/// Reading the rules of the resultaatbestemming (`resultaatbestemming`): each a
/// component of the result and the reserve of the file it goes to.
extension DocumentReader {
    /// The codes a rule may name: the components ``SettlementDerivation`` derives.
    static var appropriationComponents: [String] {
        ["lasten", "begrotingssaldo"] + LineKind.incomeKinds.map(\.rawValue)
    }

    func readAppropriationRules() throws(BudgetFileError) -> [ResultAppropriation.Rule] {
        var rules: [ResultAppropriation.Rule] = []
        for element in try top.array("resultaatbestemming") ?? [] {
            let object = try ObjectReader(element, file: file)
            try object.requireKnownKeys(["component", "reserve", "toelichting"])
            let component = try object.requiredString("component")
            guard Self.appropriationComponents.contains(component) else {
                let names = Self.appropriationComponents
                throw .invalidValue(file: file, at: object.origin(of: "component"), message: "onbekende component \"\(component)\"\(Spelling.hint(for: component, among: names)) (mogelijk: \(names.joined(separator: ", ")))")
            }
            let reserve = try object.requiredString("reserve")
            guard reserves.contains(where: { $0.name == reserve }) else {
                throw .invalidValue(file: file, at: object.origin(of: "reserve"), message: "de reserve \"\(reserve)\" staat niet bij 'reserves'\(Spelling.hint(for: reserve, among: reserves.map(\.name)))")
            }
            if rules.contains(where: { $0.component == component }) {
                throw .invalidValue(file: file, at: object.origin(of: "component"), message: "voor component \"\(component)\" staat al een regel")
            }
            rules.append(ResultAppropriation.Rule(component: component, reserve: reserve, explanation: try object.string("toelichting"), origin: object.origin))
        }
        return rules
    }
}
