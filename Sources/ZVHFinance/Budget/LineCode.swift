/// The codes that identify lines and groups across years where the file does not
/// write them: the members' computed contributions.
///
/// A file's own codes are free text (`personeel.formatie`, a ledger account). The
/// computed contributions of a begroting stand as one entry with the code
/// ``computedContributions`` and one per member `bijdragen-gemeenten.<gemeente>` (the
/// name in lower case, spaces as `-`), so a group "Bijdrage gemeenten" of an earlier
/// year with those codes lines up with them.
public enum LineCode {
    /// The code of a begroting's computed contributions.
    public static let computedContributions = "bijdragen-gemeenten"

    /// The code of one member's computed contribution (`bijdragen-gemeenten.echt-susteren`).
    public static func memberContribution(_ municipality: String) -> String {
        computedContributions + "." + slug(municipality)
    }

    /// A name as a code part: lower case, each run of spaces as one `-`.
    /// - Complexity: O(n) in the length of the name.
    public static func slug(_ name: String) -> String {
        // An ASCII name (nearly every one) in one pass over its bytes: A–Z lowered, each
        // run of the ASCII white space (tab to carriage return, space) one `-`.
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(name.utf8.count)
            var separates = false
            for byte in name.utf8 {
                if byte == UInt8(ascii: " ") || (0x09...0x0D).contains(byte) {
                    separates = !bytes.isEmpty
                    continue
                }
                if separates {
                    bytes.append(UInt8(ascii: "-"))
                    separates = false
                }
                bytes.append((UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 0x20 : byte)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: "-")
    }
}
