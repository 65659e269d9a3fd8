import CSystem
import Foundation
import HocVuCore

/// Write stage: the whole site goes into a fresh temporary folder beside the
/// output folder (`mkdtemp`), which is swapped into place only when every file
/// was written, under a lock that lets one build at a time write an output.
/// The swap is one `renameat2(RENAME_EXCHANGE)` where the kernel has it, so
/// the output is the old site or the new one at every instant; elsewhere two
/// renames, and a build killed between them is mended by the next one. A
/// marker file says hocvu made the folder; hocvu never replaces one it did not make.
public struct SiteWriter {
    public static let marker = ".hocvu-site"

    /// What a failed write left at the output, so messages can say it truly.
    public enum OutputState: Sendable {
        case unchanged
        case published
    }

    public enum Failure: Error, CustomStringConvertible {
        case notOurs(String)
        case notAFolder(String)
        /// `--no-wait` and another build holds the output.
        case busy(String)
        case io(String, state: OutputState)

        public var state: OutputState {
            if case .io(_, let state) = self { return state }
            return .unchanged
        }

        /// The diagnostic code: `output.busy` for `--no-wait`, else `output.write`.
        public var code: String {
            if case .busy = self { return "output.busy" }
            return "output.write"
        }

        public var description: String {
            switch self {
            case .notOurs(let path):
                return "'\(path)' is not empty and was not made by hocvu (no \(SiteWriter.marker) file); choose another --out folder or empty it"
            case .notAFolder(let message): return message
            case .busy(let path):
                return "another hocvu build is writing '\(path)' right now (--no-wait was given); try again when it has finished"
            case .io(let message, _): return message
            }
        }
    }

    /// The output folder as named (`--out`); a symbolic link is kept and the
    /// folder it points to is replaced.
    public let output: URL
    /// Wait for another build of the same output (else fail with `.busy`).
    public var wait = true
    /// Called once when the build has to wait for another one.
    public var onWait: () -> Void = {}
    /// Where copied files may come from: nothing else is ever published.
    public var sources = ContainedPath(roots: [])
    /// `--zip`: the site as one zip here, written with the site and replaced
    /// only once the site is.
    public var archive: URL?

    public init(output: URL) {
        self.output = output
    }

    static func systemError(_ code: Int32 = errno) -> String {
        String(cString: strerror(code))
    }

    /// The folder the site really goes to.
    public func target() throws(Failure) -> URL {
        var info = stat()
        if lstat(output.path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK {
            guard let real = ContainedPath.realPath(output.path) else {
                throw .notAFolder("'\(output.path)' is a symbolic link to a folder that does not exist; create that folder or point the link elsewhere")
            }
            return URL(fileURLWithPath: real)
        }
        let parent = output.deletingLastPathComponent()
        if let real = ContainedPath.realPath(parent.path) {
            return URL(fileURLWithPath: real).appendingPathComponent(output.lastPathComponent)
        }
        return output
    }

    /// Refuses an output that is a file, or a folder that is not empty and has no marker.
    public func checkWritable() throws(Failure) {
        try checkWritable(try target())
    }

    private func checkWritable(_ target: URL) throws(Failure) {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: target.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw .notAFolder("'\(output.path)' is a file, not a folder; give --out a folder (hocvu creates it when it does not exist)")
        }
        let entries = (try? fm.contentsOfDirectory(atPath: target.path)) ?? []
        if !entries.isEmpty && !entries.contains(Self.marker) { throw .notOurs(output.path) }
    }

    /// Writes a whole site at once: `begin`, every file, `publish`.
    public func write(_ files: [OutputFile]) throws(Failure) {
        let staging = try begin()
        for file in files.sorted(by: { $0.path < $1.path }) { staging.write(file) }
        try publish(staging)
    }

