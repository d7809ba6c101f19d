import Foundation

/// A file as the file system knows it: device and inode, the same however it is
/// named (a relative path, `..`, a symbolic or hard link).
public struct FileIdentity: Hashable, Sendable {
    public var device: UInt64
    public var inode: UInt64

    /// The identity of the file at `path`, following symbolic links; nil when it
    /// cannot be found.
    public init?(path: String) {
        guard let status = FileStatus(path: path) else { return nil }
        self = status.identity
    }

    init(device: UInt64, inode: UInt64) {
        self.device = device
        self.inode = inode
    }

    /// Every file that `paths` name: each path itself, and for a folder every file
    /// below it, hidden files and the folders a scan skips (`scenarios/`,
    /// `voorbeelden/`) included; symbolic links are followed, each folder read once.
    /// Folders that cannot be read are passed over (nothing in them can be named).
    /// - Complexity: O(n) in the number of files below the folders.
    public static func allFiles(namedBy paths: [String]) -> Set<FileIdentity> {
        var identities: Set<FileIdentity> = []
        var visited: Set<FileIdentity> = []
        for path in paths {
            guard let status = FileStatus(path: path) else { continue }
            identities.insert(status.identity)
            if status.isDirectory { collect(below: path, into: &identities, visited: &visited) }
        }
        return identities
    }

    static func collect(below folder: String, into identities: inout Set<FileIdentity>, visited: inout Set<FileIdentity>) {
        guard let status = FileStatus(path: folder), visited.insert(status.identity).inserted,
            let names = try? FileStatus.entries(of: folder)
        else { return }
        for name in names {
            let path = FileStatus.joined(folder, name)
            guard let entry = FileStatus(path: path) else { continue }
            identities.insert(entry.identity)
            if entry.isDirectory { collect(below: path, into: &identities, visited: &visited) }
        }
    }
}

/// What `stat(2)` says of a path, and the few file-system calls the readers need,
/// all with names in ``FileSystemName`` form.
struct FileStatus {
    var raw: stat

    /// The status of the file at `path`, following symbolic links (`lstat` when
    /// `followsLinks` is false); nil with `errno` set when there is none.
    init?(path: String, followsLinks: Bool = true) {
        var raw = stat()
        let result = FileSystemName.withRepresentation(of: path) { followsLinks ? stat($0, &raw) : lstat($0, &raw) }
        guard result == 0 else { return nil }
        self.raw = raw
    }

    init(raw: stat) { self.raw = raw }

    var identity: FileIdentity { FileIdentity(device: UInt64(raw.st_dev), inode: UInt64(raw.st_ino)) }
    var type: mode_t { raw.st_mode & S_IFMT }
    var isDirectory: Bool { type == S_IFDIR }
    var isRegularFile: Bool { type == S_IFREG }
    var isSymbolicLink: Bool { type == S_IFLNK }
    var size: Int64 { Int64(raw.st_size) }

    /// What kind of file this is, in Dutch, for a file that is not a regular one.
    var kindName: String {
        switch type {
        case S_IFDIR: "een map"
        case S_IFIFO: "een FIFO (named pipe)"
        case S_IFCHR: "een apparaat (character device)"
        case S_IFBLK: "een apparaat (block device)"
        case S_IFSOCK: "een socket"
        case S_IFLNK: "een symbolische koppeling"
        default: "geen gewoon bestand"
        }
    }

    /// A failed file-system call: its `errno`.
    struct Failure: Error {
        var code: Int32
    }

    /// The names in a folder (without `.` and `..`), sorted by their bytes.
    /// - Throws: the `errno` of `opendir` or `readdir`.
    static func entries(of folder: String) throws(Failure) -> [String] {
        guard let directory = FileSystemName.withRepresentation(of: folder, { opendir($0) }) else {
            throw Failure(code: errno)
        }
        defer { closedir(directory) }
        var names: [[UInt8]] = []
        while true {
            errno = 0
            guard let entry = readdir(directory) else {
                if errno != 0 { throw Failure(code: errno) }
                break
            }
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { buffer in Array(buffer.prefix { $0 != 0 }) }
            if bytes == [0x2E] || bytes == [0x2E, 0x2E] { continue }
            names.append(bytes)
        }
        return names.sorted { $0.lexicographicallyPrecedes($1) }.map { FileSystemName.decoding($0) }
    }

    /// A folder and a name in it as one path.
    static func joined(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// Why `path` cannot be used, in Dutch, from the `errno` of a failed `stat` or `open`.
    static func reason(_ code: Int32, path: String, missing: String) -> String {
        switch code {
        case ENOENT:
            if let link = FileStatus(path: path, followsLinks: false), link.isSymbolicLink {
                return "de symbolische koppeling wijst naar iets dat niet bestaat"
            }
            return missing
        case ENOTDIR: return missing
        case ELOOP: return "symbolische koppelingen vormen een kring"
        case EACCES, EPERM: return "geen toegang (geen leesrechten?)"
        case ENAMETOOLONG: return "de naam is te lang"
        default: return String(cString: strerror(code))
        }
    }
}
