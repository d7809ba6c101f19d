/// Reads the cell values of an `.xlsx` workbook: as written by ``XLSXWriter``, Excel or
/// LibreOffice (shared and inline strings, numbers, Booleans, errors, cached results of
/// formulas, missing cells and `r` references).
///
/// Numbers stay exact decimal text (``XLSXNumber``), also when written with an exponent
/// (`1.2E+3`). Every size is bounded: the archive by ``ZipReader/Limits``, XML nesting by
/// the scanner, and each sheet by ``Limits/maximumCells`` counting the gaps a cell
/// reference skips, so a single cell at `XFD1048576` cannot allocate a sheet's worth.
///
/// ```swift
/// let sheets = try XLSXReader.read(bytes)
/// let total = sheets[0][CellReference("C14")!]
/// ```
public enum XLSXReader {
    /// Bounds on what a workbook may hold.
    public struct Limits: Hashable, Sendable {
        /// Bounds on the ZIP container.
        public var archive: ZipReader.Limits
        /// The most cells of one sheet, counting empty cells and rows before each cell.
        public var maximumCells: Int
        /// The most sheets.
        public var maximumSheets: Int

        /// Creates limits.
        public init(archive: ZipReader.Limits = ZipReader.Limits(), maximumCells: Int = 4_000_000, maximumSheets: Int = 256) {
            self.archive = archive
            self.maximumCells = maximumCells
            self.maximumSheets = maximumSheets
        }
    }

    /// Reads every sheet of a workbook, in tab order.
    /// - Parameters:
    ///   - bytes: the `.xlsx` file.
    ///   - limits: the bounds to enforce.
    /// - Returns: the values of each sheet.
    /// - Throws: ``SpreadsheetError``: the container's errors naming the entry, XML errors
    ///   naming part, line and column, and cell errors naming sheet and cell (`Lasten!C14`).
    /// - Complexity: O(n) in the size of the uncompressed parts plus the cells counted
    ///   by ``Limits/maximumCells``.
    public static func read(_ bytes: [UInt8], limits: Limits = Limits()) throws(SpreadsheetError) -> [XLSXSheetContents] {
        let archive = try ZipReader(bytes: bytes, limits: limits.archive)
        let workbookPath = try relationships(of: "", in: archive)
            .first { $0.type.hasSuffix("/officeDocument") }?.target ?? "xl/workbook.xml"
        let workbookRelations = try relationships(of: workbookPath, in: archive)
        var sharedStrings: [String] = []
        if let part = workbookRelations.first(where: { $0.type.hasSuffix("/sharedStrings") }) {
            sharedStrings = try readSharedStrings(try archive.contents(of: part.target), part: part.target)
        }
        var scanner = XMLScanner(bytes: try archive.contents(of: workbookPath), part: workbookPath)
        var sheets: [XLSXSheetContents] = []
        let targets = Dictionary(workbookRelations.map { ($0.id, $0.target) }, uniquingKeysWith: { first, _ in first })
        var targetsRead: Set<String> = []
        while let token = try scanner.next() {
            guard case .start(let name, let attributes) = token, localName(name) == "sheet" else { continue }
            guard sheets.count < limits.maximumSheets else {
                throw .invalidWorkbook(part: workbookPath, reason: "meer dan \(limits.maximumSheets) werkbladen")
            }
            guard let sheetName = attributes["name"],
                  let id = attributes.first(where: { $0.localName == "id" && $0.name != "sheetId" })?.value,
                  let target = targets[id] else {
                throw .invalidWorkbook(part: workbookPath, reason: "een werkblad zonder naam of zonder gevonden onderdeel")
            }
            // Each part is read once: sheets sharing a part would multiply the work.
            guard targetsRead.insert(target).inserted else {
                throw .invalidWorkbook(part: workbookPath, reason: "werkblad '\(sheetName)' gebruikt hetzelfde onderdeel als een ander")
            }
            var reader = SheetReader(sheet: sheetName, sharedStrings: sharedStrings, maximumCells: limits.maximumCells)
            try reader.read(try archive.contents(of: target), part: target)
            sheets.append(XLSXSheetContents(name: sheetName, rows: reader.finishedRows()))
        }
        guard !sheets.isEmpty else { throw .invalidWorkbook(part: workbookPath, reason: "geen werkbladen") }
        return sheets
    }

    /// A relationship of a part: its id, type and target resolved to an archive path.
    struct Relationship {
        var id: String
        var type: String
        var target: String
    }

    /// The relationships of a part (`""` for the package), from its `_rels` part if any.
    static func relationships(of part: String, in archive: ZipReader) throws(SpreadsheetError) -> [Relationship] {
        let folder = part.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let fileName = part.split(separator: "/").last.map(String.init) ?? ""
        let relationshipsPart = (folder.isEmpty ? "" : folder + "/") + "_rels/" + fileName + ".rels"
        guard archive.contains(relationshipsPart) else { return [] }
        var scanner = XMLScanner(bytes: try archive.contents(of: relationshipsPart), part: relationshipsPart)
        var result: [Relationship] = []
        while let token = try scanner.next() {
            guard case .start(let name, let attributes) = token, localName(name) == "Relationship",
                  attributes["TargetMode"] != "External",
                  let id = attributes["Id"], let type = attributes["Type"], let target = attributes["Target"] else { continue }
            result.append(Relationship(id: id, type: type, target: resolve(target, from: folder)))
        }
        return result
    }

    /// A relationship target as an archive path: absolute targets from the root, relative
    /// ones from the source part's folder, with `..` applied.
    static func resolve(_ target: String, from folder: String) -> String {
        var components = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for component in target.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": _ = components.popLast()
            default: components.append(String(component))
            }
        }
        return components.joined(separator: "/")
    }

    static func readSharedStrings(_ bytes: [UInt8], part: String) throws(SpreadsheetError) -> [String] {
        var scanner = XMLScanner(bytes: bytes, part: part)
        var strings: [String] = []
        var current = "", inText = false, phoneticDepth = 0
        while let token = try scanner.next() {
            switch token {
            case .start(let name, _):
                switch localName(name) {
                case "si": current = ""
                case "t": inText = phoneticDepth == 0
                case "rPh": phoneticDepth += 1
                default: break
                }
            case .end(let name):
                switch localName(name) {
                case "si": strings.append(current)
                case "t": inText = false
                case "rPh": phoneticDepth -= 1
                default: break
                }
            case .text(let text):
                if inText { current += text }
            }
        }
        return strings
    }

    static func localName(_ name: String) -> Substring {
        name.split(separator: ":", maxSplits: 1).last ?? Substring(name)
    }
}
