/// Text from a file as a message quotes it: bounded, so that a message stays one short
/// line whatever the file holds (a name of a million characters, ten thousand members).
///
/// ```swift
/// MessageText.quoted(String(repeating: "a", count: 1_000))   // 60 × "a" + "…"
/// MessageText.list(["Aa", "Bee"])                           // "Aa, Bee"
/// ```
public enum MessageText {
    /// The most characters of one quoted text.
    public static let maximumQuoted = 60
    /// The most names of a list.
    public static let maximumListed = 20

    /// The text, cut after ``maximumQuoted`` characters with `…`.
    /// - Complexity: O(``maximumQuoted``).
    public static func quoted(_ text: String) -> String {
        guard text.utf8.count > maximumQuoted else { return text }
        var result = ""
        for character in text.prefix(maximumQuoted + 1) { result.append(character) }
        return result.count > maximumQuoted ? String(result.prefix(maximumQuoted)) + "…" : result
    }

    /// Names joined by `, `, each quoted, at most ``maximumListed`` and then how many
    /// more (`… en 9.980 andere`).
    /// - Complexity: O(``maximumListed`` × ``maximumQuoted``).
    public static func list(_ names: [String]) -> String {
        let shown = names.prefix(maximumListed).map(quoted).joined(separator: ", ")
        return names.count > maximumListed ? shown + " … en \(DutchDigits.grouped(String(names.count - maximumListed))) andere" : shown
    }

    /// A number a message quotes back: at most 24 characters, then `…`.
    static func shortened(_ text: String) -> String {
        text.count > 24 ? String(text.prefix(24)) + "…" : text
    }
}
