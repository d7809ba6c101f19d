/// Writes an ``XLSXWorkbook`` as an Office Open XML workbook (`.xlsx`).
///
/// The file holds `[Content_Types].xml`, `_rels/.rels`, `docProps/core.xml` (title and
/// creator, no timestamps), `xl/workbook.xml` with its relationships, `xl/styles.xml` and
/// one `xl/worksheets/sheetN.xml` per sheet, stored uncompressed by ``ZipWriter``. Text is
/// written as inline strings (`t="inlineStr"`), so there is no shared-strings part and
/// each cell reads on its own. Numbers are written as their exact decimal text. The same
/// workbook always gives the same bytes. The workbook asks to be recalculated on opening
/// (`fullCalcOnLoad`), so formulas show computed values even if a cached value is stale.
public enum XLSXWriter {
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// The bytes of the `.xlsx` file.
    /// - Parameter workbook: the workbook to write.
    /// - Returns: a ZIP archive that Excel and LibreOffice open.
    /// - Throws: ``SpreadsheetError/invalidSheetName(name:reason:)`` for a missing, empty,
    ///   too long, repeated or forbidden sheet name, and
    ///   ``SpreadsheetError/invalidCell(cell:reason:)`` for a cell beyond the sheet's
    ///   1.048.576 rows or 16.384 columns or an empty formula.
    /// - Complexity: O(n) in the number of cells and the length of their text.
    public static func data(for workbook: XLSXWorkbook) throws(SpreadsheetError) -> [UInt8] {
        try checkNames(of: workbook.sheets)
        var zip = ZipWriter()
        try zip.append(name: "[Content_Types].xml", contents: contentTypes(sheetCount: workbook.sheets.count))
        try zip.append(name: "_rels/.rels", contents: packageRelationships())
        try zip.append(name: "docProps/core.xml", contents: coreProperties(title: workbook.title))
        try zip.append(name: "xl/workbook.xml", contents: workbookPart(workbook.sheets))
        try zip.append(name: "xl/_rels/workbook.xml.rels", contents: workbookRelationships(sheetCount: workbook.sheets.count))
        try zip.append(name: "xl/styles.xml", contents: styles())
        for (index, sheet) in workbook.sheets.enumerated() {
            try zip.append(name: "xl/worksheets/sheet\(index + 1).xml", contents: worksheet(sheet))
        }
        return zip.archive()
    }

    private static func checkNames(of sheets: [XLSXSheet]) throws(SpreadsheetError) {
        guard !sheets.isEmpty else { throw .invalidSheetName(name: "", reason: "een werkmap heeft ten minste één werkblad") }
        var seen: Set<String> = []
        for sheet in sheets {
            let name = sheet.name
            if name.isEmpty || name.count > 31 {
                throw .invalidSheetName(name: name, reason: "een naam heeft 1 tot 31 tekens")
            }
            if name.contains(where: { "[]:*?/\\".contains($0) }) || name.unicodeScalars.contains(where: { $0.value < 0x20 }) {
                throw .invalidSheetName(name: name, reason: "de tekens [ ] : * ? / \\ zijn niet toegestaan")
            }
            if name.hasPrefix("'") || name.hasSuffix("'") {
                throw .invalidSheetName(name: name, reason: "een naam begint of eindigt niet met een apostrof")
            }
            guard seen.insert(name.lowercased()).inserted else {
                throw .invalidSheetName(name: name, reason: "de naam komt al voor (hoofdletters tellen niet)")
            }
        }
    }

