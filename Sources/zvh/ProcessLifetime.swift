import Foundation

/// What the `zvh` process keeps until it exits. The books a command read are held until
/// the command ends; freeing them then, value by value (every line, amount and analysis
/// of the organisation's files: 4 % of the instructions of `zvh begroting FILE`), happens
/// before the output is written and frees nothing the process still needs, so a run
/// that ends the process (``Environment/endsWithProcess``) hands them here and the
/// system takes the memory back at exit. The peak is the same: the books were held while
/// the report was made. A test calling ``ZVH/run(arguments:stdout:stderr:environment:)``
/// keeps nothing.
enum ProcessLifetime {
    /// Keeps a value until the process exits.
    static func keep(_ value: some Sendable) {
        kept.append(value)
    }

    private static let kept = Kept()

    /// The values kept, behind a lock (a command may read on any thread).
    private final class Kept: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [any Sendable] = []

        func append(_ value: any Sendable) {
            lock.lock()
            values.append(value)
            lock.unlock()
        }
    }
}
