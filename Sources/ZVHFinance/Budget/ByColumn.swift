/// Values keyed by column name that keep the order they were written in (the file's
/// order), so that iterating them — for a diagnostic, a check or an output — gives the
/// same result on every run.
///
/// A budget has a handful of columns, so a lookup is a short linear scan; what matters
/// is that there is no hash order anywhere a value is visited.
///
/// ```swift
/// var amounts: ByColumn<Money> = ["begroot": Money(euros: 532_010)]
/// amounts["werkelijk"] = Money(euros: 520_000)
/// amounts.keys  // ["begroot", "werkelijk"]
/// ```
public struct ByColumn<Value: Hashable & Sendable>: Hashable, Sendable, ExpressibleByDictionaryLiteral {
    /// The entries, in the order they were added.
    public private(set) var entries: [(column: String, value: Value)]

    /// Creates an empty set of values.
    public init() {
        entries = []
    }

    /// Creates an empty set of values with room for `capacity` columns.
    init(capacity: Int) {
        entries = []
        entries.reserveCapacity(capacity)
    }

    /// Appends the value of a column that is not among the values yet (the caller
    /// knows: a file's keys are unique), without looking for it.
    /// - Complexity: amortised O(1).
    mutating func append(column: String, _ value: Value) {
        entries.append((column, value))
    }

    public init(dictionaryLiteral elements: (String, Value)...) {
        entries = []
        for (column, value) in elements { self[column] = value }
    }

    /// The value of a column; setting nil removes it, setting a new column appends it.
    /// - Complexity: O(n) in the number of columns.
    public subscript(column: String) -> Value? {
        get { entries.first { $0.column == column }?.value }
        set {
            let index = entries.firstIndex { $0.column == column }
            switch (index, newValue) {
            case (let index?, let value?): entries[index].value = value
            case (let index?, nil): entries.remove(at: index)
            case (nil, let value?): entries.append((column, value))
            case (nil, nil): break
            }
        }
    }

    /// The column names, in order.
    public var keys: [String] { entries.map(\.column) }
    /// The values, in order.
    public var values: [Value] { entries.map(\.value) }
    /// Whether there are no values.
    public var isEmpty: Bool { entries.isEmpty }

    /// The values transformed, in the same order.
    public func mapValues<Other>(_ transform: (Value) throws -> Other) rethrows -> ByColumn<Other> {
        var result = ByColumn<Other>()
        result.entries = try entries.map { ($0.column, try transform($0.value)) }
        return result
    }

    /// The values transformed, without those transformed to nil, in the same order.
    public func compactMapValues<Other>(_ transform: (Value) throws -> Other?) rethrows -> ByColumn<Other> {
        var result = ByColumn<Other>()
        result.entries = try entries.compactMap { entry in try transform(entry.value).map { (entry.column, $0) } }
        return result
    }

    public static func == (lhs: ByColumn, rhs: ByColumn) -> Bool {
        lhs.entries.count == rhs.entries.count && zip(lhs.entries, rhs.entries).allSatisfy { $0.column == $1.column && $0.value == $1.value }
    }

    public func hash(into hasher: inout Hasher) {
        for entry in entries {
            hasher.combine(entry.column)
            hasher.combine(entry.value)
        }
    }
}

extension ByColumn: Sequence {
    public func makeIterator() -> IndexingIterator<[(column: String, value: Value)]> {
        entries.makeIterator()
    }
}
