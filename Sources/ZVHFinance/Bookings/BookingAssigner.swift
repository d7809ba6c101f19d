import Foundation

/// Assigns the bookings of an export to a budget's lines by the rules (first match
/// wins), streaming: memory holds the per-line, per-month totals and the listed
/// unassigned bookings, not the bookings.
///
/// ```swift
/// let actuals = try BookingAssigner.assign(budget: budget, rules: rules, exportPath: "boekingen-2021.csv",
///                                          through: BookingDate(iso: "2021-11-08"))
/// actuals.targets.first { $0.name == "Huur" }?.actual   // 70.814
/// actuals.reconciles                                     // true
/// ```
public enum BookingAssigner {
    /// The largest export read, in bytes (4 GiB): a stray file cannot keep zvh busy forever.
    public static let maximumExportSize: Int64 = 4 << 30

    /// Assigns the bookings of an export file.
    /// - Parameters:
    ///   - budget: the begroting or jaarrekening whose lines receive the bookings.
    ///   - rules: the rules (read by ``BookingRulesReader``).
    ///   - exportPath: the CSV file.
    ///   - through: count only bookings up to and including this date (the year to date).
    /// - Throws: ``BookingsError``: a rule naming a line the budget does not have (or has
    ///   twice), an unreadable export (`.file` with `.unreadable`), or any problem in the
    ///   export with its line and column.
    /// - Complexity: O(bookings × rules); memory O(lines × 12).
    public static func assign(budget: Budget, rules: BookingRules, exportPath: String, through: BookingDate? = nil) throws(BookingsError) -> BookingActuals {
        guard let status = FileStatus(path: exportPath) else {
            throw .file(.unreadable(file: exportPath, reason: FileStatus.reason(errno, path: exportPath, missing: "bestand niet gevonden")))
        }
        guard !status.isDirectory, status.isRegularFile else {
            throw .file(.unreadable(file: exportPath, reason: status.isDirectory ? "dit is een map, geen export van boekingen" : "dit is \(status.kindName), geen gewoon bestand; zvh leest alleen gewone bestanden"))
        }
        guard status.size <= maximumExportSize else {
            throw .file(.unreadable(file: exportPath, reason: "het bestand is groter dan 4 GiB"))
        }
        let descriptor = FileSystemName.withRepresentation(of: exportPath) { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        guard descriptor >= 0 else {
            throw .file(.unreadable(file: exportPath, reason: "het bestand kan niet gelezen worden: " + FileStatus.reason(errno, path: exportPath, missing: "bestand niet gevonden")))
        }
        defer { close(descriptor) }
        var readFailure: String?
        let actuals = try assign(budget: budget, rules: rules, exportFile: exportPath, through: through) { buffer throws(CSVFileError) in
            while true {
                let count = read(descriptor, buffer.baseAddress!, buffer.count)
                if count < 0, errno == EINTR { continue }
                if count < 0 {
                    readFailure = String(cString: strerror(errno))
                    return 0
                }
                return count
            }
        }
        if let readFailure { throw .file(.unreadable(file: exportPath, reason: "het bestand kan niet gelezen worden (\(readFailure))")) }
        return actuals
    }

    /// Assigns the bookings of an export held in memory (tests, small exports).
    /// - Complexity: as ``assign(budget:rules:exportPath:through:)``.
    public static func assign(budget: Budget, rules: BookingRules, bytes: [UInt8], exportFile: String, through: BookingDate? = nil) throws(BookingsError) -> BookingActuals {
        var offset = 0
        return try assign(budget: budget, rules: rules, exportFile: exportFile, through: through) { buffer throws(CSVFileError) in
            let count = min(buffer.count, bytes.count - offset)
            bytes.withUnsafeBytes { source in
                if count > 0 { buffer.baseAddress!.copyMemory(from: source.baseAddress! + offset, byteCount: count) }
            }
            offset += count
            return count
        }
    }

    static func assign(
        budget: Budget, rules: BookingRules, exportFile: String, through: BookingDate?,
        source: (UnsafeMutableRawBufferPointer) throws(CSVFileError) -> Int
    ) throws(BookingsError) -> BookingActuals {
        let plan = try BookingPlan(budget: budget, rules: rules)
        var state = BookingTally(plan: plan, budget: budget, through: through)
        var reader = BookingsCSVReader(layout: rules.layout, file: exportFile, rulesFile: rules.file)
        do throws(CSVFileError) {
            try reader.read(from: source) { booking throws(CSVFileError) in try state.add(booking, file: exportFile) }
        } catch {
            throw .export(error)
        }
        return state.actuals(plan: plan, budget: budget, rules: rules, exportFile: exportFile)
    }
}
