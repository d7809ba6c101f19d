/// Reading a printed instalment table (`vermeld.termijnen`: per member a list of amounts).
extension DocumentReader {
    mutating func readInstalments(_ object: ObjectReader?) throws(BudgetFileError) -> [StatedInstalments] {
        guard let object else { return [] }
        var result: [StatedInstalments] = []
        for member in object.members {
            let path = object.childPath(member.key)
            let at = FieldLocation(path: path, location: member.value.location)
            let name = member.key.trimmingSpaces
            guard memberNames.contains(name) else {
                throw .unknownKey(file: file, key: member.key, at: FieldLocation(path: object.path, location: member.keyLocation), suggestion: Spelling.closest(to: member.key, among: members.map(\.name)))
            }
            guard case .array(let elements) = member.value.kind else {
                throw .wrongType(file: file, at: at, expected: "een lijst van bedragen (de termijnen)", found: member.value.dutchTypeName)
            }
            guard !elements.isEmpty else { throw .invalidValue(file: file, at: at, message: "een termijnenlijst heeft minstens één termijn") }
            var amounts: [StatedAmount] = []
            for (index, element) in elements.enumerated() {
                let elementPath = "\(path)[\(index)]"
                let amount = try object.moneyValue(element, path: elementPath)
                try count(amount, at: FieldLocation(path: elementPath, location: element.location))
                amounts.append(StatedAmount(amount, origin: FieldLocation(path: elementPath, location: element.location)))
            }
            result.append(StatedInstalments(municipality: name, amounts: amounts, origin: at))
        }
        return result
    }
}
