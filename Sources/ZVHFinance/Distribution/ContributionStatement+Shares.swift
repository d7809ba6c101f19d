/// The shares a contributions table shows beside the members' own: of the afronding
/// line, and of all members together (the whole), computed here once for every report.
extension ContributionStatement {
    /// The afronding line as a share of what is distributed.
    public var roundingShare: Share { Share(roundingDifference, of: totalDistributed) }

    /// What is distributed as a share of itself: the whole (100%), or an empty whole
    /// ("–") when nothing is distributed.
    public var wholeShare: Share { Share(totalDistributed, of: totalDistributed) }
}
