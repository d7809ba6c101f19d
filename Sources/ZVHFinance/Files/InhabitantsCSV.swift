/// Reads inhabitants as CBS publishes them: a CSV `gemeente;inwoners;peildatum;bron`
/// with every member exactly once.
public enum InhabitantsCSV {
    /// The header line.
    public static let header = ["gemeente", "inwoners", "peildatum", "bron"]

    /// The counts per member.
    /// - Throws: ``CSVFileError`` with line and column for a wrong separator or header,
    ///   a count that is not a whole number, a date not written `JJJJ-MM-DD`, an unknown,
    ///   doubled or missing member.
    /// - Complexity: O(n) in the size of the file.
    public static func read(_ bytes: [UInt8], file: String, members: [String]) throws(CSVFileError) -> [String: Inhabitants] {
        let table = try SemicolonTable(bytes, file: file, header: header)
        var result: [String: Inhabitants] = [:]
        for row in table.rows {
            let count = try table.wholeNumber(row[1])
            guard count <= 100_000_000 else { throw table.error(at: row[1], "\(row[1].text) inwoners is meer dan 100 miljoen") }
            guard DocumentReader.isDate(row[2].text) else {
                throw table.error(at: row[2], "een peildatum schrijft u als JJJJ-MM-DD (bv. 2025-01-01), niet '\(DutchNumber.shortened(row[2].text))'")
            }
            guard !row[3].text.isEmpty else { throw table.error(at: row[3], "de bron ontbreekt (bv. CBS StatLine, bevolking op 1 januari)") }
            result[row[0].text] = Inhabitants(count: count, referenceDate: row[2].text, source: row[3].text)
        }
        _ = try table.rowsByMember(members, what: "het aantal inwoners")
        return result
    }
}
