/// Reading the stable codes of lines and groups (`code`), unique within a file.
extension DocumentReader {
    /// The longest code a file may give (a ledger account or a dotted name fits easily).
    static let longestCode = 100

    /// The `code` of a line or group, checked and remembered so that a second entry
    /// with the same code is refused.
    mutating func readCode(_ object: ObjectReader) throws(BudgetFileError) -> String? {
        guard let code = try object.string("code") else { return nil }
        let at = object.origin(of: "code")
        guard code.count <= Self.longestCode else {
            throw .invalidValue(file: file, at: at, message: "een code is hoogstens \(Self.longestCode) tekens lang, deze heeft er \(code.count)")
        }
        // A printable ASCII code without spaces (nearly every code) needs no further look.
        let isPlainASCII = code.utf8.allSatisfy { (0x21...0x7E).contains($0) }
        guard isPlainASCII || ControlCharacters.isClean(code) && !code.contains(where: { $0.isWhitespace }) else {
            throw .invalidValue(file: file, at: at, message: "een code bevat geen spaties of stuurtekens (bv. \"personeel.formatie\" of een grootboekrekening als \"6.100.10\")")
        }
        if let earlier = codes[code] {
            throw .invalidValue(file: file, at: at, message: "de code \"\(code)\" staat al bij '\(earlier.path)' (regel \(earlier.location.line)); een code hoort bij één regel of groep")
        }
        codes[code] = object.origin
        return code
    }
}
