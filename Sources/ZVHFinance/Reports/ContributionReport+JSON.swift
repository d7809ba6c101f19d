/// The contributions as JSON, described once on a ``JSONSink``: written straight as
/// bytes in a streamed report, built as a value where one is asked for.
extension ContributionReport {
    /// Writes the contributions as JSON members of a report: `bijdragen` (per member
    /// `gemeente`, `aandeel` (percentage of the total distributed, a number with four
    /// decimals), `sleutel` (`gewicht`, `aandeel`) where one key applies, `bijdrage`,
    /// `verrekening`, per part and per component, `definitief`, `inwoners`,
    /// `bevindingen`), `totaal-bijdragen`, `verdeling` and `verrekening`.
    /// - Complexity: linear in the members times the parts and components.
    static func writeJSONMembers(_ statement: ContributionStatement, notes: (String) -> [Int] = { _ in [] }, to sink: inout some JSONSink) {
        sink.member("bijdragen", array: statement.members) { sink, member in
            sink.openObject()
            sink.member("gemeente", member.municipality)
            sink.member("aandeel", member.share.json)
            if let weight = member.keyWeight, let share = member.keyShare {
                sink.member("sleutel") { sink in
                    sink.member("gewicht", .quantity(weight))
                    sink.member("aandeel", share.json)
                }
            }
            sink.member("bijdrage", amount: member.contribution)
            if !statement.passedOn.isZero { sink.member("ontvangt", amount: member.received) }
            sink.member("verrekening", amount: member.settlement)
            if statement.parts.count > 1 {
                sink.member("bijdrage-per-deel") { sink in
                    for (part, amount) in zip(statement.parts, member.partAmounts) {
                        sink.writeKey(part.name)
                        sink.writeAmount(amount)
                    }
                }
            }
            if !statement.settlementSplits.isEmpty {
                sink.member("verrekening-per-component") { sink in
                    for (split, amount) in zip(statement.settlementSplits, member.settlementParts) {
                        sink.writeKey(split.component.name)
                        sink.writeAmount(amount)
                    }
                }
            }
            sink.member("definitief", amount: member.final)
            if let inhabitants = member.inhabitants { sink.member("inwoners", .number(String(inhabitants))) }
            if let perInhabitant = member.finalPerInhabitant { sink.member("per-inwoner", amount: perInhabitant) }
            let numbers = notes(member.municipality)
            if !numbers.isEmpty { sink.member("bevindingen", array: numbers) { $0.writeInteger($1) } }
            sink.close(object: true)
        }
        sink.writeKey("totaal-bijdragen")
        writeTotals(statement, to: &sink)
        switch statement.basis {
        case .computed(let parts):
            func writePart(_ part: FinancingPart, to sink: inout some JSONSink) {
                sink.member("lasten", amount: part.coverage.costs)
                sink.member("overige-baten", array: part.coverage.otherIncome) { sink, income in
                    sink.writeObject { sink in
                        sink.member("naam", income.name)
                        sink.member("bedrag", amount: income.amount)
                    }
                }
                sink.member("te-verdelen", amount: part.coverage.amountToDistribute)
                sink.member("sleutel", part.split.key.name)
                sink.member("deelnemers", array: part.participants) { $0.writeString($1) }
                sink.member("afronding", "\(part.split.allocation.unit.rawValue), \(part.split.method.shortDutchName)")
                sink.member("methode", part.split.method.rawValue)
                writeRoundingLine(part.split, to: &sink)
                sink.writeKey("afleiding")
                writeSplitDerivation(part.split, to: &sink)
            }
            sink.member("verdeling") { sink in
                sink.member("kolom", statement.column.name)
                if parts.count == 1, let only = parts.first {
                    writePart(only, to: &sink)
                } else {
                    sink.member("delen", array: parts) { sink, part in
                        sink.writeObject { sink in
                            sink.member("naam", part.name)
                            sink.member("thema", part.isTheme)
                            writePart(part, to: &sink)
                        }
                    }
                }
            }
        case .givenLines:
            sink.member("verdeling") { sink in
                sink.member("kolom", statement.column.name)
                sink.member("bijdragen-uit", "regels van soort gemeentelijke-bijdrage")
            }
        }
        if !statement.settlementSplits.isEmpty {
            sink.member("verrekening") { sink in
                sink.member("componenten", array: statement.settlementSplits) { sink, split in
                    sink.writeObject { sink in
                        sink.member("naam", split.component.name)
                        sink.member("bedrag", amount: split.component.amount)
                        sink.member("sleutel", split.split.key.name)
                        sink.member("methode", split.split.method.rawValue)
                        sink.member("verdeling") { sink in
                            for (participant, part) in zip(split.split.participants, split.split.parts) {
                                sink.writeKey(participant)
                                sink.writeAmount(part)
                            }
                        }
                        sink.writeKey("afleiding")
                        writeSplitDerivation(split.split, to: &sink)
                    }
                }
            }
        }
    }

