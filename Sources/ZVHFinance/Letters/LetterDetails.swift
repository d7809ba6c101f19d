/// What makes a contribution letter a letter rather than a report: the date it bears
/// and its reference (`--datum`, `--kenmerk`; the tool never reads the clock), and the
/// sender's profile (``OrganisationProfile``), when the organisation has one.
public struct LetterDetails: Hashable, Sendable {
    /// The letter's date.
    public var date: BookingDate?
    /// The letter's reference (kenmerk).
    public var reference: String?
    /// The sender's profile.
    public var profile: OrganisationProfile?

    /// Creates the details; all are optional, and a letter without them says what is
    /// still to be filled in.
    public init(date: BookingDate? = nil, reference: String? = nil, profile: OrganisationProfile? = nil) {
        self.date = date
        self.reference = reference
        self.profile = profile
    }
}
