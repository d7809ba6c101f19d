/// Help texts in the layout of swift-argument-parser, in Dutch: OMSCHRIJVING, GEBRUIK,
/// ARGUMENTEN, OPTIES, SUBCOMMANDO'S; and the frame of a usage error (`Fout:`,
/// `Gebruik:`, `Zie 'zvh help …'`). Every command's help and error use these.
enum HelpFormatter {
    /// The section headings, in the order a help page shows them.
    enum Section: String {
        case overview = "OMSCHRIJVING"
        case usage = "GEBRUIK"
        case arguments = "ARGUMENTEN"
        case options = "OPTIES"
        case subcommands = "SUBCOMMANDO'S"
    }

    /// The placeholder for a subcommand in usage lines.
    static let subcommand = "<subcommando>"

    /// The usage line of a command: required arguments and options bare, optional ones
    /// in brackets, `...` after a repeatable one.
    static func usage(of spec: CommandSpec) -> String {
        var parts = ["zvh", spec.name]
        for argument in spec.arguments {
            let name = "<\(argument.name)>" + (argument.isRepeating ? " ..." : "")
            parts.append(argument.isOptional ? "[\(name)]" : name)
        }
        for option in spec.options {
            let name = "--\(option.long) <\(option.valueName)>"
            parts.append((option.isRequired ? name : "[\(name)]") + (option.isRepeating ? " ..." : ""))
        }
        for flag in spec.flags { parts.append("[--\(flag.long)]") }
        return parts.joined(separator: " ")
    }

    /// The lines of a usage error on standard error: what is wrong, the usage, and
    /// where to read more.
    static func usageError(_ message: String, usage: String, command: String?) -> String {
        "Fout: \(message)\nGebruik: \(usage)\n  Zie 'zvh \(command.map { "help \($0)" } ?? "--help")' voor meer informatie.\n"
    }

    static func heading(_ section: Section) -> String {
        section.rawValue + ":"
    }

    static func help(for spec: CommandSpec) -> String {
        var text = "\(heading(.overview)) \(spec.abstract)\n"
        if let discussion = spec.discussion { text += "\n" + discussion + "\n" }
        text += "\n\(heading(.usage)) \(usage(of: spec))\n"
        if !spec.arguments.isEmpty {
            text += "\n\(heading(.arguments))\n"
            for argument in spec.arguments { text += row("<\(argument.name)>", argument.help) }
        }
        text += "\n\(heading(.options))\n"
        for option in spec.options {
            var help = option.help
            if option.isRequired { help += " (verplicht)" }
            if !option.allowed.isEmpty { help += " (waarden: \(option.allowed.joined(separator: ", ")))" }
            if let value = option.defaultValue { help += " (standaard: \(value))" }
            text += row("--\(option.long) <\(option.valueName)>", help)
        }
        for flag in spec.flags { text += row("--\(flag.long)", flag.help) }
        text += row("-h, --help", "Toon deze hulp.")
        if !spec.aliases.isEmpty { text += "\nOok bekend als: \(spec.aliases.joined(separator: ", "))\n" }
        return text
    }

    /// The help of `zvh help`.
    static var helpOfHelp: String {
        "\(heading(.overview)) Toon hulp bij zvh of bij een subcommando.\n\n\(heading(.usage)) zvh help [\(subcommand)]\n\n\(heading(.arguments))\n"
            + row(subcommand, "Het subcommando waarover u hulp wilt (zonder: het overzicht van zvh).")
            + "\n\(heading(.options))\n" + row("-h, --help", "Toon deze hulp.")
    }

    static func mainHelp(commands: [CommandSpec]) -> String {
        var text = """
            \(heading(.overview)) Exacte financiën van een Zorg- en Veiligheidshuis: begroting, jaarrekening, bijdragen van gemeenten en controle van gepubliceerde tabellen.

            \(heading(.usage)) zvh \(subcommand)

            \(heading(.options))

            """
        text += row("--version", "Toon de versie.")
        text += row("-h, --help", "Toon deze hulp.")
        text += "\n\(heading(.subcommands))\n"
        for command in commands {
            // The names one by one: the first `joined(separator:)` of a process is the
            // standard library's unspecialised one (a fifth of `zvh help`).
            let names = command.aliases.reduce(command.name) { $0 + ", " + $1 }
            text += row(names, command.abstract)
        }
        text += row("help", "Toon hulp bij een subcommando.")
        text += "\n  Zie 'zvh help \(subcommand)' voor hulp bij een subcommando.\n"
        return text
    }

    static func row(_ label: String, _ help: String) -> String {
        let indent = "  "
        let labelWidth = 26
        if label.count + 2 > labelWidth {
            return indent + label + "\n" + indent + blanks + help + "\n"
        }
        // Cut from the blanks: `String(repeating:count:)` appends one space at a time.
        return indent + label + String(Substring(blanks.utf8.prefix(labelWidth - label.count))) + help + "\n"
    }

    /// The width of a row's label column in spaces.
    private static let blanks = "                          "
}
