import Testing
@testable import ZVHFinance

@Suite struct OrganisationProfileReaderTests {
    static let valid = """
        {
          "afzender": { "naam": "ZVH", "adres": ["Postbus 1", "6040 AA Roermond"] },
          "ondertekenaar": { "naam": "A. Voorbeeld", "functie": "manager" },
          "iban": "NL91 ABNA 0417 1643 00",
          "contact": ["A. Voorbeeld"],
          "vervaldagen": ["01-02", "01-05"],
          "gemeenten": [{ "naam": "Leudal", "aan": ["College", "Postbus 3000"], "aanhef": "Geacht college," }]
        }
        """

    func read(_ text: String) throws(BudgetFileError) -> OrganisationProfile {
        try OrganisationProfileReader.read(Array(text.utf8), file: "organisatie.json")
    }

    @Test func readsEveryPartOfTheProfile() throws {
        let profile = try read(Self.valid)
        #expect(profile.sender == "ZVH")
        #expect(profile.paymentTermDays == 30)
        #expect(profile.dueDays.map(\.month) == [2, 5])
        #expect(profile.addressee(of: "leudal")?.lines == ["College", "Postbus 3000"])
    }

    @Test func mistakesNameFileLineAndColumnInDutch() {
        let cases: [(String, String, String)] = [
            ("\"NL91 ABNA 0417 1643 00\"", "\"NL92 ABNA 0417 1643 00\"", "organisatie.json:4:11: fout: 'iban': 'NL92 ABNA 0417 1643 00' is geen geldig IBAN"),
            ("\"01-05\"]", "\"31-02\"]", "organisatie.json:6:18: fout: 'vervaldagen': vervaldag 2 '31-02' is geen dag van het jaar"),
            ("\"contact\"", "\"kontakt\"", "organisatie.json:5:3: fout: onbekende sleutel \"kontakt\""),
        ]
        for (original, replacement, expected) in cases {
            do {
                _ = try read(Self.valid.replacingOccurrences(of: original, with: replacement))
                Issue.record("accepted: \(replacement)")
            } catch {
                #expect(error.errorDescription?.hasPrefix(expected) == true, "\(error.errorDescription ?? "")")
            }
        }
    }

    @Test func theBundledProfilesAreReadAndMarkedAsExamples() throws {
        for organisation in ["midden-limburg", "noord-limburg", "westelijke-mijnstreek"] {
            let path = Fixtures.budgetPath("\(organisation)/organisatie.json")
            let profile = try OrganisationProfileReader.read(try BudgetLoader.readBytes(path), file: path)
            #expect(profile.remark?.hasPrefix("VOORBEELD") == true)
            #expect(!profile.addressees.isEmpty)
        }
    }
}
