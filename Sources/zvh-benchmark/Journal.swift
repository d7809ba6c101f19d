import Foundation
import ZVHFinance

/// The national set as a plain-text accounting journal (ledger and hledger read the
/// same syntax), so the peers can be timed on the same data: `zvh-benchmark journaal
/// MAP BESTAND`.
///
/// Every begroting becomes a periodic (budget) transaction for its year, every
/// jaarrekening an actual transaction on the last day of its year. The peers get the
/// members' contributions as ready numbers (computed here by ZVHFinance); they do no key
/// split, settlement or checks.
enum Journal {
    /// What was written.
    struct Summary {
        var transactions = 0
        var postings = 0
    }

    /// Writes the journal of every budget file under `folder` to `path`.
    static func write(from folder: String, to path: String) throws -> Summary {
        var summary = Summary()
        var text = "; the national set of zvh-benchmark as a journal (zvh-benchmark journaal)\n\n"
        for file in try BudgetLoader.budgetFiles(in: [folder]) {
            let analysed = AnalysedBudget(try BudgetLoader.load(file))
            let budget = analysed.budget
            let year = budget.period.year
            let organisation = budget.organisation.identifier
            let column = budget.mainColumn.name
            switch budget.kind {
            case .begroting: text += "~ yearly from \(year)-01-01 to \(year + 1)-01-01\n"
            case .jaarrekening: text += "\(year)-12-31 jaarrekening \(organisation) \(year)\n"
            }
            func post(_ account: String, _ money: Money) {
                text += "    \(account)  \(money.jsonNumber) EUR\n"
                summary.postings += 1
            }
            func accountName(_ text: String) -> String { text.replacingOccurrences(of: ":", with: " ") }
            for group in budget.costs {
                for line in group.lines {
                    post("Lasten:\(organisation):\(accountName(group.name)):\(accountName(line.name))", line.amount(in: column))
                }
            }
            for line in budget.incomeLines {
                post("Baten:\(organisation):\(accountName(line.name))", -line.amount(in: column))
            }
            if budget.kind == .begroting, let statement = analysed.statement {
                for member in statement.members {
                    post("Baten:\(organisation):Bijdragen:\(accountName(member.municipality))", -member.final)
                }
            }
            text += "    Resultaat:\(organisation)\n\n"
            summary.postings += 1
            summary.transactions += 1
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return summary
    }
}
