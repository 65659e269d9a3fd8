import Foundation
import HocVuCore

/// `hocvu check --fix`: the fixes the diagnostics already propose and that
/// are safe: names that are not valid renamed (and every link to them
/// rewritten), fragments one unambiguous slip from a heading's id, text
/// normalised to NFC. It never deletes anything, never follows a link out
/// of the content folder, and never renames onto an existing name.
public struct ContentFixer {
    let content: URL
    /// How diagnostics name the content folder (`content`), to read their paths.
    let display: String

    public init(content: URL, display: String) {
        self.content = content
        self.display = display
    }

    /// Every change, decided before any is made.
    public func plan(fragmentFixes: [FragmentFix] = []) -> FixPlan {
        var plan = FixPlan()
        let entries = listing()
        let moved = renames(entries, plan: &plan)
        let files = entries.filter { !$0.isFolder }.map(\.path)
        let fixesByFile = Dictionary(grouping: fragmentFixes) { fix -> String in
            let file = fix.location.file
            return file.hasPrefix(display + "/") ? String(file.dropFirst(display.count + 1)) : file
        }
        // Files under static/ are published byte for byte: never rewritten.
        for path in files where !path.hasPrefix("static/") && (path.hasSuffix(".md") || path.hasSuffix(".yml") || path.hasSuffix(".yaml")) {
            guard let data = try? Data(contentsOf: content.appendingPathComponent(path)), data.count <= 16 * 1024 * 1024,
                  let before = String(validating: data, as: UTF8.self) else { continue }
            var after = VietnameseText.nfc(before)
            // Bytes, not Strings: Swift finds NFD and NFC text equal.
            var reasons = Array(after.utf8) == Array(before.utf8) ? [] : ["NFC"]
            if let fixes = fixesByFile[path], Self.fixFragments(fixes, in: &after) { reasons.append("fragments") }
            if path.hasSuffix(".md"), rewriteLinks(in: &after, from: path, moved: moved) { reasons.append("links to renamed files") }
            if Array(after.utf8) != Array(before.utf8) {
                plan.edits.append(FixPlan.Edit(path: path, before: before, after: after, reasons: reasons))
            }
        }
        return plan
    }

    /// Writes the plan: each file's new text atomically, then the renames,
    /// deepest first (so a folder's own path is still valid for what is in it).
    /// Returns one line per change made.
    public func apply(_ plan: FixPlan) throws -> [String] {
        var done: [String] = []
        for edit in plan.edits {
            try Data(edit.after.utf8).write(to: content.appendingPathComponent(edit.path), options: .atomic)
            done.append("fixed \(display)/\(edit.path) (\(edit.reasons.joined(separator: ", ")))")
        }
        let deepestFirst = plan.renames.sorted { $0.from.split(separator: "/").count > $1.from.split(separator: "/").count }
        for rename in deepestFirst {
            let from = content.appendingPathComponent(rename.from)
            let parent = from.deletingLastPathComponent()
            let to = parent.appendingPathComponent((rename.to as NSString).lastPathComponent)
            // moveItem refuses an existing destination: nothing is ever replaced.
            try FileManager.default.moveItem(at: from, to: to)
            done.append("renamed \(display)/\(rename.from) → \(display)/\(rename.to)")
        }
        return done
    }

    // MARK: - Names

    struct Entry {
        var path: String
        var isFolder: Bool
    }

    /// Files and folders under the content folder, links and hidden names left out.
    func listing() -> [Entry] {
        var entries: [Entry] = []
        var pending = [""]
        while let folder = pending.popLast() {
            let url = folder.isEmpty ? content : content.appendingPathComponent(folder)
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
            for name in names where !name.hasPrefix(".") {
                let path = folder.isEmpty ? name : folder + "/" + name
                var info = stat()
                guard lstat(content.appendingPathComponent(path).path, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    entries.append(Entry(path: path, isFolder: true))
                    pending.append(path)
                case S_IFREG:
                    entries.append(Entry(path: path, isFolder: false))
                default:
                    continue
                }
            }
        }
        return entries.sorted { $0.path < $1.path }
    }