    /// The totals of the contributions: bijdrage, verrekening, definitief, and the
    /// key's total weight where one key applies.
    static func totals(_ statement: ContributionStatement) -> JSONOutput {
        JSONOutput.built { writeTotals(statement, to: &$0) }
    }

    static func writeTotals(_ statement: ContributionStatement, to sink: inout some JSONSink) {
        sink.openObject()
        sink.member("bijdrage", amount: statement.totalContribution)
        sink.member("verrekening", amount: statement.totalSettlement)
        sink.member("definitief", amount: statement.totalFinal)
        if !statement.passedOn.isZero {
            sink.member("doorgegeven", amount: statement.passedOn)
        }
        if statement.hasRoundingLine {
            sink.member("afronding", amount: statement.roundingDifference)
            sink.member("bijdrage-met-afronding", amount: statement.totalDistributed)
            sink.member("definitief-met-afronding", amount: statement.totalWithRounding)
        }
        if let total = statement.members.first?.keyWeightTotalMillionths {
            sink.member("gewicht-in-sleutel", .number(Quantity.jsonNumber(millionths: total)))
        }
        sink.close(object: true)
    }

    /// The afronding line of a split computed per municipality (`afrondingsregel`);
    /// nothing by the largest remainder, which has none.
    static func writeRoundingLine(_ split: KeySplit, to sink: inout some JSONSink) {
        switch split.method {
        case .largestRemainder: break
        case .perMunicipality: sink.member("afrondingsregel", amount: split.roundingDifference)
        }
    }

    /// A key split's recorded derivation as JSON: per participant the exact share (as
    /// `teller`/`noemer` in cents), the share rounded toward zero, whether it received
    /// a leftover unit and its turn; for a mix, per part.
    static func writeSplitDerivation(_ split: KeySplit, to sink: inout some JSONSink) {
        if let phase = split.phaseIn, let old = split.phaseInOld, let new = split.phaseInNew {
            sink.writeObject { $0.member("ingroei", phase.json(old: old, new: new, parts: split.parts, participants: split.participants)) }
            return
        }
        if !split.components.isEmpty {
            sink.writeObject { sink in
                sink.member("mix", array: split.components) { sink, component in
                    sink.writeObject { sink in
                        sink.member("sleutel", component.key.name)
                        sink.writeKey("afleiding")
                        writeSplitDerivation(component, to: &sink)
                    }
                }
            }
            return
        }
        sink.writeArray(zip(split.participants, split.derivations)) { sink, pair in
            let (participant, derivation) = pair
            sink.openObject()
            sink.member("gemeente", participant)
            sink.member("exact-teller-centen", .number(String(derivation.exact.numeratorCents)))
            sink.member("exact-noemer", .number(String(derivation.exact.denominator)))
            sink.member("methode", derivation.method.rawValue)
            switch derivation.method {
            case .largestRemainder:
                sink.member("afgekapt", amount: derivation.truncated)
                sink.member("resterende-eenheid", derivation.receivedLeftoverUnit)
                sink.member("volgorde-rest", integer: derivation.turn)
                sink.member("deel", amount: derivation.part)
            case .perMunicipality:
                sink.member("afgerond", derivation.method.rule.rawValue)
                sink.member("deel", amount: derivation.part)
            }
            sink.close(object: true)
        }
    }
}
