/// What an organisation's letters say about the sender (`organisatie.json` beside its
/// budgets): its name and address, who signs and in what function, the account and
/// payment term, whom to contact, the days on which the regeling makes advances fall
/// due, and per member to whom its letter goes.
///
/// ```json
/// { "afzender": { "naam": "Zorg- en Veiligheidshuis Midden-Limburg", "adres": ["Postbus 1", "6040 AA Roermond"] },
///   "ondertekenaar": { "naam": "A. de Vries", "functie": "manager" },
///   "iban": "NL91ABNA0417164300", "betalingstermijn": 30,
///   "contact": ["A. de Vries", "0475 000 000"], "vervaldagen": ["01-02", "01-05", "01-08", "01-11"],
///   "gemeenten": [{ "naam": "Leudal", "aan": ["College van B en W", "Postbus 3000", "6093 ZG Heythuysen"] }] }
/// ```
public struct OrganisationProfile: Hashable, Sendable {
    /// One member's addressee.
    public struct Addressee: Hashable, Sendable {
        /// The member, as the budgets spell it.
        public var municipality: String
        /// The address block, line by line.
        public var lines: [String]
        /// The salutation (`Geacht college,`).
        public var salutation: String?
    }

    /// A day of the year on which an instalment falls due (`01-05`: 1 May).
    public struct DueDay: Hashable, Sendable {
        /// The day of the month.
        public var day: Int
        /// The month, 1–12.
        public var month: Int
    }

    /// The sender's name.
    public var sender: String
    /// The sender's address, line by line.
    public var address: [String]
    /// Who signs the letters.
    public var signatory: String
    /// The signatory's function.
    public var function: String
    /// The account the members pay into.
    public var iban: String
    /// The days after the letter's date within which a payment is due.
    public var paymentTermDays: Int
    /// Whom to contact, line by line (name, telephone, e-mail).
    public var contact: [String]
    /// The days on which the instalments fall due, in order; their number is the
    /// number of instalments.
    public var dueDays: [DueDay]
    /// The addressee of each member that has one.
    public var addressees: [Addressee]
    /// A remark on the file itself (that its contact data are an example).
    public var remark: String?

    /// The addressee of a member, when the profile names one.
    public func addressee(of municipality: String) -> Addressee? {
        addressees.first { $0.municipality.lowercased() == municipality.lowercased() }
    }
}
