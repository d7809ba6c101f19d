import Foundation

/// The temporary file of ``OutputFile`` while it exists, and the signal handlers that
/// remove it when zvh is interrupted (SIGINT, SIGTERM, SIGHUP) before it is renamed.
///
/// The handlers are async-signal-safe: the path lives in a buffer allocated before
/// they are installed, and they call only `unlink`, `signal` and `raise`.
enum TemporaryFile {
    /// The size of the path buffer, with its terminating NUL.
    static let capacity = Int(PATH_MAX) + 1

    /// The path of the temporary file, NUL-terminated; empty when there is none.
    nonisolated(unsafe) static let path: UnsafeMutablePointer<CChar> = {
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: capacity)
        buffer.initialize(repeating: 0, count: capacity)
        return buffer
    }()

    static let signals = [SIGINT, SIGTERM, SIGHUP]
    nonisolated(unsafe) static var previous: [sigaction] = []
    nonisolated(unsafe) static var previousMask = sigset_t()

    /// Creates the file with `mkstemp` from `template` (ending in `XXXXXX`), keeping
    /// its name in the buffer the handlers read.
    /// - Returns: the descriptor, or -1 with `errno` set.
    static func create(from template: [CChar]) -> Int32 {
        for (index, byte) in template.enumerated() { path[index] = byte }
        let descriptor = mkstemp(path)
        if descriptor < 0 { path[0] = 0 }
        return descriptor
    }

    /// Removes the temporary file.
    static func remove() {
        if path[0] != 0 { unlink(path) }
        path[0] = 0
    }

    /// Forgets the temporary file after it was renamed into place.
    static func forget() {
        path[0] = 0
    }

    static func installHandlers() {
        _ = path
        previous = signals.map { signal in
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signal in
                if TemporaryFile.path[0] != 0 { unlink(TemporaryFile.path) }
                Foundation.signal(signal, SIG_DFL)
                raise(signal)
            }
            sigemptyset(&action.sa_mask)
            var old = sigaction()
            sigaction(signal, &action, &old)
            return old
        }
        // A parent may start zvh with these signals blocked (so they would wait until
        // after the write); let them through while the temporary file exists.
        var set = sigset_t()
        sigemptyset(&set)
        for signal in signals { sigaddset(&set, signal) }
        sigprocmask(SIG_UNBLOCK, &set, &previousMask)
    }

    static func removeHandlers() {
        for (signal, action) in zip(signals, previous) {
            var action = action
            sigaction(signal, &action, nil)
        }
        previous = []
        sigprocmask(SIG_SETMASK, &previousMask, nil)
    }

    /// For the tests of interruption only: waits the seconds in
    /// `ZVH_TEST_PAUZE_VOOR_HERNOEMEN` after writing, before renaming.
    static func pauseForTests() {
        guard let value = getenv("ZVH_TEST_PAUZE_VOOR_HERNOEMEN"), let seconds = UInt32(String(cString: value)) else { return }
        sleep(seconds)
    }
}
