/// The letter itself: its head, the salutation, the amount and what it consists of in
/// plain Dutch, the payment schedule with due dates, whom to ask, and the signature.
/// No file names, line numbers, tool names, markers or rounding terms: the derivation
/// is in the appendix (``accountability(_:options:)``).
extension ContributionLetter {
    /// The subject line, also the document's title.
    public var subject: String {
        "Uw bijdrage \(budget.period.dutchDescription) aan het \(sender)"
    }

    /// The sender's name: the profile's, else the organisation's.
    var sender: String { details.profile?.sender ?? budget.organisation.name }

    /// The head: sender, addressee, date and reference (or what is still to be filled in).
    var letterhead: Letterhead {
        let profile = details.profile
        let addressee = profile?.addressee(of: municipality)?.lines
            ?? ["Het college van burgemeester en wethouders", "van de gemeente \(municipality)"]
        return Letterhead(
            sender: [sender] + (profile?.address ?? []), addressee: addressee,
            particulars: [
                "Datum: " + (details.date?.longDutch ?? "(nog in te vullen)"),
                "Kenmerk: " + (details.reference ?? "(nog in te vullen)"),
            ])
    }

    /// `€ 65.153` (the magnitude; the sentence says whether it is paid or returned).
    static func euro(_ amount: Money) -> String { "€ " + amount.magnitude.dutch() }

