import Dispatch

extension Array where Element: Sendable {
    /// The elements transformed on every core at once, in the order of the elements,
    /// so the result is the same as `map`'s whatever the scheduling.
    ///
    /// For independent pieces of work of some size each (reading a file, analysing a
    /// budget, checking an organisation); one element is transformed in place.
    /// - Complexity: the work of `map`, spread over the cores.
    func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer {
            _ = results.deinitialize()
            results.deallocate()
        }
        // Each iteration writes its own slot only.
        nonisolated(unsafe) let slots = results
        withoutActuallyEscaping(transform) { transform in
            DispatchQueue.concurrentPerform(iterations: count) { index in
                slots[index] = transform(self[index])
            }
        }
        return results.map { $0! }
    }
}
