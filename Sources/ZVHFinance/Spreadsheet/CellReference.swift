/// The position of a cell, written in A1 style (`C14`): column letters, then row number.
public struct CellReference: Hashable, Sendable, CustomStringConvertible {
    /// The column, 0 for A.
    public let column: Int
    /// The row, 0 for the first row (written as 1).
    public let row: Int

    /// The number of columns of a sheet (A…XFD).
    public static let columnCount = 16_384
    /// The number of rows of a sheet.
    public static let rowCount = 1_048_576

    /// Creates a reference from zero-based indices.
    /// - Returns: nil outside the sheet's 16.384 columns and 1.048.576 rows.
    public init?(column: Int, row: Int) {
        guard (0..<Self.columnCount).contains(column), (0..<Self.rowCount).contains(row) else { return nil }
        self.column = column
        self.row = row
    }

    /// Parses an A1 reference such as `C14` (no `$`, no sheet name).
    /// - Returns: nil when the text is not a reference inside the sheet.
    /// - Complexity: O(n) in the length of the text, which is at most 10.
    public init?(_ text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count <= 10 else { return nil }
        var index = 0, column = 0, row = 0
        while index < bytes.count, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[index] & 0xDF),
              bytes[index] >= UInt8(ascii: "A") {
            column = column * 26 + Int(bytes[index] & 0xDF - UInt8(ascii: "A")) + 1
            index += 1
        }
        guard (1...3).contains(index), index < bytes.count, bytes[index] != UInt8(ascii: "0") else { return nil }
        for byte in bytes[index...] {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            row = row * 10 + Int(byte - UInt8(ascii: "0"))
        }
        self.init(column: column - 1, row: row - 1)
    }

    /// The column's letters (`A`, `Z`, `AA`, `XFD`).
    public var columnLetters: String {
        var letters: [UInt8] = []
        var remaining = column + 1
        while remaining > 0 {
            remaining -= 1
            letters.append(UInt8(ascii: "A") + UInt8(remaining % 26))
            remaining /= 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    public var description: String { columnLetters + String(row + 1) }
}
