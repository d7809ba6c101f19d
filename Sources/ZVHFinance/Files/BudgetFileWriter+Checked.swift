extension BudgetFileWriter {
    /// The text of a budget file that zvh writes for itself (`importeer`,
    /// `volgend-jaar`, `boekingen --uitvoer`, `nieuw`), checked before anything is
    /// written against what ``BudgetLoader`` will accept when it reads the file again:
    /// at most ``BudgetLoader/maximumFileSize`` bytes, and a budget
    /// ``BudgetFileReader`` reads.
    ///
    /// The size is bounded while the text is built: the file is written one line of
    /// the budget at a time into a buffer that keeps no more than the limit, so a
    /// budget that would become 100 MB costs no more than 8 MiB of text on the way.
    /// - Parameters:
    ///   - budget: the budget.
    ///   - schema: the `$schema` reference to write first, if any.
    ///   - file: the name messages give the file (what it is made from).
    /// - Returns: the file's text and the budget its reader reads from it.
    /// - Throws: ``BudgetFileError`` when the file would be too large or its reader
    ///   refuses it.
    /// - Complexity: O(n) in the size of the budget; memory O(limit) for the text.
    public static func checkedFile(_ budget: Budget, schema: String? = "../budget.schema.json", file: String) throws(BudgetFileError) -> CheckedBudgetFile {
        var text = BoundedText(limit: BudgetLoader.maximumFileSize)
        write(budget, schema: schema, to: &text)
        guard !text.isOverLimit else {
            throw .invalidValue(file: file, at: nil, message: "het begrotingsbestand zou groter worden dan \(BudgetLoader.maximumFileSize / 1024 / 1024) MiB, de grens waarboven zvh een begrotingsbestand niet leest; er is niets geschreven")
        }
        do {
            return CheckedBudgetFile(text: text.text, budget: try BudgetFileReader.read(Array(text.text.utf8), file: file))
        } catch {
            throw .invalidValue(file: file, at: nil, message: "het begrotingsbestand zou door zvh zelf geweigerd worden (\(error.errorDescription ?? "ongeldig")); er is niets geschreven")
        }
    }

    /// Writes a budget file one item (line or group) at a time into `output`: the
    /// same text as ``json(_:schema:)``, without holding the whole file as values.
    /// - Complexity: O(n) in the size of the budget.
    public static func write(_ budget: Budget, schema: String? = "../budget.schema.json", to output: inout some TextOutputStream) {
        guard case .object(let members) = json(budget, schema: schema, writesItems: false) else { return }
        var writer = JSONWriter()
        writeObject(members, items: ["lasten": budget.costs, "baten": budget.income], columns: budget.columns, writer: &writer, output: &output)
        writer.finish(into: &output)
    }

    /// Writes an object; a member named in `items` is written as an array of those
    /// items, one at a time, each group's `regels` the same way.
    private static func writeObject(_ members: [JSONOutput.Member], items: [String: [BudgetItem]], columns: [Column], writer: inout JSONWriter, output: inout some TextOutputStream) {
        writer.openObject()
        for member in members {
            writer.writeKey(member.key)
            guard let list = items[member.key] else {
                writer.write(member.value)
                continue
            }
            writer.openArray()
            for item in list {
                writer.startElement()
                switch item {
                case .line(let line): writer.write(json(line, columns: columns))
                case .group(let group):
                    guard case .object(let fields) = json(group, columns: columns, writesItems: false) else { continue }
                    writeObject(fields, items: ["regels": group.items], columns: columns, writer: &writer, output: &output)
                }
                writer.flush(into: &output)
            }
            writer.close(object: false)
        }
        writer.close(object: true)
    }
}

/// A budget file zvh made for itself: its text, and the budget read back from it.
public struct CheckedBudgetFile: Sendable {
    /// The file's text, at most ``BudgetLoader/maximumFileSize`` bytes.
    public var text: String
    /// What ``BudgetFileReader`` reads from the text.
    public var budget: Budget
}

/// Text that keeps at most `limit` bytes of UTF-8 and notes that more was written.
public struct BoundedText: TextOutputStream, Sendable {
    /// The text kept: everything written, unless ``isOverLimit``.
    public private(set) var text = ""
    /// The most bytes kept.
    public let limit: Int
    /// Whether more than `limit` bytes were written (the text is then incomplete).
    public private(set) var isOverLimit = false

    /// Creates an empty text with a limit in bytes.
    public init(limit: Int) {
        self.limit = limit
    }

    public mutating func write(_ string: String) {
        guard !isOverLimit else { return }
        guard text.utf8.count + string.utf8.count <= limit else {
            isOverLimit = true
            text = ""
            return
        }
        text += string
    }
}
