import ZVHFinance

/// Parses the arguments of one subcommand against its ``CommandSpec``, following the
/// conventions of swift-argument-parser: `--name value` or `--name=value`, flags,
/// `--` to end options, `-h`/`--help`. It checks the form (known options, a value where
/// one is due, a choice among its values, given once unless repeatable, the number of
/// arguments); the command's ``CommandOptions`` then read the typed values.
enum ArgumentParser {
    /// What parsing produced.
    enum Outcome {
        case parsed(ParsedCommandLine)
        case help
        case failure(String)
    }

    static func parse(_ arguments: [String], for spec: CommandSpec) -> Outcome {
        var commandLine = ParsedCommandLine()
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || !argument.hasPrefix("-") || argument == "-" || isNegativeNumber(argument) {
                commandLine.arguments.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            if argument == "-h" || argument == "--help" { return .help }
            guard argument.hasPrefix("--") else {
                return .failure("onbekende optie '\(argument)'")
            }
            var name = String(argument.dropFirst(2))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            if let flag = spec.flags.first(where: { $0.long == name }) {
                guard inlineValue == nil else { return .failure("de optie '--\(name)' neemt geen waarde") }
                commandLine.set(flag)
                continue
            }
            guard let option = spec.options.first(where: { $0.long == name }) else {
                let known = spec.options.map(\.long) + spec.flags.map(\.long) + ["help"]
                let hint = Spelling.closest(to: name, among: known).map { "; bedoelde u '--\($0)'?" } ?? ""
                return .failure("onbekende optie '--\(name)'\(hint)")
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else {
                guard index < arguments.count else { return .failure("de optie '--\(name)' mist een waarde <\(option.valueName)>") }
                value = arguments[index]
                // `--uitvoer --formaat json` is a forgotten value, not a file named `--formaat`;
                // a value that really starts with `--` is written `--uitvoer=--x`.
                if value.hasPrefix("--"), value.count > 2 {
                    return .failure("de optie '--\(name)' mist een waarde <\(option.valueName)>: '\(value)' is een optie (een waarde die met -- begint schrijft u als --\(name)=\(value))")
                }
                index += 1
            }
            if !option.allowed.isEmpty, !option.allowed.contains(value) {
                return .failure("de waarde '\(value)' van '--\(name)' is ongeldig; kies uit: \(option.allowed.joined(separator: ", "))")
            }
            if !option.isRepeating, !commandLine.texts(of: option).isEmpty {
                return .failure("de optie '--\(name)' is meer dan eens opgegeven")
            }
            commandLine.append(value, for: option)
        }
        let required = spec.arguments.filter { !$0.isOptional }.count
        let repeats = spec.arguments.contains { $0.isRepeating }
        if commandLine.arguments.count < required {
            let missing = spec.arguments[commandLine.arguments.count]
            return .failure("het argument <\(missing.name)> ontbreekt")
        }
        if !repeats, commandLine.arguments.count > spec.arguments.count {
            return .failure("onverwacht argument '\(commandLine.arguments[spec.arguments.count])'")
        }
        return .parsed(commandLine)
    }

    static func isNegativeNumber(_ text: String) -> Bool {
        text.count > 1 && text.dropFirst().allSatisfy { $0.isNumber || $0 == "," || $0 == "." }
    }
}
