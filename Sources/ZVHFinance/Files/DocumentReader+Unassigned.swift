extension DocumentReader {
    /// `niet-toegewezen`: `{ "boekingen": 3, "bedrag": 1250.40, "bron": "…" }`, only on a `werkelijk` column.
    func readUnassigned(_ column: ObjectReader, isActual: Bool) throws(BudgetFileError) -> UnassignedBookings? {
        guard let object = try column.object("niet-toegewezen") else { return nil }
        guard isActual else {
            throw .invalidValue(file: file, at: column.origin(of: "niet-toegewezen"), message: "\"niet-toegewezen\" (boekingen zonder regel) hoort alleen bij een kolom van soort \"werkelijk\"")
        }
        try object.requireKnownKeys(["boekingen", "bedrag", "bron"])
        guard let count = try object.integer("boekingen", in: 0...1_000_000_000) else { throw .missingKey(file: file, key: "boekingen", at: object.origin) }
        guard let amount = try object.money("bedrag") else { throw .missingKey(file: file, key: "bedrag", at: object.origin) }
        return UnassignedBookings(count: count, amount: amount, source: try object.string("bron"), origin: object.origin)
    }
}