    /// Plans the renames; returns every file whose path changes (its own name
    /// or a folder above it), old path → new path.
    func renames(_ entries: [Entry], plan: inout FixPlan) -> [String: String] {
        let existing = Set(entries.map(\.path))
        var newPath: [String: String] = [:]
        var taken = existing
        // Parents before children: sorted paths put a folder before what it holds.
        for entry in entries {
            let parts = entry.path.split(separator: "/").map(String.init)
            let parent = parts.dropLast().joined(separator: "/")
            let newParent = parent.isEmpty ? "" : (newPath[parent] ?? parent)
            let name = parts[parts.count - 1]
            var newName = name
            // As the loader checks names (§1.2): below the top, or a file at the
            // top; `static/` is published under the names it has.
            if (parts.count > 1 || !entry.isFolder) && parts[0] != "static" {
                let stem = entry.isFolder ? name : ContentLoader.stem(of: name)
                if !Slug.isValidName(stem) {
                    let fixed = Slug.make(stem)
                    if fixed.isEmpty {
                        plan.skipped.append("\(display)/\(entry.path): no letter or digit to make a name of; rename it by hand")
                    } else {
                        newName = fixed + (entry.isFolder ? "" : ContentLoader.extensionPart(of: name))
                    }
                }
            }
            let target = newParent.isEmpty ? newName : newParent + "/" + newName
            if newName != name {
                if taken.contains(target) {
                    plan.skipped.append("\(display)/\(entry.path): '\(newName)' is taken; rename it by hand")
                    newPath[entry.path] = newParent.isEmpty ? name : newParent + "/" + name
                    continue
                }
                taken.insert(target)
                plan.renames.append(FixPlan.Rename(from: entry.path, to: target))
            }
            newPath[entry.path] = target
        }
        var moved: [String: String] = [:]
        for entry in entries where !entry.isFolder {
            if let to = newPath[entry.path], to != entry.path { moved[entry.path] = to }
        }
        return moved
    }

    // MARK: - Links

    /// Rewrites the links of a Markdown file at `path` that lead to moved
    /// files, in the spellings an author may have used (raw, `<…>`,
    /// percent-encoded, `/…` for static files).
    func rewriteLinks(in text: inout String, from path: String, moved: [String: String]) -> Bool {
        guard !moved.isEmpty else { return false }
        let newSelf = moved[path] ?? path
        var changed = false
        for (old, new) in moved.sorted(by: { $0.key < $1.key }) {
            let oldLink = Self.relative(from: path, to: old), newLink = Self.relative(from: newSelf, to: new)
            var spellings = Self.spellings(of: oldLink)
            if old.hasPrefix("static/") { spellings += Self.spellings(of: "/" + old.dropFirst("static/".count)) }
            for spelling in spellings {
                let target = spelling.hasPrefix("/") ? "/" + new.dropFirst("static/".count) : newLink
                if Self.replaceDestinations(spelling, with: target, in: &text) { changed = true }
            }
        }
        return changed
    }

    /// The relative path from the folder of `from` to `to` (content paths).
    static func relative(from: String, to: String) -> String {
        let base = from.split(separator: "/").dropLast().map(String.init)
        let target = to.split(separator: "/").map(String.init)
        var common = 0
        while common < base.count && common < target.count - 1 && base[common] == target[common] { common += 1 }
        return (Array(repeating: "..", count: base.count - common) + target[common...]).joined(separator: "/")
    }

    static func spellings(of link: String) -> [String] {
        let nfc = VietnameseText.nfc(link)
        var forms = [nfc]
        if let encoded = nfc.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) { forms.append(encoded) }
        forms.append(nfc.replacingOccurrences(of: " ", with: "%20"))
        var seen = Set<String>()
        return forms.filter { seen.insert($0).inserted }
    }

    /// Replaces `spelling` where it stands as a link destination: after `(`,
    /// `<` or a space (`]: x`, `cover: x`), before `)`, `#`, `?`, `>`, a space,
    /// a quote or the line's end.
    static func replaceDestinations(_ spelling: String, with new: String, in text: inout String) -> Bool {
        let before: Set<Character> = ["(", "<", " "], after: Set<Character> = [")", "#", "?", ">", " ", "\"", "\n"]
        var out = ""
        var rest = text[...]
        var changed = false
        while let range = rest.range(of: spelling) {
            let previous = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : "\n"
            let next = range.upperBound < text.endIndex ? text[range.upperBound] : "\n"
            out += rest[..<range.lowerBound]
            if before.contains(previous) && after.contains(next) {
                out += new
                changed = true
            } else {
                out += rest[range]
            }
            rest = rest[range.upperBound...]
        }
        out += rest
        if changed { text = out }
        return changed
    }

    // MARK: - Fragments

    /// `#written` → `#id` on each fix's line, from its column on.
    static func fixFragments(_ fixes: [FragmentFix], in text: inout String) -> Bool {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var changed = false
        for fix in fixes where fix.location.line >= 1 && fix.location.line <= lines.count {
            let line = lines[fix.location.line - 1]
            let from = line.index(line.startIndex, offsetBy: max(0, fix.location.column - 1), limitedBy: line.endIndex) ?? line.startIndex
            let written = "#" + fix.written
            guard let range = line.range(of: written, range: from..<line.endIndex) ?? line.range(of: written) else { continue }
            // Only a whole fragment: followed by the link's end, not more of a longer one.
            let next = range.upperBound < line.endIndex ? line[range.upperBound] : ")"
            guard next == ")" || next == " " || next == ">" || next == "\"" else { continue }
            lines[fix.location.line - 1] = line.replacingCharacters(in: range, with: "#" + fix.id)
            changed = true
        }
        if changed { text = lines.joined(separator: "\n") }
        return changed
    }
}
