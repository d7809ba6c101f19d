import Foundation

/// The file names of `zvh brief --alle`: one per letter, never two the same — not even
/// on a file system that ignores case or Unicode normalisation — and never longer
/// than a file system takes.
///
/// The rule, deterministic for the same budget:
/// 1. The natural stem ``ContributionLetter/fileStem``: `bijdragebrief-ORGANISATIE-JAAR-`
///    and the member's name in lower case, every run of characters that are not a
///    letter or digit folded to one `-` (`'s-Gravenhage` → `s-gravenhage`).
/// 2. A stem longer than ``maximumStemBytes`` bytes of UTF-8 is cut at a character
///    and ends in `-` plus eight hexadecimal digits of a hash of the whole name, so two
///    long names that start alike still differ.
/// 3. Members whose stems are equal when case and normalisation are ignored, and a
///    member whose name has no letter or digit at all, get `--N` after the stem, N
///    being the member's position (from 1) in the budget's list (a name without letters
///    or digits as `…-gemeente--N`). A natural stem never holds `--`, so a suffixed
///    name can equal no other name.
///
/// ```swift
/// LetterFileNames.names(["Beek", "Beek!", "Leudal"], organisation: "ml", year: 2022, fileExtension: "json")
/// // ["bijdragebrief-ml-2022-beek--1.json", "bijdragebrief-ml-2022-beek--2.json", "bijdragebrief-ml-2022-leudal.json"]
/// ```
public enum LetterFileNames {
    /// The longest stem in bytes: with `--N` and the longest extension (`.xlsx`) a name
    /// stays well under the 255 bytes of `NAME_MAX`.
    public static let maximumStemBytes = 200

    /// The file name of each member's letter, in the members' order.
    /// - Parameters:
    ///   - members: the members' names as the budget spells them, in its order.
    ///   - organisation: the organisation's code.
    ///   - year: the budget's year.
    ///   - fileExtension: the extension without its dot (`json`).
    /// - Returns: one distinct file name per member.
    /// - Complexity: O(n) in the total length of the names.
    public static func names(_ members: [String], organisation: String, year: Int, fileExtension: String) -> [String] {
        let stems = members.map { member in
            shortened(slug(member).isEmpty ? "bijdragebrief-\(slug(organisation))-\(year)-gemeente" : naturalStem(of: member, organisation: organisation, year: year), name: member)
        }
        var count: [String: Int] = [:]
        for stem in stems { count[collisionKey(stem), default: 0] += 1 }
        return stems.enumerated().map { index, stem in
            let isAlone = count[collisionKey(stem)] == 1 && !slug(members[index]).isEmpty
            return (isAlone ? stem : "\(stem)--\(index + 1)") + "." + fileExtension
        }
    }

    /// The stem before collisions and length are resolved (step 1).
    public static func naturalStem(of member: String, organisation: String, year: Int) -> String {
        "bijdragebrief-\(slug(organisation))-\(year)-\(slug(member))"
    }

    /// Lower case; every run of characters that are not a letter or digit becomes one
    /// `-`, none at either end; composed (NFC).
    /// - Complexity: O(n) in the length of the text.
    public static func slug(_ text: String) -> String {
        var result = ""
        var pendingHyphen = false
        for character in text.lowercased().precomposedStringWithCanonicalMapping {
            guard character.isLetter || character.isNumber else {
                pendingHyphen = true
                continue
            }
            if pendingHyphen, !result.isEmpty { result += "-" }
            pendingHyphen = false
            result.append(character)
        }
        return result
    }

    /// The stem cut to ``maximumStemBytes`` with a hash of the name (step 2).
    static func shortened(_ stem: String, name: String) -> String {
        guard stem.utf8.count > maximumStemBytes else { return stem }
        var kept = ""
        var bytes = 0
        for character in stem {
            let size = character.utf8.count
            guard bytes + size <= maximumStemBytes - 9 else { break }
            kept.append(character)
            bytes += size
        }
        while kept.hasSuffix("-") { kept.removeLast() }
        return kept + "-" + hash(name)
    }

    /// Eight hexadecimal digits of the FNV-1a hash (32 bits) of the name's UTF-8.
    static func hash(_ name: String) -> String {
        var value: UInt32 = 0x811C_9DC5
        for byte in name.utf8 {
            value ^= UInt32(byte)
            value = value &* 0x0100_0193
        }
        let text = String(value, radix: 16)
        return String(repeating: "0", count: 8 - text.count) + text
    }

    /// The stem as a file system that ignores case and normalisation compares it.
    static func collisionKey(_ stem: String) -> String {
        stem.folding(options: [.caseInsensitive], locale: nil).decomposedStringWithCanonicalMapping
    }
}
