/// `sleutel-ongeldig`: percentages that do not add up to 100, all-zero weights, a key
/// naming someone who is not a member, a member missing from a key.
public struct InvalidKeyRule: CheckRule {
    public let name = "sleutel-ongeldig"
    public let summary = "een verdeelsleutel met percentages die niet op 100 uitkomen, alleen nullen, niet-leden of ontbrekende leden"

    public init() {}

    /// Whether a contribution error is about a key (and so reported by this rule).
    static func isKeyProblem(_ error: ContributionError) -> Bool {
        switch error {
        case .municipalityMissingFromKey, .keyNamesNonMember, .missingInhabitants, .allocationFailed, .themeWeightsZero, .fixedAmountsExceedTotal, .missingGeneralKey,
            .nestedPhaseIn, .phaseInCapUnreachable: true
        case .unknownKey, .lineNamesNonMember, .unknownColumn, .nestedMix: false
        }
    }

    public func findings(in context: CheckContext) -> [Finding] {
        let budget = context.budget
        let members = budget.organisation.members
        let memberNames = Set(members.map(\.name))
        var findings: [Finding] = []
        let participantsByKey = budget.participantsByKey
        for key in budget.keys {
            let required = participantsByKey[key.name] ?? members.map(\.name)
            let requiredSet = Set(required)
            let entries = key.kind.entries
            let entryNames = Set(entries.map(\.municipality))
            for entry in entries where !memberNames.contains(entry.municipality) {
                let hint = Spelling.closest(to: entry.municipality, among: members.map(\.name)).map { "bedoelde u \($0)?" }
                findings.append(
                    context.finding(name, .error, at: entry.origin, "verdeelsleutel \"\(key.name)\" noemt \"\(entry.municipality)\", maar dat is geen gemeente van \(budget.organisation.name)", hint: hint))
            }
            if case .percentages = key.kind {
                let sum = entries.reduce(Int128(0)) { $0 + Int128($1.value.millionths) }
                if sum != Int128(Quantity(100).millionths) {
                    findings.append(
                        context.finding(name, .error, at: key.origin, "de percentages van verdeelsleutel \"\(key.name)\" tellen op tot \(Quantity.dutch(millionths: sum))%, niet tot 100%", members: required))
                }
            }
            if case .mix(let parts) = key.kind {
                let sum = parts.reduce(Int128(0)) { $0 + Int128($1.percentage.millionths) }
                if sum != Int128(Quantity(100).millionths) {
                    findings.append(context.finding(name, .error, at: key.origin, "de delen van mix-sleutel \"\(key.name)\" tellen op tot \(Quantity.dutch(millionths: sum))%, niet tot 100%", members: required))
                }
                for part in parts where budget.key(named: part.keyName) == nil {
                    findings.append(context.finding(name, .error, at: key.origin, "mix-sleutel \"\(key.name)\" verwijst naar verdeelsleutel \"\(part.keyName)\", die niet bestaat", members: required))
                }
                continue
            }
            if case .phased(let phaseIn) = key.kind {
                for name in [phaseIn.fromKey, phaseIn.toKey] where budget.key(named: name) == nil {
                    findings.append(context.finding(self.name, .error, at: key.origin, "ingroeisleutel \"\(key.name)\" verwijst naar verdeelsleutel \"\(name)\", die niet bestaat", members: required))
                }
                continue
            }
            if !entries.isEmpty, entries.allSatisfy({ $0.value.isZero }) {
                findings.append(context.finding(name, .error, at: key.origin, "verdeelsleutel \"\(key.name)\" heeft alleen gewichten nul; er valt niets mee te verdelen", members: required))
            }
            for member in members where requiredSet.contains(member.name) && !entryNames.contains(member.name) {
                switch key.kind.unlistedMemberWeight {
                case .inhabitants:
                    if member.inhabitants == nil {
                        findings.append(context.finding(name, .error, at: member.origin, "verdeelsleutel \"\(key.name)\" verdeelt naar inwoners, maar gemeente \(member.name) heeft geen aantal inwoners", members: [member.name]))
                    }
                case .equal:
                    break
                case .missing:
                    findings.append(context.finding(name, .error, at: key.origin, "gemeente \(member.name) ontbreekt in verdeelsleutel \"\(key.name)\"", members: [member.name]))
                }
            }
        }
        if case .failure(let error) = context.contributions, Self.isKeyProblem(error), findings.isEmpty {
            findings.append(context.finding(name, .error, at: error.origin, error.errorDescription ?? "de verdeelsleutel is ongeldig", members: context.allMembers))
        }
        return findings
    }
}
