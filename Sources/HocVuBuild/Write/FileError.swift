import Foundation

/// A file that could not be written or read, with the system's reason.
struct FileError: Error, CustomStringConvertible {
    var path: String
    var reason: String
    var description: String { "'\(path)': \(reason)" }
}