    /// The body of the letter, from the salutation to the signature: the text up to the
    /// payment schedule, then the schedule and the rest (a section shows its table
    /// before its paragraphs).
    func body(_ shown: ContributionReport.ShownContributions) -> [ReportSection] {
        let period = budget.period.dutchDescription
        let final = shown.finals[memberIndex]
        var paragraphs = [
            details.profile?.addressee(of: municipality)?.salutation ?? "Geacht college,",
            "Hierbij informeren wij u over de bijdrage van de gemeente \(municipality) aan het \(sender) voor \(period), zoals vastgesteld in de \(budget.title)\(scenario.map { ", gewijzigd met het scenario \"\($0.name)\"" } ?? ""). "
                + (final.isNegative ? "Over \(period) ontvangt de gemeente \(municipality) per saldo \(Self.euro(final)) terug." : "De bijdrage van de gemeente \(municipality) over \(period) bedraagt \(Self.euro(final))."),
        ]
        paragraphs.append(consistsOf(shown))
        if let sentence = comparisonSentence(shown) { paragraphs.append(sentence) }
        paragraphs += membershipParagraphs()
        paragraphs += paymentParagraphs()
        var closing: [String] = []
        if !findings.isEmpty {
            closing.append("Bij de cijfers hoort een kanttekening; u vindt die in de bijlage.")
        }
        if let contact = details.profile?.contact {
            closing.append("Heeft u vragen over deze brief, neem dan contact op met \(contact.joined(separator: ", ")).")
        }
        closing += ["Met vriendelijke groet,", "", details.profile?.signatory ?? "(ondertekenaar nog in te vullen)"]
        if let function = details.profile?.function { closing.append(function) }
        closing.append(sender)
        return [ReportSection(paragraphs: paragraphs), ReportSection(table: paymentTable(), paragraphs: closing)]
    }

    /// What the amount consists of: the share in the costs and each settlement, in words.
    func consistsOf(_ shown: ContributionReport.ShownContributions) -> String {
        let contribution = shown.contributions[memberIndex]
        var sentence = "Dit bedrag bestaat uit uw aandeel van \(Self.euro(contribution)) in de kosten van \(budget.period.dutchDescription)"
        let components = statement.settlementSplits.enumerated().map { number, split in (name: split.component.name, amount: shown.components[number][memberIndex]) }
            .filter { $0.amount != .zero }
        let settlementKind = entry.settledYear?.isProvisional == true ? "de voorlopige afrekening" : "de afrekening"
        let returned = components.filter(\.amount.isNegative)
        let charged = components.filter { !$0.amount.isNegative }
        if exit != nil, contribution == .zero, !components.isEmpty {
            // A member that has left pays no share in the costs: only its part of the settlement remains.
            return "Dit bedrag is uw deel van \(settlementKind) van eerdere jaren, waaraan u deelnam (" + components.map { "\($0.name): \($0.amount.isNegative ? "terug " : "bij te betalen ")\(Self.euro($0.amount))" }.joined(separator: "; ") + ")."
        }
        if !returned.isEmpty {
            sentence += ", verminderd met \(Self.euro(returned.map(\.amount).sum())) die wij u terugbetalen uit \(settlementKind) van eerdere jaren ("
                + returned.map { "\($0.name): \(Self.euro($0.amount))" }.joined(separator: "; ") + ")"
        }
        if !charged.isEmpty {
            sentence += (returned.isEmpty ? ", vermeerderd met " : ", en vermeerderd met ") + "\(Self.euro(charged.map(\.amount).sum())) die u bijbetaalt uit \(settlementKind) van eerdere jaren ("
                + charged.map { "\($0.name): \(Self.euro($0.amount))" }.joined(separator: "; ") + ")"
        }
        return sentence + "."
    }

    /// The change against the previous period in one sentence, when there is one.
    func comparisonSentence(_ shown: ContributionReport.ShownContributions) -> String? {
        guard let change else { return nil }
        // The change `zvh gemeente` and the appendix show, rounded once from the exact change.
        let difference = change.shown(unit: .euro).final
        let before = shown.finals[memberIndex] - difference
        guard difference != .zero else { return "Dat is evenveel als over \(change.previousTitle)." }
        return "Over de vorige periode (\(change.previousTitle)) was dat \(Self.euro(before)); het verschil is \(Self.euro(difference)) \(difference.isNegative ? "minder" : "meer"). De bijlage laat zien welk deel daarvan eenmalig is."
    }

    /// How and when to pay.
    func paymentParagraphs() -> [String] {
        let count = payments.payments.count
        let instalments = count == 1 ? "in één keer" : "in \(count) termijnen"
        if payments.total == .zero {
            return ["Per saldo hoeft u over deze periode niets te betalen en ontvangt u niets terug."]
        }
        if payments.total.isNegative {
            // A refund: the organisation pays, so there is no account to pay to and no payment term.
            return ["Wij betalen u dit bedrag \(instalments) terug, volgens het schema hieronder; een bedrag met een minteken is een terugbetaling aan u."]
        }
        guard let profile = details.profile else {
            return ["U betaalt dit bedrag in \(count) gelijke termijnen; de vervaldagen volgen de regeling."]
        }
        var paragraphs = [
            "Wij verzoeken u het bedrag \(instalments) over te maken op rekening \(profile.iban) ten name van het \(sender)"
                + (details.reference.map { ", onder vermelding van kenmerk \($0)" } ?? "") + ", volgens het betalingsschema hieronder."
        ]
        let moved = payments.payments.filter(\.isMoved)
        if let first = moved.first, let due = first.dueDate {
            let numbers = moved.count == 1 ? "termijn \(first.instalment)" : "de termijnen \(moved.map { String($0.instalment) }.joined(separator: ", "))"
            paragraphs.append("De gewone vervaldag van \(numbers) ligt vóór het einde van de betalingstermijn van \(profile.paymentTermDays) dagen na de datum van deze brief; u kunt \(moved.count == 1 ? "die termijn" : "die termijnen") tot en met \(due.longDutch) betalen.")
        }
        return paragraphs
    }

    /// The payment schedule: each instalment with its due date, and the total.
    func paymentTable() -> ReportTable {
        let refund = payments.total.isNegative
        var table = ReportTable(
            caption: refund ? "Schema van terugbetaling" : "Betalingsschema",
            columns: [.init("termijn", alignsRight: false), .init(refund ? "terugbetaling op" : "uiterlijk te betalen op", alignsRight: false), .init("bedrag")])
        for payment in payments.payments {
            table.rows.append(ReportTable.Row([.text("Termijn \(payment.instalment)"), .text(payment.dueDate?.longDutch ?? "volgens de regeling"), .amount(payment.amount)]))
        }
        table.rows.append(ReportTable.Row([.text("Totaal"), .empty, .amount(payments.total)], style: .total))
        return table
    }
}
