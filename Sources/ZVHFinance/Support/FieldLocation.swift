/// Where a value stands in a budget file: its field path (`lasten[0].regels[1]`) and
/// its line and column. Findings and errors use it to point a controller at the spot.
///
/// A reader keeps the path as its parent's path and a last step, and the text is put
/// together only when it is read (a message, a report), so reading a file does not
/// build a string per value.
public struct FieldLocation: Hashable, Sendable {
    /// The last step of a path kept in parts: a member's key or an element's index.
    enum Step: Hashable, Sendable {
        case member(String)
        case element(Int)
    }

    /// The path up to ``step``, or the whole path when there is no step.
    private var parent: String
    private var step: Step?
    /// The line and column where the value starts.
    public var location: SourceLocation

    /// The field path from the top of the file, e.g. `baten[4].bedragen.begroot`.
    public var path: String {
        get {
            switch step {
            case nil: parent
            case .member(let key): parent.isEmpty ? key : Self.joined(parent, UInt8(ascii: "."), key, closing: nil)
            case .element(let index): Self.joined(parent, UInt8(ascii: "["), String(index), closing: UInt8(ascii: "]"))
            }
        }
        set {
            parent = newValue
            step = nil
        }
    }

    /// `head`, a separator, `tail` and maybe a closing byte, written once into a string
    /// of the final size (one allocation, not one per part).
    private static func joined(_ head: String, _ separator: UInt8, _ tail: String, closing: UInt8?) -> String {
        var head = head, tail = tail
        return head.withUTF8 { head in
            tail.withUTF8 { tail in
                String(unsafeUninitializedCapacity: head.count + tail.count + (closing == nil ? 1 : 2)) { buffer in
                    var end = UnsafeMutableBufferPointer(rebasing: buffer[...]).initialize(fromContentsOf: head)
                    buffer[end] = separator
                    end += 1
                    end += UnsafeMutableBufferPointer(rebasing: buffer[end...]).initialize(fromContentsOf: tail)
                    if let closing {
                        buffer[end] = closing
                        end += 1
                    }
                    return end
                }
            }
        }
    }

    /// Creates a field location.
    public init(path: String, location: SourceLocation) {
        self.parent = path
        self.step = nil
        self.location = location
    }

    /// The location of the member `key` of the value at `parent`.
    init(parent: String, member key: String, location: SourceLocation) {
        self.parent = parent
        self.step = .member(key)
        self.location = location
    }

    /// The location of element `index` of the list at `parent`.
    init(parent: String, element index: Int, location: SourceLocation) {
        self.parent = parent
        self.step = .element(index)
        self.location = location
    }

    public static func == (lhs: FieldLocation, rhs: FieldLocation) -> Bool {
        lhs.location == rhs.location && lhs.path == rhs.path
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(location)
    }
}

extension FieldLocation {
    /// `regel:kolom`, for a message that points at another place in the file.
    public var lineAndColumn: String { "\(location.line):\(location.column)" }

    /// The line of a place as a message names it: its number, or "onbekend" for a value
    /// that does not come from a file.
    public static func lineText(_ place: FieldLocation?) -> String {
        place.map { String($0.location.line) } ?? "onbekend"
    }
}
