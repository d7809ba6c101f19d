// libFuzzer harness for the whole command line, run in-process: compiled into one module
// with the library sources and the `zvh` sources minus main.swift (see .fuzz/run), so the
// option parser, every command, the loaders, the computations, the checks and the
// delivery step are instrumented. Each input is split at its first 0x00 byte: the bytes
// before choose the arguments from the real option grammar (`ZVH.commands`: names,
// options, allowed values, flags) plus mutations; the bytes after are written to a temp
// folder as a budget file, a scenario file and a CSV file that the arguments may name,
// next to the bundled budgets. Output goes to in-memory streams; `--uitvoer` may only
// name files in the temp folder (or the inputs, which must be refused).
//
// Besides traps, the harness checks the promises of the command line: a known exit
// status, nothing on stdout when the status is 64/65/66/73, and no raw control
// characters from a file on stdout or stderr except the line breaks and tabs a report
// keeps (and the colours of `zvh check`, never asked for here).

import Foundation

let fuzzFolder: String = {
    let path = NSTemporaryDirectory() + "zvh-fuzz-cli-\(getpid())"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}()
let fuzzBudget = fuzzFolder + "/fuzz.json"
let fuzzScenario = fuzzFolder + "/scenario.json"
let fuzzCSV = fuzzFolder + "/fuzz.csv"

/// The repository root, where .fuzz/run starts the harness.
let repositoryRoot = FileManager.default.currentDirectoryPath

/// The bundled budgets and scenarios (absolute paths).
let bundledFiles: [String] = {
    let root = repositoryRoot + "/Budgets"
    let files = (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? [])
        .filter { $0.hasSuffix(".json") && !$0.contains("schema") }.sorted()
    return files.map { root + "/" + $0 }
}()

/// Paths an argument or an option value can name.
let fuzzPaths: [String] = [fuzzBudget, fuzzBudget, fuzzScenario, fuzzCSV, fuzzFolder, fuzzFolder + "/missing.json", repositoryRoot + "/Budgets", "-"]
    + bundledFiles

/// Values typical of the options, including the edges of every documented limit.
let fuzzValues: [String] = [
    "", "0", "1", "-1", "2", "3", "12", "13", "30", "31", "100000", "100001", "2024", "1e9", "999999999999999", "9223372036854775807",
    "0%", "1%", "-50%", "-51%", "100%", "101%", "75%", "2,5%", "2.5%", "%",
    "personeel=2%", "overig=75%", "materieel=-50%", "rijksbijdrage=100%", "personeel=", "=1", "@", "@@", "A@", "@B",
    "procesregie=+1", "procesregie=+10000", "procesregie=-10000", "procesregie=+1000000000", "procesregie@T=+1",
    "A", "B", "Beek", "beek", "BEEK", "Venlo", "Roermond", "Leudal", "Nederweert", "Maasgouw",
    "v:fte procesregie=+1", "v:", ":", "a,b", "lasten,begrotingssaldo", "lasten", "pok", "begrotingssaldo",
    "index.personeel=0%..10%:1%", "index.overig=-50%..100%:1%", "fte.procesregie=0..3:1", "x=1..2:0",
    "w", "i", "inwoners", "gelijk", "A\nB", "A\u{1B}[31m", "A|B", "ä", "e\u{301}", String(repeating: "x", count: 300),
]

struct FuzzBytes {
    var bytes: ArraySlice<UInt8>
    mutating func next() -> Int? { bytes.popFirst().map(Int.init) }
    mutating func pick<T>(_ values: [T]) -> T? {
        guard !values.isEmpty, let byte = next() else { return nil }
        return values[byte % values.count]
    }
    /// A short string taken from the control bytes themselves.
    mutating func text() -> String {
        let count = (next() ?? 0) % 24
        let taken = bytes.prefix(count)
        bytes = bytes.dropFirst(count)
        return String(decoding: taken, as: UTF8.self)
    }
}

