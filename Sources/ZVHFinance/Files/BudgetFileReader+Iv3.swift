/// Reading a line's Iv3 tags: `taakveld` (`1.2`, `0.10`) and `categorie` (`3.5.1`).
extension DocumentReader {
    /// An Iv3 code: digits in groups separated by single dots, at most 12 characters.
    func readIv3Code(_ object: ObjectReader, key: String) throws(BudgetFileError) -> String? {
        guard let code = try object.string(key) else { return nil }
        let groups = code.split(separator: ".", omittingEmptySubsequences: false)
        guard code.count <= 12, (1...4).contains(groups.count), groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else {
            let example = key == "taakveld" ? "1.2 of 0.10" : "3.5.1 of 4.3.2"
            throw .invalidValue(file: file, at: object.origin(of: key), message: "een Iv3-\(key) is een code van cijfers en punten, zoals \(example); niet \"\(code)\"")
        }
        return code
    }
}
