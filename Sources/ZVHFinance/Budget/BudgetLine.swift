/// One line of a budget: a name, a kind, and an amount per column.
///
/// A line is a value, but its fields live in one shared box that is copied only when
/// a shared line is changed (copy on write, as `Array` does): budgets, figures and
/// rules pass lines around by the thousand (``BudgetItem/lines(of:)``), and copying a
/// line is then one reference instead of one per field.
public struct BudgetLine: Hashable, Sendable {
    /// The fields of a line, as a plain value.
    struct Fields: Hashable, Sendable {
        var name: String
        var kind: LineKind?
        var municipality: String?
        var amounts: ByColumn<Money>
        var stated: ByColumn<StatedAmount>
        var origin: FieldLocation?
        var amountOrigins: ByColumn<FieldLocation>
        var capacity: Capacity?
        var theme: String?
        var code: String? = nil
        var reserve: String? = nil
        var recurrence: Recurrence? = nil
        var taakveld: String? = nil
        var iv3Category: String? = nil
        var isPassedOn: Bool = false
    }

    /// The box the fields live in; changed only while this line holds the sole
    /// reference (``uniqueStorage()``), so it is safe to share between threads.
    final class Storage: @unchecked Sendable {
        var fields: Fields

        init(_ fields: Fields) {
            self.fields = fields
        }
    }

    private var storage: Storage

    /// The box, copied first when another line shares it.
    private mutating func uniqueStorage() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
        return storage
    }

    /// The label as printed (`Formatie vast personeel`).
    public var name: String {
        get { storage.fields.name }
        _modify { yield &uniqueStorage().fields.name }
    }
    /// What the line is; nil where the file does not say (a plain cost line).
    public var kind: LineKind? {
        get { storage.fields.kind }
        _modify { yield &uniqueStorage().fields.kind }
    }
    /// For a municipal contribution: the member it belongs to.
    public var municipality: String? {
        get { storage.fields.municipality }
        _modify { yield &uniqueStorage().fields.municipality }
    }
    /// The amounts by column name; a missing column means nothing was printed.
    public var amounts: ByColumn<Money> {
        get { storage.fields.amounts }
        _modify { yield &uniqueStorage().fields.amounts }
    }
    /// Amounts printed in the source for derived columns (e.g. a difference), kept
    /// apart so they can be checked against what the library computes.
    public var stated: ByColumn<StatedAmount> {
        get { storage.fields.stated }
        _modify { yield &uniqueStorage().fields.stated }
    }
    /// Where the line stands in the file.
    public var origin: FieldLocation? {
        get { storage.fields.origin }
        _modify { yield &uniqueStorage().fields.origin }
    }
    /// Where each amount stands in the file, by column name.
    public var amountOrigins: ByColumn<FieldLocation> {
        get { storage.fields.amountOrigins }
        _modify { yield &uniqueStorage().fields.amountOrigins }
    }
    /// For a capacity line: the FTE and function its amount is computed from.
    public var capacity: Capacity? {
        get { storage.fields.capacity }
        _modify { yield &uniqueStorage().fields.capacity }
    }
    /// For an income line: the theme (kostenplaats) whose costs it covers.
    public var theme: String? {
        get { storage.fields.theme }
        _modify { yield &uniqueStorage().fields.theme }
    }
    /// The stable code that identifies the line across years (`personeel.formatie`, or
    /// the host's ledger account), whatever its label; nil where the file gives none.
    public var code: String? {
        get { storage.fields.code }
        _modify { yield &uniqueStorage().fields.code }
    }
    /// For a reserve movement: the name of the reserve it adds to or draws from.
    public var reserve: String? {
        get { storage.fields.reserve }
        _modify { yield &uniqueStorage().fields.reserve }
    }
    /// Whether the file calls the line incidental (BBV art. 19, with its years) or
    /// structural; nil where it does not say (see ``isIncidental`` for the default).
    public var recurrence: Recurrence? {
        get { storage.fields.recurrence }
        _modify { yield &uniqueStorage().fields.recurrence }
    }
    /// The Iv3 taakveld the line is reported under (`1.2`), if tagged.
    public var taakveld: String? {
        get { storage.fields.taakveld }
        _modify { yield &uniqueStorage().fields.taakveld }
    }
    /// The Iv3 categorie (`3.5.1`), if tagged.
    public var iv3Category: String? {
        get { storage.fields.iv3Category }
        _modify { yield &uniqueStorage().fields.iv3Category }
    }
    /// For an income line: whether its amount is passed on to the members (`doorgeven`),
    /// so that a negative amount to distribute is intended (they receive it).
    public var isPassedOn: Bool {
        get { storage.fields.isPassedOn }
        _modify { yield &uniqueStorage().fields.isPassedOn }
    }

    /// Creates a line.
    public init(
        name: String, kind: LineKind? = nil, municipality: String? = nil, amounts: ByColumn<Money>,
        stated: ByColumn<StatedAmount> = [:], origin: FieldLocation? = nil, amountOrigins: ByColumn<FieldLocation> = [:],
        capacity: Capacity? = nil, theme: String? = nil
    ) {
        storage = Storage(Fields(
            name: name, kind: kind, municipality: municipality, amounts: amounts, stated: stated, origin: origin,
            amountOrigins: amountOrigins, capacity: capacity, theme: theme))
    }

    /// Creates a line from all its fields at once (a reader's line: one box, no copy
    /// on write per field set afterwards).
    init(fields: Fields) {
        storage = Storage(fields)
    }

    public static func == (lhs: BudgetLine, rhs: BudgetLine) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
    }

    public func hash(into hasher: inout Hasher) {
        storage.fields.hash(into: &hasher)
    }

    /// The amount in a column, zero where nothing was printed.
    public func amount(in column: String) -> Money {
        amounts[column] ?? .zero
    }
}
