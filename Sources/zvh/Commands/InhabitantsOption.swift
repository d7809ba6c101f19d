import ZVHFinance

/// `--inwoners CSV` of `zvh volgend-jaar` and `zvh kadernota`: one reader of the
/// inhabitants' CSV, so both commands accept and refuse the same files alike.
enum InhabitantsOption {
    /// The counts of the CSV named by `--inwoners` (none without the option), the file
    /// added to `inputs` so `--uitvoer` never replaces it.
    /// - Returns: the counts by member, or the exit status after reporting why not
    ///   (66 unreadable; 65 for a wrong line, named as `bestand:regel:kolom: fout: …`).
    /// - Complexity: O(n) in the size of the file.
    static func counts(_ invocation: Invocation, members: [String], inputs: inout [String], context: inout CommandContext) -> Result<[String: Inhabitants], BooksOptions.Status> {
        guard let csv = invocation.options["inwoners"]?.last else { return .success([:]) }
        inputs.append(csv)
        do throws(BudgetFileError) {
            let bytes = try BudgetLoader.readBytes(csv)
            do throws(CSVFileError) {
                return .success(try InhabitantsCSV.read(bytes, file: csv, members: members))
            } catch {
                Diagnostics.line(error.errorDescription ?? csv, context: &context)
                context.inputFailure = ExitCode.dataError
                return .failure(.init(code: ExitCode.dataError))
            }
        } catch {
            return .failure(.init(code: Diagnostics.report(error, context: &context)))
        }
    }
}
