extension Budget {
    /// The budget with new inhabitant counts: each listed member's count (with its
    /// reference date and source) replaced, and every key that lists inhabitants
    /// following the new counts (keys by the members' own inhabitants do so by
    /// themselves). Members not listed keep their counts.
    ///
    /// `zvh volgend-jaar --inwoners` and `zvh kadernota --inwoners` both change the
    /// counts this way, so the same CSV gives the same weights.
    /// - Parameter inhabitants: the new counts by member name (from ``InhabitantsCSV``).
    /// - Returns: the changed budget (the same when `inhabitants` is empty).
    /// - Complexity: O(members + key entries).
    public func withInhabitants(_ inhabitants: [String: Inhabitants]) -> Budget {
        guard !inhabitants.isEmpty else { return self }
        var changed = self
        for index in changed.organisation.members.indices {
            if let count = inhabitants[changed.organisation.members[index].name] { changed.organisation.members[index].inhabitants = count }
        }
        func updated(_ entries: [KeyEntry]) -> [KeyEntry] {
            entries.map { entry in
                var entry = entry
                if let count = inhabitants[entry.municipality] { entry.value = Quantity(count.count) }
                return entry
            }
        }
        for index in changed.keys.indices where changed.keys[index].kind.name.weighsByInhabitants {
            changed.keys[index].kind = changed.keys[index].kind.replacingEntries(updated(changed.keys[index].kind.entries))
        }
        return changed
    }
}
