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
        name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: "-")
    }
}
