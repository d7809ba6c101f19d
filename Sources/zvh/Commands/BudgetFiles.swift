import Foundation
import ZVHFinance

/// Loads the budget files named on the command line (default `Budgets/`), reporting
/// every file that cannot be read and going on with the others.
enum BudgetFiles {
    /// The budgets that loaded (nil when nothing can be shown) and the exit status so far.
    static func load(_ arguments: [String], context: inout CommandContext) -> (budgets: [Budget]?, status: Int32) {
        let paths = arguments.isEmpty ? ["Budgets"] : arguments
        context.inputPaths += paths
        let files: [String]
        do throws(BudgetFileError) {
            files = try BudgetLoader.budgetFiles(in: paths)
        } catch {
            if arguments.isEmpty {
                context.err("Budgets: fout: geen map Budgets/ in de huidige map; start zvh in de projectmap of geef een pad op\n")
                return (nil, ExitCode.noInput)
            }
            return (nil, Diagnostics.report(error, context: &context))
        }
        var budgets: [Budget] = []
        var status = ExitCode.success
        // Read at once, reported in the order of the files.
        for loaded in BudgetLoader.loadAll(files) {
            switch loaded {
            case .success(let budget): budgets.append(budget)
            case .failure(let error): status = max(status, Diagnostics.report(error, context: &context))
            }
        }
        if budgets.isEmpty || status != ExitCode.success {  // all or nothing: see ReportCommandOptions.deliver
            if status == ExitCode.success {
                context.err("\(paths.joined(separator: ", ")): fout: geen begrotingsbestanden (*.json) gevonden\n")
                return (nil, ExitCode.noInput)
            }
            return (nil, status)
        }
        return (budgets, status)
    }

    /// Every budget analysed once and checked together; a budget whose contributions
    /// cannot be computed is reported and left out of the entries.
    static func entries(_ budgets: [Budget], status: Int32, context: inout CommandContext) -> (entries: [BudgetReportContent], status: Int32) {
        let analysed = AnalysedBudget.analysing(budgets)
        let findings = Checker.check(analysed)
        var entries: [BudgetReportContent] = []
        var status = status
        for budget in analysed {
            if case .failure(let error) = budget.contributions {
                status = max(status, Diagnostics.report(.contribution(file: budget.budget.file, error), context: &context))
                continue
            }
            entries.append(BudgetReportContent(budget, showsContributions: true, findings: findings))
        }
        return (entries, status)
    }

    /// The other files of the same organisation in a budget's folder (for a comparison
    /// with other periods); a file there that cannot be read is named on standard error
    /// and left out, the command still runs.
    static func siblings(of budget: Budget, context: inout CommandContext) -> [Budget] {
        let folder = PathText.folder(of: budget.file)
        let own = FileIdentity(path: budget.file)
        guard let files = try? BudgetLoader.budgetFiles(in: [folder.isEmpty ? "." : folder]) else { return [] }
        var budgets: [Budget] = []
        for file in files where FileIdentity(path: file) != own {
            do throws(BudgetFileError) {
                let other = try BudgetLoader.load(file)
                if other.organisation.identifier == budget.organisation.identifier { budgets.append(other) }
            } catch {
                Diagnostics.line("\(error.errorDescription ?? file) (overgeslagen voor de vergelijking met andere perioden)", context: &context)
            }
        }
        return budgets
    }
}
