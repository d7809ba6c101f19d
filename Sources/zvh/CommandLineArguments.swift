import Foundation
import ZVHFinance

/// The arguments of this process, read from `argv` as bytes: a file name that is not
/// valid UTF-8 is kept losslessly (see ``FileSystemName``) instead of having its bytes
/// replaced by U+FFFD, which would make an existing file "not found".
enum CommandLineArguments {
    static func current() -> [String] {
        (1..<Int(CommandLine.argc)).compactMap { index in
            guard let argument = CommandLine.unsafeArgv[index] else { return nil }
            let length = strlen(argument)
            return argument.withMemoryRebound(to: UInt8.self, capacity: length) { bytes in
                FileSystemName.decoding(UnsafeBufferPointer(start: bytes, count: length))
            }
        }
    }
}
