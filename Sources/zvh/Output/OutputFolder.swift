import Foundation
import ZVHFinance

/// The folder of a batch of output files (`brief --alle --uitvoer MAP`): made when it
/// does not exist, and never one that a scan of the inputs reads.
///
/// zvh reads a folder with every folder below it (``BudgetLoader/budgetFiles(in:)``).
/// A JSON letter in such a folder would be read as a budget the next time, so the
/// folder is refused when it is an input's folder, lies below one, or lies above one
/// (a scan of it reads the inputs and the letters together), and when it is or lies
/// below `Budgets/`, the folder zvh reads by default. Folders are compared by device
/// and inode, so another spelling or a symbolic link does not get past.
enum OutputFolder {
    /// Checks the folder and makes it when it does not exist; nothing is made when it
    /// is refused.
    /// - Parameters:
    ///   - folder: the folder as given.
    ///   - inputs: the files read.
    /// - Throws: ``OutputFile/Failure`` (usage when the folder is not allowed).
    static func prepare(_ folder: String, inputs: [String]) throws(OutputFile.Failure) {
        guard !folder.isEmpty else { throw OutputFile.Failure(message: "geef een map op", isUsage: true) }
        guard !SystemPath.reachesSystem(folder) else {
            throw OutputFile.Failure(message: "deze map ligt onder /dev, /proc of /sys (of wijst daarheen); zvh schrijft alleen gewone bestanden", isUsage: true)
        }
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder)
        if exists, !isFolder.boolValue {
            throw OutputFile.Failure(message: "met --alle is --uitvoer een map, en dit is een bestand", isUsage: true)
        }
        // Above a folder that does not exist yet, its parent stands for it.
        let parent = PathText.folder(of: folder.hasSuffix("/") ? String(folder.dropLast()) : folder)
        let existing = exists ? folder : (parent.isEmpty ? "." : parent)
        let folderChain = ancestry(of: existing)
        for input in inputs {
            let inputFolder = PathText.folder(of: input)
            let inputChain = ancestry(of: inputFolder.isEmpty ? "." : inputFolder)
            guard let inputIdentity = inputChain.first else { continue }
            let isBelow = folderChain.contains(inputIdentity)
            let isAbove = exists && folderChain.first.map(inputChain.contains) == true
            if isBelow || isAbove {
                throw OutputFile.Failure(message: "weigert in deze map te schrijven: een scan van de map \(inputFolder.isEmpty ? "." : inputFolder) of van een map erboven zou de brieven als begrotingen lezen; kies een map buiten de map van de begrotingen", isUsage: true)
            }
        }
        if let budgets = FileIdentity(path: "Budgets"), folderChain.contains(budgets) {
            throw OutputFile.Failure(message: "weigert in Budgets/ of een map daaronder te schrijven: zvh leest die map standaard en zou de brieven als begrotingen lezen; kies een map buiten Budgets/", isUsage: true)
        }
        guard !exists else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        } catch {
            throw OutputFile.Failure(message: "kan de map niet maken (bestaat de map erboven, en mag zvh daarin schrijven?)")
        }
    }

    /// The identities of a folder and of every folder above it, up to the root
    /// (followed through `..`, so a symbolic link counts as the folder it points at).
    /// - Complexity: O(depth).
    static func ancestry(of folder: String) -> [FileIdentity] {
        var chain: [FileIdentity] = []
        var path = folder
        while let identity = FileIdentity(path: path), !chain.contains(identity), chain.count < 4_096 {
            chain.append(identity)
            path += "/.."
        }
        return chain
    }
}
