/// The head of a letter: who sends it, to whom, and its particulars (date, reference).
/// A report that is a letter carries one; the PDF view sets it as a letter (sender at
/// the top, the addressee where a window envelope shows it, then the particulars and
/// the subject in bold), the other views show the same lines as the report's context.
public struct Letterhead: Hashable, Sendable {
    /// The sender: its name first, then its address.
    public var sender: [String]
    /// The addressee's block, line by line.
    public var addressee: [String]
    /// The particulars: `Datum: 15 september 2026`, `Kenmerk: ZVH/2026/001` (the
    /// subject is the report's title).
    public var particulars: [String]

    /// Creates a letterhead.
    public init(sender: [String], addressee: [String], particulars: [String]) {
        self.sender = sender
        self.addressee = addressee
        self.particulars = particulars
    }

    /// The same lines as a report's context, for the views without letter layout.
    public var contextLines: [String] {
        ["Van: " + sender.joined(separator: ", "), "Aan: " + addressee.joined(separator: ", ")] + particulars
    }
}