    private static func worksheet(_ sheet: XLSXSheet) throws(SpreadsheetError) -> [UInt8] {
        var xml = XMLWriter()
        xml.open("worksheet", ["xmlns": mainNamespace, "xmlns:r": relationshipsNamespace])
        xml.open("sheetViews")
        xml.open("sheetView", ["workbookViewId": "0"])
        if sheet.freezesHeaderRow {
            xml.empty("pane", ["ySplit": "1", "topLeftCell": "A2", "activePane": "bottomLeft", "state": "frozen"])
            xml.empty("selection", ["pane": "bottomLeft", "activeCell": "A2", "sqref": "A2"])
        }
        xml.close()
        xml.close()
        xml.empty("sheetFormatPr", ["defaultRowHeight": "15"])
        let widths = sheet.columnWidths.enumerated().filter { $0.element > 0 }.prefix(CellReference.columnCount)
        if !widths.isEmpty {
            xml.open("cols")
            for (index, width) in widths {
                let column = String(index + 1)
                xml.empty("col", ["min": column, "max": column, "width": String(min(width, 255)), "customWidth": "1"])
            }
            xml.close()
        }
        xml.open("sheetData")
        for (rowIndex, row) in sheet.rows.enumerated() where row.contains(where: { $0 != .empty }) {
            xml.open("row", ["r": String(rowIndex + 1)])
            for (columnIndex, cell) in row.enumerated() where cell != .empty {
                guard let reference = CellReference(column: columnIndex, row: rowIndex) else {
                    throw .invalidCell(cell: "\(sheet.name)!R\(rowIndex + 1)C\(columnIndex + 1)",
                                       reason: "ligt buiten het werkblad (1.048.576 rijen, 16.384 kolommen)")
                }
                try write(cell, at: "\(reference)", sheet: sheet.name, into: &xml)
            }
            xml.close()
        }
        xml.close()
        if !sheet.dataValidations.isEmpty {
            xml.open("dataValidations", ["count": String(sheet.dataValidations.count)])
            for validation in sheet.dataValidations {
                let list = validation.values.joined(separator: ",")
                guard !validation.values.isEmpty, list.count <= 255, !list.contains("\""),
                      !validation.values.contains(where: { $0.contains(",") }) else {
                    throw .invalidCell(cell: "\(sheet.name)!\(validation.range)", reason: "een keuzelijst heeft 1 tot 255 tekens, zonder komma's in een waarde en zonder aanhalingstekens")
                }
                xml.open("dataValidation", ["type": "list", "allowBlank": "1", "showErrorMessage": "1", "sqref": validation.range])
                xml.element("formula1", text: "\"" + list + "\"")
                xml.close()
            }
            xml.close()
        }
        xml.empty("pageMargins", ["left": "0.7", "right": "0.7", "top": "0.75", "bottom": "0.75",
                                  "header": "0.3", "footer": "0.3"])
        xml.empty("pageSetup", ["paperSize": "9", "orientation": sheet.isLandscape ? "landscape" : "portrait"])
        xml.close()
        return xml.bytes
    }

    private static func write(_ cell: XLSXCell, at reference: String, sheet: String,
                              into xml: inout XMLWriter) throws(SpreadsheetError) {
        let style = String(cell.style.formatIndex)
        switch cell.content {
        case .empty:
            xml.empty("c", ["r": reference, "s": style])
        case .text(let text):
            xml.open("c", ["r": reference, "s": style, "t": "inlineStr"])
            xml.open("is")
            let keepsSpace = text.first?.isWhitespace == true || text.last?.isWhitespace == true
            xml.element("t", keepsSpace ? ["xml:space": "preserve"] : [:], text: text)
            xml.close()
            xml.close()
        case .number(let number):
            xml.open("c", ["r": reference, "s": style])
            xml.element("v", text: number.text)
            xml.close()
        case .formula(let formula, let cached):
            let body = formula.hasPrefix("=") ? String(formula.dropFirst()) : formula
            guard !body.isEmpty else { throw .invalidCell(cell: "\(sheet)!\(reference)", reason: "lege formule") }
            xml.open("c", ["r": reference, "s": style])
            xml.element("f", text: body)
            xml.element("v", text: cached.text)
            xml.close()
        }
    }
}
