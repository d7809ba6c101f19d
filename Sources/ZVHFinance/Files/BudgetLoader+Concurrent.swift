extension BudgetLoader {
    /// Reads and parses several budget files at once (on every core).
    /// - Parameter paths: the files' paths, as the user gave them.
    /// - Returns: per file, in the order of `paths`, its budget or why it cannot be read,
    ///   so messages come out in the same order whatever the scheduling.
    /// - Complexity: the work of ``load(_:)`` per file, spread over the cores.
    public static func loadAll(_ paths: [String]) -> [Result<Budget, BudgetFileError>] {
        loadAll(paths) { $0 }
    }

    /// Reads and parses several budget files at once (on every core), keeping of each
    /// only what `keeping` takes from it: the budget itself is let go as soon as it is
    /// read, so reading a large set to learn what it holds costs the memory of the
    /// parts kept, not of the budgets.
    /// - Parameters:
    ///   - paths: the files' paths, as the user gave them.
    ///   - keeping: what to keep of each budget read.
    /// - Returns: per file, in the order of `paths`, what was kept or why it cannot be read.
    /// - Complexity: the work of ``load(_:)`` per file, spread over the cores.
    public static func loadAll<Kept: Sendable>(_ paths: [String], keeping: @Sendable (Budget) -> Kept) -> [Result<Kept, BudgetFileError>] {
        paths.concurrentMap { path in Result { () throws(BudgetFileError) in keeping(try load(path)) } }
    }
}
