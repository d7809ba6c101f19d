extension XLSXWriter {
    private static let packageRelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let officeRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    private static let contentTypePrefix = "application/vnd.openxmlformats-officedocument.spreadsheetml."

    static func contentTypes(sheetCount: Int) -> [UInt8] {
        var xml = XMLWriter()
        xml.open("Types", ["xmlns": "http://schemas.openxmlformats.org/package/2006/content-types"])
        xml.empty("Default", ["Extension": "rels", "ContentType": "application/vnd.openxmlformats-package.relationships+xml"])
        xml.empty("Default", ["Extension": "xml", "ContentType": "application/xml"])
        xml.empty("Override", ["PartName": "/xl/workbook.xml", "ContentType": contentTypePrefix + "sheet.main+xml"])
        for index in 0..<sheetCount {
            xml.empty("Override", ["PartName": "/xl/worksheets/sheet\(index + 1).xml",
                                   "ContentType": contentTypePrefix + "worksheet+xml"])
        }
        xml.empty("Override", ["PartName": "/xl/styles.xml", "ContentType": contentTypePrefix + "styles+xml"])
        xml.empty("Override", ["PartName": "/docProps/core.xml",
                               "ContentType": "application/vnd.openxmlformats-package.core-properties+xml"])
        xml.close()
        return xml.bytes
    }

    static func packageRelationships() -> [UInt8] {
        var xml = XMLWriter()
        xml.open("Relationships", ["xmlns": packageRelationshipsNamespace])
        xml.empty("Relationship", ["Id": "rId1", "Type": officeRelationship + "officeDocument", "Target": "xl/workbook.xml"])
        xml.empty("Relationship", ["Id": "rId2", "Type": "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                                   "Target": "docProps/core.xml"])
        xml.close()
        return xml.bytes
    }

    static func coreProperties(title: String?) -> [UInt8] {
        var xml = XMLWriter()
        xml.open("cp:coreProperties", [
            "xmlns:cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
            "xmlns:dc": "http://purl.org/dc/elements/1.1/",
            "xmlns:dcterms": "http://purl.org/dc/terms/",
            "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
        ])
        if let title { xml.element("dc:title", text: title) }
        xml.element("dc:creator", text: "ZVHFinance")
        xml.close()
        return xml.bytes
    }

    static func workbookPart(_ sheets: [XLSXSheet]) -> [UInt8] {
        var xml = XMLWriter()
        xml.open("workbook", ["xmlns": mainNamespace, "xmlns:r": relationshipsNamespace])
        xml.open("sheets")
        for (index, sheet) in sheets.enumerated() {
            xml.empty("sheet", ["name": sheet.name, "sheetId": String(index + 1), "r:id": "rId\(index + 1)"])
        }
        xml.close()
        xml.empty("calcPr", ["calcId": "191029", "fullCalcOnLoad": "1"])
        xml.close()
        return xml.bytes
    }

    static func workbookRelationships(sheetCount: Int) -> [UInt8] {
        var xml = XMLWriter()
        xml.open("Relationships", ["xmlns": packageRelationshipsNamespace])
        for index in 0..<sheetCount {
            xml.empty("Relationship", ["Id": "rId\(index + 1)", "Type": officeRelationship + "worksheet",
                                       "Target": "worksheets/sheet\(index + 1).xml"])
        }
        xml.empty("Relationship", ["Id": "rId\(sheetCount + 1)", "Type": officeRelationship + "styles", "Target": "styles.xml"])
        xml.close()
        return xml.bytes
    }

    /// The styles part: one cell format per number format and weight, in the order of
    /// ``XLSXStyle/formatIndex``.
    static func styles() -> [UInt8] {
        var xml = XMLWriter()
        xml.open("styleSheet", ["xmlns": mainNamespace])
        xml.open("numFmts", ["count": "2"])
        xml.empty("numFmt", ["numFmtId": "164", "formatCode": "#,##0.00;-#,##0.00"])
        xml.empty("numFmt", ["numFmtId": "165", "formatCode": "0.0%"])
        xml.close()
        xml.open("fonts", ["count": "2"])
        for isBold in [false, true] {
            xml.open("font")
            if isBold { xml.empty("b") }
            xml.empty("sz", ["val": "11"])
            xml.empty("name", ["val": "Calibri"])
            xml.close()
        }
        xml.close()
        xml.open("fills", ["count": "2"])
        for pattern in ["none", "gray125"] {
            xml.open("fill")
            xml.empty("patternFill", ["patternType": pattern])
            xml.close()
        }
        xml.close()
        xml.open("borders", ["count": "1"])
        xml.open("border")
        for side in ["left", "right", "top", "bottom", "diagonal"] { xml.empty(side) }
        xml.close()
        xml.close()
        xml.open("cellStyleXfs", ["count": "1"])
        xml.empty("xf", ["numFmtId": "0", "fontId": "0", "fillId": "0", "borderId": "0"])
        xml.close()
        xml.open("cellXfs", ["count": String(XLSXStyle.NumberFormat.allCases.count * 2)])
        for format in XLSXStyle.NumberFormat.allCases {
            let numberFormatId = switch format {
            case .general: "0"
            case .amount: "164"
            case .wholeEuros: "3"  // built in: #,##0
            case .percent: "10"  // built in: 0.00%
            case .percentOneDecimal: "165"
            }
            for font in ["0", "1"] {
                xml.empty("xf", ["numFmtId": numberFormatId, "fontId": font, "fillId": "0", "borderId": "0", "xfId": "0",
                                 "applyNumberFormat": format == .general ? "0" : "1", "applyFont": font])
            }
        }
        xml.close()
        xml.open("cellStyles", ["count": "1"])
        xml.empty("cellStyle", ["name": "Normal", "xfId": "0", "builtinId": "0"])
        xml.close()
        xml.close()
        return xml.bytes
    }
}
