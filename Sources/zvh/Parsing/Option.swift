import ZVHFinance

/// One option with a value, declared once: its long name, value name and Dutch help
/// (what the parser and the help read, ``OptionSpec``) and the typed parser of its text,
/// as swift-argument-parser's `@Option` with an `ExpressibleByArgument` value.
///
/// A command reads its options through these declarations (``ParsedCommandLine/value(_:)``),
/// never by a name in a string; a value the parser refuses is a usage error (exit 64)
/// whose message names the option.
///
///     static let through = Option<BookingDate>("tot", value: "datum", help: "Tel boekingen t/m deze datum.") { text throws(OptionFailure) in
///         guard let date = BookingDate(iso: text) else { throw OptionFailure("--tot verwacht een datum JJJJ-MM-DD (bv. 2021-11-08), niet '\(text)'") }
///         return date
///     }
struct Option<Value: Sendable>: OptionDeclaration {
    /// The option as the parser and the help see it.
    private(set) var spec: OptionSpec
    /// The value of one text given for the option; a failure names the option.
    let parse: @Sendable (String) throws(OptionFailure) -> Value

    /// Declares an option.
    /// - Parameters:
    ///   - long: the name after `--`.
    ///   - valueName: the placeholder in usage and help (`<datum>`).
    ///   - help: the Dutch help line.
    ///   - allowed: the texts allowed, when the value is a choice (checked by the parser, listed in help).
    ///   - defaultText: the text that stands for the option when it is not given (parsed as given, shown in help).
    ///   - isRepeating: whether the option may be given more than once.
    ///   - isRequired: whether usage and help show it as required (the options value checks it).
    ///   - namesInput: whether its value names an input file that `--uitvoer` must never replace
    ///     (besides the options whose value is a `bestand` or a `csv`, see ``OptionSpec/namesInputFile``).
    ///   - parse: the typed parser.
    init(
        _ long: String, value valueName: String, help: String, allowed: [String] = [], default defaultText: String? = nil,
        isRepeating: Bool = false, isRequired: Bool = false, namesInput: Bool = false,
        parse: @escaping @Sendable (String) throws(OptionFailure) -> Value
    ) {
        spec = OptionSpec(
            long: long, valueName: valueName, help: help, allowed: allowed, defaultValue: defaultText, isRepeating: isRepeating,
            isRequired: isRequired, namesInput: namesInput)
        self.parse = parse
    }

    var declaration: Declaration { .option(spec) }
}

extension Option where Value == String {
    /// An option whose value is taken as written: a path, a name.
    init(
        _ long: String, value valueName: String, help: String, isRepeating: Bool = false, isRequired: Bool = false, namesInput: Bool = false
    ) {
        self.init(long, value: valueName, help: help, isRepeating: isRepeating, isRequired: isRequired, namesInput: namesInput) { text throws(OptionFailure) in text }
    }
}

extension Option where Value: CaseIterable & RawRepresentable, Value.RawValue == String {
    /// A choice among the Dutch raw values of a closed set: the parser refuses any other
    /// text (`kies uit: …`) and the help lists them.
    init(_ long: String, value valueName: String, help: String, default defaultValue: Value? = nil) {
        let allowed = Value.allCases.map(\.rawValue)
        self.init(long, value: valueName, help: help, allowed: allowed, default: defaultValue?.rawValue) { text throws(OptionFailure) in
            guard let value = Value(rawValue: text) else {
                throw OptionFailure("de waarde '\(text)' van '--\(long)' is ongeldig; kies uit: \(allowed.joined(separator: ", "))")
            }
            return value
        }
    }
}

/// An option without a value (`--strikt`): set or not.
struct Flag: OptionDeclaration {
    /// The name after `--`.
    var long: String
    /// The Dutch help line.
    var help: String

    var declaration: Declaration { .flag(self) }
}

/// An option or a flag as the parser and the help see it.
enum Declaration: Sendable {
    case option(OptionSpec)
    case flag(Flag)
}

/// What a command's list of options holds: ``Option`` values of any type and ``Flag``s.
protocol OptionDeclaration: Sendable {
    /// The option or flag as the parser and the help see it.
    var declaration: Declaration { get }
}

/// Why an option's value is refused: the message of a usage error (exit 64), naming the option.
struct OptionFailure: Error, Sendable {
    var message: String
    init(_ message: String) { self.message = message }
}

extension Option {
    /// The same option (name, value and parser) with another help line: one option a
    /// group parses, listed by each command in its own words.
    func helping(_ help: String) -> Option {
        var copy = self
        copy.spec.help = help
        return copy
    }
}
