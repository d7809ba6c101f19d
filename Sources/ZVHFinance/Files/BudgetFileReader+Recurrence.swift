/// Reading whether a line is incidental (`incidenteel`) and which reserve a movement
/// names (`reserve`).
extension DocumentReader {
    /// `incidenteel`: `true`, `false`, or the years the line occurs (ascending, at most
    /// ``Recurrence/longestIncidentalSpan`` of them, the document's year among them).
    func readRecurrence(_ object: ObjectReader) throws(BudgetFileError) -> Recurrence? {
        guard let member = object.member("incidenteel") else { return nil }
        let at = object.origin(of: "incidenteel")
        switch member.value.kind {
        case .bool(let isIncidental):
            return isIncidental ? .incidental(years: []) : .structural
        case .array:
            var years: [Int] = []
            for element in try object.array("incidenteel") ?? [] {
                let value = try object.quantityValue(element.value, path: element.path)
                let place = FieldLocation(path: element.path, location: element.value.location)
                guard value.isWhole, let year = Int(exactly: value.millionths / Quantity.unit), Period.acceptedYears.contains(year) else {
                    throw .invalidValue(file: file, at: place, message: "een jaar van een incidentele regel is een jaartal tussen \(Period.acceptedYears.lowerBound) en \(Period.acceptedYears.upperBound), niet \(value.dutch())")
                }
                if let last = years.last, year <= last {
                    throw .invalidValue(file: file, at: place, message: "de jaren van een incidentele regel staan oplopend en elk één keer (\(year) na \(last))")
                }
                years.append(year)
            }
            guard !years.isEmpty else {
                throw .invalidValue(file: file, at: at, message: "noem de jaren waarin de regel voorkomt (bv. [\(year)]) of schrijf true")
            }
            guard let first = years.first, let last = years.last, last - first < Recurrence.longestIncidentalSpan else {
                throw .invalidValue(file: file, at: at, message: "incidenteel is hoogstens \(Recurrence.longestIncidentalSpan) jaar (Commissie BBV); \(years.map(String.init).joined(separator: ", ")) is structureel")
            }
            guard years.contains(year) else {
                throw .invalidValue(file: file, at: at, message: "de regel is incidenteel voor \(years.map(String.init).joined(separator: ", ")) en hoort dus niet in een document over \(year)")
            }
            return .incidental(years: years)
        default:
            throw .wrongType(file: file, at: at, expected: "true, false of een lijst van jaren ([\(year)])", found: member.value.dutchTypeName)
        }
    }

    /// `reserve`: the name of the reserve a movement adds to or draws from; only on a
    /// line of soort reserve-toevoeging or reserve-onttrekking, and a reserve of the
    /// file's `reserves` where the file has them.
    func readReserveName(_ object: ObjectReader, kind: LineKind?) throws(BudgetFileError) -> String? {
        guard let name = try object.string("reserve") else { return nil }
        guard kind?.isReserveMovement == true else {
            throw .invalidValue(file: file, at: object.origin(of: "reserve"), message: "alleen een regel van soort \"reserve-toevoeging\" of \"reserve-onttrekking\" noemt een reserve")
        }
        return name
    }
}
