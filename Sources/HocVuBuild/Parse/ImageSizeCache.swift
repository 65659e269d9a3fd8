import Foundation
import HocVuCore
import HocVuMarkdown

/// Image sizes by content path, each file's header read once for the whole
/// build: the same picture is often shown on many pages.
final class ImageSizeCache: @unchecked Sendable {
    private let contentRoot: URL
    private let mutex = NSLock()
    private var sizes: [String: ImageDimensions?] = [:]

    init(contentRoot: URL) {
        self.contentRoot = contentRoot
    }

    func size(of path: String) -> ImageDimensions? {
        mutex.lock()
        if let known = sizes[path] {
            mutex.unlock()
            return known
        }
        mutex.unlock()
        let size = ImageSize.of(contentRoot.appendingPathComponent(path)).map { ImageDimensions(width: $0.width, height: $0.height) }
        mutex.lock()
        sizes[path] = size
        mutex.unlock()
        return size
    }
}
