/// Help texts in the layout of swift-argument-parser: OVERVIEW, USAGE, ARGUMENTS,
/// OPTIONS, SUBCOMMANDS.
enum HelpFormatter {
    static func usage(of spec: CommandSpec) -> String {
        var parts = ["zvh", spec.name]
        for argument in spec.arguments {
            let name = "<\(argument.name)>" + (argument.isRepeating ? " ..." : "")
            parts.append(argument.isOptional ? "[\(name)]" : name)
        }
        for option in spec.options { parts.append("[--\(option.long) <\(option.valueName)>]" + (option.isRepeating ? " ..." : "")) }
        for flag in spec.flags { parts.append("[--\(flag.long)]") }
        return parts.joined(separator: " ")
    }

    static func help(for spec: CommandSpec) -> String {
        var text = "OVERVIEW: \(spec.abstract)\n"
        if let discussion = spec.discussion { text += "\n" + discussion + "\n" }
        text += "\nUSAGE: \(usage(of: spec))\n"
        if !spec.arguments.isEmpty {
            text += "\nARGUMENTS:\n"
            for argument in spec.arguments { text += row("<\(argument.name)>", argument.help) }
        }
        text += "\nOPTIONS:\n"
        for option in spec.options {
            var help = option.help
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
        "OVERVIEW: Toon hulp bij zvh of bij een subcommando.\n\nUSAGE: zvh help [<subcommand>]\n\nARGUMENTS:\n"
            + row("<subcommand>", "Het subcommando waarover u hulp wilt (zonder: het overzicht van zvh).")
            + "\nOPTIONS:\n" + row("-h, --help", "Toon deze hulp.")
    }

    static func mainHelp(commands: [CommandSpec]) -> String {
        var text = """
            OVERVIEW: Exacte financiën van een Zorg- en Veiligheidshuis: begroting, jaarrekening, bijdragen van gemeenten en controle van gepubliceerde tabellen.

            USAGE: zvh <subcommand>

            OPTIONS:

            """
        text += row("--version", "Toon de versie.")
        text += row("-h, --help", "Toon deze hulp.")
        text += "\nSUBCOMMANDS:\n"
        for command in commands {
            let names = ([command.name] + command.aliases).joined(separator: ", ")
            text += row(names, command.abstract)
        }
        text += row("help", "Toon hulp bij een subcommando.")
        text += "\n  Zie 'zvh help <subcommand>' voor hulp bij een subcommando.\n"
        return text
    }

    static func row(_ label: String, _ help: String) -> String {
        let indent = "  "
        let labelWidth = 26
        if label.count + 2 > labelWidth {
            return indent + label + "\n" + indent + String(repeating: " ", count: labelWidth) + help + "\n"
        }
        return indent + label + String(repeating: " ", count: labelWidth - label.count) + help + "\n"
    }
}
