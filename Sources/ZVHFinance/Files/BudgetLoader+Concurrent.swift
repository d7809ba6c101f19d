extension BudgetLoader {
    /// Reads and parses several budget files at once (on every core).
    /// - Parameter paths: the files' paths, as the user gave them.
    /// - Returns: per file, in the order of `paths`, its budget or why it cannot be read,
    ///   so messages come out in the same order whatever the scheduling.
    /// - Complexity: the work of ``load(_:)`` per file, spread over the cores.
    public static func loadAll(_ paths: [String]) -> [Result<Budget, BudgetFileError>] {
        paths.concurrentMap { path in Result { () throws(BudgetFileError) in try load(path) } }
    }
}