func fuzzArguments(_ control: ArraySlice<UInt8>) -> [String] {
    var source = FuzzBytes(bytes: control)
    var arguments: [String] = []
    let commandNames = ZVH.commands.flatMap { [$0.name] + $0.aliases }
    guard let first = source.next() else { return [] }
    let command: CommandSpec?
    switch first % (commandNames.count + 4) {
    case commandNames.count: arguments.append("help"); command = nil
    case commandNames.count + 1: arguments.append(first & 0x80 == 0 ? "--version" : "--help"); command = nil
    case commandNames.count + 2: arguments.append(source.text()); command = nil
    case commandNames.count + 3: arguments.append(commandNames[Int(first) % commandNames.count].uppercased()); command = nil
    default:
        let name = commandNames[Int(first) % commandNames.count]
        arguments.append(name)
        command = ZVH.command(named: name)
    }
    let options = command?.options ?? ZVH.commands.flatMap(\.options)
    let flags = command?.flags ?? ZVH.commands.flatMap(\.flags)
    while arguments.count < 40, let choice = source.next() {
        switch choice % 10 {
        case 0, 1:
            if let path = source.pick(fuzzPaths) { arguments.append(path) }
        case 2, 3, 4:
            guard let option = source.pick(options) else { break }
            let value: String
            if option.long == "uitvoer" {
                value = source.pick([fuzzFolder + "/out.txt", fuzzFolder + "/out", fuzzFolder, fuzzBudget, fuzzCSV, fuzzFolder + "/sub/out.txt"]) ?? ""
            } else if !option.allowed.isEmpty, let byte = source.next(), byte % 4 != 0 {
                value = option.allowed[byte % option.allowed.count]
            } else if let byte = source.next() {
                switch byte % 3 {
                case 0: value = fuzzPaths[byte % fuzzPaths.count]
                case 1: value = fuzzValues[byte % fuzzValues.count]
                default: value = source.text()
                }
            } else {
                value = ""
            }
            if choice & 0x80 == 0 {
                arguments += ["--" + option.long, value]
            } else {
                arguments.append("--\(option.long)=\(value)")
            }
        case 5:
            if let flag = source.pick(flags) { arguments.append("--" + flag.long) }
        case 6:
            arguments.append(source.text())
        case 7:
            if let value = source.pick(fuzzValues) { arguments.append(value) }
        case 8:
            if let special = source.pick(["--", "-h", "--help", "-", "--formaat", "--uitvoer", "--=", "---x"]) { arguments.append(special) }
        default:
            // A mutated option name: a letter dropped or doubled.
            if let option = source.pick(options), let byte = source.next() {
                var name = Array(option.long)
                let index = byte % max(name.count, 1)
                if byte & 1 == 0, !name.isEmpty { name.remove(at: index) } else if !name.isEmpty { name.insert(name[index], at: index) }
                arguments.append("--" + String(name))
            }
        }
    }
    return arguments
}

/// Whether a text holds a control character a report may not carry (line breaks,
/// tabs and — on stderr — nothing else).
func hasForbiddenControl(_ text: String) -> Bool {
    text.unicodeScalars.contains { scalar in
        switch scalar.value {
        case 0x0A, 0x09, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCommandLine(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    // Run in the temp folder (once the paths above are made from the repository root), so a
    // relative output path a mutated command line names (`--uitvoer --foormaat`) lands there.
    if FileManager.default.currentDirectoryPath != fuzzFolder {
        _ = fuzzPaths
        FileManager.default.changeCurrentDirectoryPath(fuzzFolder)
    }
    let bytes = UnsafeBufferPointer(start: data, count: count)
    let split = bytes.firstIndex(of: 0) ?? count
    let control = ArraySlice(bytes[0..<split])
    let content = split < count ? Data(bytes[(split + 1)...]) : Data()
    for path in [fuzzBudget, fuzzScenario, fuzzCSV] {
        FileManager.default.createFile(atPath: path, contents: content)
    }
    try? FileManager.default.removeItem(atPath: fuzzFolder + "/out.txt")
    try? FileManager.default.removeItem(atPath: fuzzFolder + "/out")

    let arguments = fuzzArguments(control)
    if ProcessInfo.processInfo.environment["ZVH_FUZZ_PRINT"] != nil {
        // `ZVH_FUZZ_PRINT=1 .build/fuzz/fuzz-cli INPUT` shows the command line an input
        // stands for, to keep it as a replayable case under Tests/zvhTests/Corpus/fuzz/cli/.
        FileHandle.standardError.write(Data(("zvh-fuzz-arguments:" + arguments.map { "\n\t" + $0 }.joined() + "\n").utf8))
    }
    var output = ""
    var errors = ""
    let status = ZVH.run(arguments: arguments, stdout: &output, stderr: &errors)
    let known: Set<Int32> = [0, 1, 64, 65, 66, 73, 74]
    if !known.contains(status) {
        fatalError("unknown exit status \(status) for \(arguments)")
    }
    if [64, 65, 66, 73].contains(status), !output.isEmpty {
        fatalError("exit \(status) with output on stdout for \(arguments)")
    }
    if hasForbiddenControl(output) || hasForbiddenControl(errors) {
        fatalError("raw control character on a stream for \(arguments)")
    }
    // The inputs are never written: when the fuzzed budget (or its folder) is named as
    // an input — anywhere but as the value of --uitvoer — it must be unchanged.
    var namesBudget = false
    for (index, argument) in arguments.enumerated() where argument == fuzzBudget || argument == fuzzFolder || argument.hasSuffix("=" + fuzzBudget) {
        if argument.hasPrefix("--uitvoer=") || (index > 0 && arguments[index - 1] == "--uitvoer") { continue }
        namesBudget = true
    }
    if namesBudget, let written = FileManager.default.contents(atPath: fuzzBudget), written != content {
        fatalError("an input was overwritten by \(arguments)")
    }
    return 0
}
