import Foundation

/// One build at a time per output folder: an exclusive `flock` on a lock file
/// beside the folder. The kernel drops the lock when the process ends, however
/// it ends, so a killed build never leaves the output locked. The file itself
/// stays (deleting a lock file lets a third build lock a different file).
final class OutputLock {
    private let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// Takes the lock at `url`. When another build holds it: waits (calling
    /// `onWait` once first) or, with `wait` false, returns nil at once.
    static func acquire(at url: URL, wait: Bool, onWait: () -> Void) throws(SiteWriter.Failure) -> OutputLock? {
        let descriptor = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else {
            throw .io("cannot create the lock file '\(url.path)': \(SiteWriter.systemError())", state: .unchanged)
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return OutputLock(descriptor: descriptor) }
        guard errno == EWOULDBLOCK, wait else {
            let reason = errno == EWOULDBLOCK ? nil : SiteWriter.systemError()
            close(descriptor)
            if let reason { throw .io("cannot lock '\(url.path)': \(reason)", state: .unchanged) }
            return nil
        }
        onWait()
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let reason = SiteWriter.systemError()
                close(descriptor)
                throw .io("cannot lock '\(url.path)': \(reason)", state: .unchanged)
            }
        }
        return OutputLock(descriptor: descriptor)
    }
}
