import ZVHFinance

/// The options every report command shares, as one group (swift-argument-parser's
/// `@OptionGroup`): the format (`--formaat`), the output file (`--uitvoer`), the unit
/// (`--centen`), the explanation (`--uitleg`) and how the books are read
/// (`--alleen-bestand`, `--concept`, declared in ``BooksOptions``). A command lists the
/// ones it offers; one it does not offer keeps its default here. Delivery is in
/// `ReportCommandOptions+Delivery.swift`.
struct ReportCommandOptions: CommandOptions {
    static let format = Option<ReportFormat>("formaat", value: "formaat", help: "Uitvoerformaat.", default: .tekst)
    static let output = Option<String>("uitvoer", value: "bestand", help: "Schrijf naar dit bestand (atomair; nooit over een invoerbestand) in plaats van naar de standaarduitvoer.")
    static let cents = Flag(long: "centen", help: "Toon bedragen in euro's en centen in plaats van afgerond op hele euro's.")
    static let explain = Flag(long: "uitleg", help: "Leg per gemeente uit hoe haar bijdrage tot stand komt.")

    /// The format of the report.
    var format: ReportFormat = .tekst
    /// The file to write the report to; nil for standard output.
    var output: String?
    /// The unit and the explanation the report is rendered with.
    var rendering = ReportOptions()
    /// Which files the books read: the organisation's, or only the named ones.
    var scope: BooksRequest.Scope = .organisation
    /// Whether a document for members is written as a draft when a fout touches its figures.
    var isDraft = false

    /// Options for a file zvh writes for itself (a budget file, an amendment): no
    /// report format of its own.
    init(format: ReportFormat = .tekst, output: String?) {
        self.format = format
        self.output = output
    }

    init(_ commandLine: ParsedCommandLine) throws(OptionFailure) {
        try self.init(commandLine, format: Self.format)
    }

    /// The group read with a command's own declaration of `--formaat` (another default).
    init(_ commandLine: ParsedCommandLine, format formatOption: Option<ReportFormat>) throws(OptionFailure) {
        format = try commandLine.value(formatOption) ?? .tekst
        output = try commandLine.value(Self.output)
        rendering = ReportOptions(unit: commandLine.isSet(Self.cents) ? .cent : .euro, explains: commandLine.isSet(Self.explain))
        scope = commandLine.isSet(BooksOptions.onlyNamedFiles) ? .namedFiles : .organisation
        isDraft = commandLine.isSet(BooksOptions.draft)
    }
}