    /// Takes the output's lock (waiting for another build, or failing with
    /// `.busy`), mends leftovers and makes the temporary folder the new site
    /// is written into.
    public func begin() throws(Failure) -> SiteStaging {
        let target = try target()
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw .io("cannot create the folder '\(parent.path)': \(error.localizedDescription)", state: .unchanged)
        }
        let lockFile = parent.appendingPathComponent(".\(name).hocvu-lock")
        guard let lock = try OutputLock.acquire(at: lockFile, wait: wait, onWait: onWait) else {
            throw .busy(output.path)
        }
        try recover(parent: parent, name: name)
        try checkWritable(target)
        if let recycled = takeSpare(of: target) {
            return SiteStaging(folder: recycled, target: target, parent: parent, sources: sources, lock: lock, recycled: true)
        }
        let temporary = try makeTemporaryFolder(in: parent, prefix: ".\(name).hocvu-tmp-")
        return SiteStaging(folder: temporary, target: target, parent: parent, sources: sources, lock: lock)
    }

    /// Where the site before last is kept for the next build to start from.
    static func spare(of target: URL) -> URL {
        target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).hocvu-spare")
    }

    /// The spare, moved to a temporary name to be the new site, when it is a
    /// folder of this user that hocvu made; anything else by that name goes.
    private func takeSpare(of target: URL) -> URL? {
        let spare = Self.spare(of: target)
        var info = stat(), marker = stat()
        guard lstat(spare.path, &info) == 0 else { return nil }
        guard info.st_mode & S_IFMT == S_IFDIR, info.st_uid == geteuid(),
              lstat(spare.appendingPathComponent(Self.marker).path, &marker) == 0
        else {
            TreeRemover.remove(spare)
            return nil
        }
        let name = ".\(target.lastPathComponent).hocvu-tmp-" + String(UInt32.random(in: 0...UInt32.max), radix: 36)
        let temporary = target.deletingLastPathComponent().appendingPathComponent(name)
        guard rename(spare.path, temporary.path) == 0, chmod(temporary.path, 0o755) == 0 else {
            TreeRemover.remove(spare)
            return nil
        }
        return temporary
    }

    /// Swaps the finished temporary folder into place (and the zip beside
    /// it), then lets the next build in. A staging whose writes failed is
    /// discarded and the output keeps the previous site.
    public func publish(_ staging: SiteStaging) throws(Failure) {
        defer { staging.release() }
        let (temporary, target, parent) = (staging.folder, staging.target, staging.parent)
        let zipTemporary: URL?
        do {
            if let failure = staging.firstFailure { throw failure }
            staging.sweep()
            try OutputFileIO.write(Data(), to: temporary.appendingPathComponent(Self.marker))
            CrashPoint.written.reach()
            zipTemporary = try archive.map { try writeZip(of: temporary, to: $0) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .io("cannot write the site: \(Self.describe(error))", state: .unchanged)
        }
        let previous: URL?
        do throws(Failure) {
            previous = try swap(temporary, into: target, parent: parent)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            if let zipTemporary { try? FileManager.default.removeItem(at: zipTemporary) }
            throw error
        }
        CrashPoint.swapped.reach()
        // The old site is kept for the next build to start from (a leftover
        // here is removed by the next build, under the lock).
        if let previous {
            let spare = Self.spare(of: target)
            SiteStaging.clear(spare.path)
            if rename(previous.path, spare.path) != 0 { TreeRemover.remove(previous) }
        }
        if let zipTemporary, let archive {
            CrashPoint.zipWritten.reach()
            if rename(zipTemporary.path, archive.path) != 0 {
                let reason = Self.systemError()
                try? FileManager.default.removeItem(at: zipTemporary)
                throw .io("the site was published, but '\(archive.path)' could not be replaced (\(reason)); the previous zip is kept", state: .published)
            }
        }
    }

    /// Mends what a killed build left, at the start of every build (even one
    /// that then fails on its content), when no other build holds the output.
    public func mendLeftovers() {
        guard let target = try? target() else { return }
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        let lockFile = parent.appendingPathComponent(".\(name).hocvu-lock")
        guard FileManager.default.fileExists(atPath: lockFile.path),
              let lock = try? OutputLock.acquire(at: lockFile, wait: false, onWait: {})
        else { return }
        withExtendedLifetime(lock) { try? recover(parent: parent, name: name) }
    }

    /// Mends what a killed build left: the old site moved aside but the new
    /// one not in place (put back), temporary folders and zips (removed).
    /// Only the lock holder makes these, so any found now are left over.
    private func recover(parent: URL, name: String) throws(Failure) {
        let fm = FileManager.default
        let old = parent.appendingPathComponent(".\(name).hocvu-old")
        var info = stat()
        if lstat(old.path, &info) == 0 {
            if lstat(parent.appendingPathComponent(name).path, &info) != 0 {
                guard rename(old.path, parent.appendingPathComponent(name).path) == 0 else {
                    throw .io("a killed build left the previous site in '\(old.path)' and it cannot be put back: \(Self.systemError())", state: .unchanged)
                }
            } else {
                try? fm.removeItem(at: old)
            }
        }
        var leftovers = ((try? fm.contentsOfDirectory(atPath: parent.path)) ?? [])
            .filter { $0.hasPrefix(".\(name).hocvu-tmp") }
            .map { parent.appendingPathComponent($0) }
        if let archive {
            let folder = archive.deletingLastPathComponent()
            leftovers += ((try? fm.contentsOfDirectory(atPath: folder.path)) ?? [])
                .filter { $0.hasPrefix(".\(archive.lastPathComponent).hocvu-tmp") }
                .map { folder.appendingPathComponent($0) }
        }
        for leftover in leftovers { try? fm.removeItem(at: leftover) }
    }

    private func makeTemporaryFolder(in parent: URL, prefix: String) throws(Failure) -> URL {
        var template = Array(parent.appendingPathComponent(prefix + "XXXXXX").path.utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer -> String? in
            guard let base = buffer.baseAddress, mkdtemp(base) != nil else { return nil }
            return String(cString: base)
        }
        guard let made, chmod(made, 0o755) == 0 else {
            throw .io("cannot create a temporary folder in '\(parent.path)': \(Self.systemError())", state: .unchanged)
        }
        return URL(fileURLWithPath: made)
    }

    /// The zip of the finished temporary folder, beside its final name.
    private func writeZip(of site: URL, to archive: URL) throws -> URL {
        let folder = archive.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(archive.lastPathComponent).hocvu-tmp-\(getpid())")
        do {
            var archiver = SiteArchiver(site: site, archive: temporary, topFolder: output.lastPathComponent)
            archiver.atomic = false
            try archiver.write()
            guard chmod(temporary.path, 0o644) == 0 else { throw FileError(path: temporary.path, reason: Self.systemError()) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        return temporary
    }

    /// Puts `temporary` at `target`; returns where the previous site now is
    /// (to delete), or nil when there was none.
    private func swap(_ temporary: URL, into target: URL, parent: URL) throws(Failure) -> URL? {
        var info = stat()
        guard lstat(target.path, &info) == 0 else {
            guard rename(temporary.path, target.path) == 0 else {
                throw .io("cannot move the new site into '\(output.path)': \(Self.systemError())", state: .unchanged)
            }
            return nil
        }
        let forced = ProcessInfo.processInfo.environment["HOCVU_TEST_SWAP"] == "renames"
        if !forced {
            if hocvu_rename_exchange(temporary.path, target.path) == 0 { return temporary }
            guard [ENOSYS, EINVAL, ENOTSUP].contains(errno) else {
                throw .io("cannot swap the new site into '\(output.path)': \(Self.systemError())", state: .unchanged)
            }
        }
        // Two renames; `recover` puts the old site back if the build dies between them.
        let old = parent.appendingPathComponent(".\(target.lastPathComponent).hocvu-old")
        guard rename(target.path, old.path) == 0 else {
            throw .io("cannot move the previous site aside: \(Self.systemError())", state: .unchanged)
        }
        CrashPoint.betweenRenames.reach()
        guard rename(temporary.path, target.path) == 0 else {
            let reason = Self.systemError()
            _ = rename(old.path, target.path)
            throw .io("cannot move the new site into '\(output.path)': \(reason)", state: .unchanged)
        }
        return old
    }

    static func describe(_ error: Error) -> String {
        if let error = error as? FileError { return error.description }
        if let error = error as? CocoaError, let path = error.userInfo[NSFilePathErrorKey] as? String {
            return "'\(path)': \(error.localizedDescription)"
        }
        return error.localizedDescription
    }
}
