import Foundation
import HocVuCore

/// One file of a theme: where diagnostics say it is, and its bytes (the
/// built-in theme) or its real path on disk (a theme folder).
struct ThemeFile {
    var display: String
    var content: OutputFile.Content

    func data() -> Data {
        switch content {
        case .bytes(let data): data
        case .copy(let url): FileManager.default.contents(atPath: url.path) ?? Data()
        }
    }
}

/// A theme folder's files by relative path (`templates/home.mustache`), or
/// the built-in default theme's. Later layers override earlier ones.
struct ThemeLayer {
    var files: [String: ThemeFile] = [:]
    /// The folder on disk; nil for the built-in theme.
    var root: URL?

    static let embedded: ThemeLayer = {
        var layer = ThemeLayer()
        for path in DefaultTheme.files.keys {
            if let data = DefaultTheme.data(path) {
                layer.files[path] = ThemeFile(display: "themes/default/\(path) (built into hocvu)", content: .bytes(data))
            }
        }
        return layer
    }()

    /// Lists a theme folder with `lstat`: a link to a file inside the folder
    /// is that file; a link that leaves it is an error and is never read or
    /// copied; folders reached through links are not followed.
    init(folder: URL, display: String, diagnostics: inout DiagnosticList) {
        root = folder
        let contained = ContainedPath(roots: [folder])
        var pending = [""]
        while let relativeFolder = pending.popLast() {
            let url = relativeFolder.isEmpty ? folder : folder.appendingPathComponent(relativeFolder)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [] where !name.hasPrefix(".") {
                let relative = relativeFolder.isEmpty ? name : "\(relativeFolder)/\(name)"
                let full = folder.appendingPathComponent(relative)
                var info = stat()
                guard lstat(full.path, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    pending.append(relative)
                case S_IFREG:
                    files[relative] = ThemeFile(display: "\(display)/\(relative)", content: .copy(full))
                case S_IFLNK:
                    guard let real = contained.resolve(full) else {
                        if ContainedPath.realPath(full.path) != nil {
                            diagnostics.error(
                                "theme.outside-link",
                                "this symbolic link leads outside the theme folder; hocvu never reads or publishes such a file",
                                at: SourceLocation(file: "\(display)/\(relative)"))
                        }
                        continue
                    }
                    var target = stat()
                    if stat(real, &target) == 0, target.st_mode & S_IFMT == S_IFREG {
                        files[relative] = ThemeFile(display: "\(display)/\(relative)", content: .copy(URL(fileURLWithPath: real)))
                    }
                default:
                    continue
                }
            }
        }
    }

    private init() {}
}
