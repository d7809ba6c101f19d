import Testing
@testable import ZVHFinance

@Suite struct CheckRuleTests {
    typealias F = CheckFixtures

    @Test func aCleanBudgetHasNoFindingsAtAll() throws {
        let clean = F.budget()
        let previous = F.budget(kind: "jaarrekening", year: 2024, columnKind: "werkelijk")
        let budgets = try [F.read(clean, file: "b.json"), F.read(previous, file: "a.json")]
        #expect(Checker.check(budgets) == [])
    }

    @Test func aCleanComputedBegrotingWithAMatchingSettlementHasNoFindings() throws {
        let account = F.budget(
            kind: "jaarrekening", year: 2024, columnKind: "werkelijk",
            income: #"{ "naam": "Rijk", "soort": "rijksbijdrage", "bedragen": { "k": 430 } }, { "naam": "Bijdrage A", "soort": "gemeentelijke-bijdrage", "gemeente": "A", "bedragen": { "k": 400 } }, { "naam": "Bijdrage B", "soort": "gemeentelijke-bijdrage", "gemeente": "B", "bedragen": { "k": 200 } }"#,
            stated: #""resultaat": { "k": 30 }"#)
        let plan = F.budget(
            income: #"{ "naam": "Rijk", "soort": "rijksbijdrage", "bedragen": { "k": 400 } }"#,
            extra: #""verdeelsleutels": [ { "naam": "s", "soort": "gewichten", "gewichten": { "A": 2, "B": 1 } } ], "bijdragen": { "sleutel": "s" }, "verrekening": { "betreft-jaar": 2024, "componenten": [ { "naam": "overschot 2024", "bedrag": -30, "sleutel": "s" } ] }"#,
            stated: #""totaal-baten": { "k": 1000 }, "bijdragen": { "A": { "bijdrage": 400, "verrekening": -20, "definitief": 380 }, "B": { "bijdrage": 200, "verrekening": -10, "definitief": 190 } }"#)
        let budgets = try [F.read(account, file: "a.json"), F.read(plan, file: "b.json")]
        #expect(Checker.check(budgets) == [])
    }

    // MARK: dubbele-regel

    @Test func duplicateLineFiresAndNamesTheMissingMember() throws {
        let previous = F.budget(kind: "jaarrekening", year: 2024, columnKind: "werkelijk")
        let broken = F.budget(
            year: 2025, months: 6,
            income: #"{ "naam": "Rijk", "soort": "rijksbijdrage", "bedragen": { "k": 700 } }, { "naam": "Bijdrage A", "soort": "gemeentelijke-bijdrage", "gemeente": "A", "bedragen": { "k": 200 } }, { "naam": "Bijdrage A", "soort": "gemeentelijke-bijdrage", "gemeente": "A", "bedragen": { "k": 100 } }"#)
        let findings = try F.findings(DuplicateLineRule(), broken, others: [previous])
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .error)
        #expect(findings.first?.hint?.contains("waarschijnlijk B: 100 ≈ 6/12 × 200") == true)
    }

    @Test func duplicateLineIsSilentOnDistinctLabelsAndAcrossGroups() throws {
        #expect(try F.findings(DuplicateLineRule(), F.budget()).isEmpty)
        let sameNameInTwoGroups = F.budget(
            costs: #"{ "groep": "X", "regels": [ { "naam": "Overig", "bedragen": { "k": 500 } } ] }, { "groep": "Y", "regels": [ { "naam": "Overig", "bedragen": { "k": 500 } } ] }"#)
        #expect(try F.findings(DuplicateLineRule(), sameNameInTwoGroups).isEmpty)
    }

    // MARK: ontbrekende-gemeente

    @Test func missingMunicipalityFiresForAMemberWithoutALine() throws {
        let broken = F.budget(income: #"{ "naam": "Rijk", "soort": "rijksbijdrage", "bedragen": { "k": 600 } }, { "naam": "Bijdrage A", "soort": "gemeentelijke-bijdrage", "gemeente": "A", "bedragen": { "k": 400 } }"#)
        let findings = try F.findings(MissingMunicipalityRule(), broken)
        #expect(findings.map(\.message) == ["gemeente B heeft geen bijdrageregel in de baten, de andere gemeenten wel"])
    }

    @Test func missingMunicipalityIsSilentWhenEveryMemberHasALineOrContributionsAreComputed() throws {
        #expect(try F.findings(MissingMunicipalityRule(), F.budget()).isEmpty)
        let computed = try Fixtures.read(Fixtures.minimalBegroting)
        #expect(MissingMunicipalityRule().findings(in: CheckContext(budget: computed)).isEmpty)
    }

    // MARK: som-wijkt-af

    @Test func sumMismatchIsARoundingWarningWithinTheToleranceAndAnErrorBeyond() throws {
        let offByOne = F.budget(stated: #""totaal-lasten": { "k": 1001 }"#)
        let warning = try F.findings(SumMismatchRule(), offByOne)
        #expect(warning.map(\.severity) == [.warning])
        #expect(warning.first?.message.contains("afrondingsverschil") == true)
        let offByTen = F.budget(costs: #"{ "groep": "Personeel", "vermeld": { "k": 910 }, "regels": [ { "naam": "Salarissen", "bedragen": { "k": 900 } } ] }, { "naam": "Huur", "bedragen": { "k": 100 } }"#)
        let error = try F.findings(SumMismatchRule(), offByTen)
        #expect(error.map(\.severity) == [.error])
        #expect(error.first?.expected == Money(euros: 900))
        #expect(error.first?.found == Money(euros: 910))
    }

    @Test func sumMismatchIsSilentWhenTotalsAddUp() throws {
        #expect(try F.findings(SumMismatchRule(), F.budget()).isEmpty)
    }

    // MARK: resultaat-wijkt-af

    @Test func resultMismatchFiresOnAWrongStatedResult() throws {
        let findings = try F.findings(ResultMismatchRule(), F.budget(stated: #""resultaat": { "k": 5 }"#))
        #expect(findings.map(\.severity) == [.error])
    }

    @Test func resultMismatchIsSilentOnACorrectResult() throws {
        #expect(try F.findings(ResultMismatchRule(), F.budget()).isEmpty)
    }

    // MARK: niet-sluitend

    @Test func unbalancedFiresWithTheGap() throws {
        let findings = try F.findings(UnbalancedRule(), F.budget(costs: #"{ "naam": "Huur", "bedragen": { "k": 1100 } }"#, stated: ""))
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("tekort 100") == true)
    }

    @Test func unbalancedIsSilentOnASluitendeBegrotingAndOnActualColumns() throws {
        #expect(try F.findings(UnbalancedRule(), F.budget()).isEmpty)
        let account = F.budget(kind: "jaarrekening", columnKind: "werkelijk", costs: #"{ "naam": "Huur", "bedragen": { "k": 1100 } }"#, stated: "")
        #expect(try F.findings(UnbalancedRule(), account).isEmpty)
    }

    // MARK: verrekening-wijkt-af

    @Test func settlementMismatchFiresWhenMoreIsReturnedThanTheSurplus() throws {
        let account = F.budget(
            kind: "jaarrekening", year: 2024, columnKind: "werkelijk",
            stated: #""verrekening": { "totaal": -50, "regels": { "A": -33, "B": -17 } }"#)
        let findings = try F.findings(SettlementMismatchRule(), account)
        #expect(findings.map(\.severity) == [.error])
        #expect(findings.first?.expected == Money.zero)
        #expect(findings.first?.found == Money(euros: -50))
    }

    @Test func settlementMismatchReportsAHandRoundingPerMemberAsInfo() throws {
        let plan = F.budget(
            income: #"{ "naam": "Rijk", "soort": "rijksbijdrage", "bedragen": { "k": 400 } }"#,
            extra: #""verdeelsleutels": [ { "naam": "s", "soort": "gewichten", "gewichten": { "A": 2, "B": 1 } } ], "bijdragen": { "sleutel": "s" }, "verrekening": { "componenten": [ { "naam": "c", "bedrag": -10, "sleutel": "s" } ] }"#,
            stated: #""bijdragen": { "A": { "verrekening": -6 }, "B": { "verrekening": -4 } }"#)
        let findings = try F.findings(SettlementMismatchRule(), plan)
        // 10 by 2:1 → 6,67 / 3,33 → 7 / 3 by largest remainder; printed 6 / 4.
        #expect(findings.map(\.severity) == [.info, .info])
        #expect(findings.first?.hint?.contains("exact -6,6666…") == true)
    }

    @Test func settlementMismatchIsSilentWhenTheSettlementEqualsTheResult() throws {
        let account = F.budget(kind: "jaarrekening", year: 2024, columnKind: "werkelijk", stated: #""verrekening": { "totaal": 0 }"#)
        #expect(try F.findings(SettlementMismatchRule(), account).isEmpty)
    }

    // MARK: bijdrage-wijkt-af

    @Test func contributionMismatchFiresOnAPrintedContributionThatDiffers() throws {
        let plan = try Fixtures.read(Fixtures.minimalBegroting.replacingOccurrences(of: #""bijdragen": { "sleutel": "s" }"#, with: #""bijdragen": { "sleutel": "s" }, "vermeld": { "bijdragen": { "A": { "bijdrage": 650 } } }"#))
        let findings = ContributionMismatchRule().findings(in: CheckContext(budget: plan))
        #expect(findings.map(\.severity) == [.error])
    }

    @Test func contributionMismatchIsSilentOnMatchingContributions() throws {
        let plan = try Fixtures.read(Fixtures.minimalBegroting.replacingOccurrences(of: #""bijdragen": { "sleutel": "s" }"#, with: #""bijdragen": { "sleutel": "s" }, "vermeld": { "bijdragen": { "A": { "bijdrage": 600 } } }"#))
        #expect(ContributionMismatchRule().findings(in: CheckContext(budget: plan)).isEmpty)
    }

    // MARK: sleutel-ongeldig

    @Test func invalidKeyFiresOnPercentagesNonMembersMissingMembersAndZeros() throws {
        let key = { (body: String) in F.budget(extra: #""verdeelsleutels": [ { "naam": "s", \#(body) } ]"#) }
        let percentages = try F.findings(InvalidKeyRule(), key(#""soort": "percentages", "percentages": { "A": 60, "B": 30 }"#))
        #expect(percentages.map(\.message) == [#"de percentages van verdeelsleutel "s" tellen op tot 90%, niet tot 100%"#])
        let nonMember = try F.findings(InvalidKeyRule(), key(#""soort": "gewichten", "gewichten": { "A": 1, "B": 1, "Cc": 1 }"#))
        #expect(nonMember.first?.message.contains("\"Cc\"") == true)
        let missing = try F.findings(InvalidKeyRule(), key(#""soort": "gewichten", "gewichten": { "A": 1 }"#))
        #expect(missing.map(\.message) == [#"gemeente B ontbreekt in verdeelsleutel "s""#])
        let zeros = try F.findings(InvalidKeyRule(), key(#""soort": "zaken", "zaken": { "A": 0, "B": 0 }"#))
        #expect(zeros.first?.message.contains("alleen gewichten nul") == true)
    }

    @Test func invalidKeyIsSilentOnAValidKey() throws {
        let valid = F.budget(extra: #""verdeelsleutels": [ { "naam": "s", "soort": "percentages", "percentages": { "A": 62.5, "B": 37.5 } } ]"#)
        #expect(try F.findings(InvalidKeyRule(), valid).isEmpty)
    }

    // MARK: pro-rata-afwijking

    @Test func proRataFiresOnAPartYearAmountFarFromThePreviousYear() throws {
        let previous = F.budget(kind: "jaarrekening", year: 2024, columnKind: "werkelijk")
        let half = F.budget(
            year: 2025, months: 6,
            costs: #"{ "naam": "Huur", "bedragen": { "k": 80 } }"#, income: #"{ "naam": "Rijk", "soort": "rijksbijdrage", "bedragen": { "k": 200 } }, { "naam": "Bijdrage A", "soort": "gemeentelijke-bijdrage", "gemeente": "A", "bedragen": { "k": 200 } }, { "naam": "Bijdrage B", "soort": "gemeentelijke-bijdrage", "gemeente": "B", "bedragen": { "k": 100 } }"#, stated: "")
        let findings = try F.findings(ProRataRule(), half, others: [previous])
        // Huur 100 in 2024 → 6/12 × 100 = 50; 80 is 60% higher.
        #expect(findings.map(\.severity) == [.warning])
        #expect(findings.first?.expected == Money(euros: 50))
    }

    @Test func proRataIsSilentWithinTheThresholdAndForFullYears() throws {
        let previous = F.budget(kind: "jaarrekening", year: 2024, columnKind: "werkelijk")
        let half = F.budget(year: 2025, months: 6, costs: #"{ "naam": "Huur", "bedragen": { "k": 52 } }"#, income: #"{ "naam": "Rijk", "soort": "rijksbijdrage", "bedragen": { "k": 200 } }, { "naam": "Bijdrage A", "soort": "gemeentelijke-bijdrage", "gemeente": "A", "bedragen": { "k": 200 } }, { "naam": "Bijdrage B", "soort": "gemeentelijke-bijdrage", "gemeente": "B", "bedragen": { "k": 100 } }"#, stated: "")
        #expect(try F.findings(ProRataRule(), half, others: [previous]).isEmpty)
        #expect(try F.findings(ProRataRule(), F.budget(year: 2025), others: [previous]).isEmpty)
    }

    // MARK: label-variant

    @Test func labelVariantFiresOnASlightlyDifferentLabel() throws {
        let previous = F.budget(year: 2024, costs: #"{ "naam": "Representatiekosten", "bedragen": { "k": 1000 } }"#, stated: "")
        let current = F.budget(year: 2025, costs: #"{ "naam": "Represenatiekosten", "bedragen": { "k": 1000 } }"#, stated: "")
        let findings = try F.findings(LabelVariantRule(), current, others: [previous])
        #expect(findings.map(\.severity) == [.info])
    }

    @Test func labelVariantIsSilentOnEqualLabelsNewLinesAndYearChanges() throws {
        let previous = F.budget(year: 2024, costs: #"{ "naam": "POK 2024", "bedragen": { "k": 1000 } }"#, stated: "")
        let current = F.budget(year: 2025, costs: #"{ "naam": "POK 2025", "bedragen": { "k": 500 } }, { "naam": "Nieuwe regel", "bedragen": { "k": 500 } }"#, stated: "")
        #expect(try F.findings(LabelVariantRule(), current, others: [previous]).isEmpty)
    }

    // MARK: meerdere-bijdrageregels

    @Test func severalContributionLinesFiresOnTwoLabelsForOneMember() throws {
        let two = F.budget(income: #"{ "naam": "Rijk", "soort": "rijksbijdrage", "bedragen": { "k": 400 } }, { "naam": "A", "soort": "gemeentelijke-bijdrage", "gemeente": "A", "bedragen": { "k": 100 } }, { "naam": "Bijdrage A", "soort": "gemeentelijke-bijdrage", "gemeente": "A", "bedragen": { "k": 300 } }, { "naam": "Bijdrage B", "soort": "gemeentelijke-bijdrage", "gemeente": "B", "bedragen": { "k": 200 } }"#)
        #expect(try F.findings(SeveralContributionLinesRule(), two).map(\.severity) == [.info])
    }

    @Test func severalContributionLinesIsSilentOnOneLinePerMember() throws {
        #expect(try F.findings(SeveralContributionLinesRule(), F.budget()).isEmpty)
    }

    // MARK: the seeds

    @Test func findsEveryPublishedMistakeInTheBundledBudgets() throws {
        let files = try BudgetLoader.budgetFiles(in: [Fixtures.packageRoot.appendingPathComponent("Budgets").path])
        let findings = Checker.check(try files.map { try BudgetLoader.load($0) })
        func has(_ rule: String, _ severity: Finding.Severity, _ fragment: String) -> Bool {
            findings.contains { $0.rule == rule && $0.severity == severity && ($0.message + ($0.hint ?? "")).contains(fragment) }
        }
        #expect(has("dubbele-regel", .error, "waarschijnlijk Stein: 48.614 ≈ 7/12 × 83.339"))
        #expect(has("ontbrekende-gemeente", .error, "Stein"))
        #expect(has("som-wijkt-af", .warning, "vermeld 1.707.511, de regels tellen op tot 1.707.510"))
        #expect(has("som-wijkt-af", .warning, "vermeld 996.094, de regels tellen op tot 996.093"))
        #expect(has("resultaat-wijkt-af", .warning, "0, maar baten − lasten van de regels is -/- 1"))
        #expect(has("niet-sluitend", .error, "tekort 27.461"))
        #expect(has("verrekening-wijkt-af", .error, "111.045"))
        #expect(has("verrekening-wijkt-af", .error, "precies het tekort van de begroting"))
        #expect(has("verrekening-wijkt-af", .info, "Leudal"))
        #expect(has("verrekening-wijkt-af", .info, "Roerdalen"))
        #expect(has("label-variant", .info, "Represenatiekosten"))
    }
}
