import Foundation

/// How far a long build has got: the stage and the items done, told to
/// `show` at most ten times a second (the CLI draws one line on a terminal).
/// Safe to tick from the stages' parallel work.
public final class BuildProgress: @unchecked Sendable {
    public struct State: Sendable, Equatable {
        /// "parsing", "indexing for search", "writing pages".
        public var stage: String
        public var done: Int
        /// Nil when the stage does not know its total in advance.
        public var total: Int?
    }

    private let lock = NSLock()
    private var state = State(stage: "", done: 0, total: nil)
    private var lastShown: UInt64 = 0
    private let interval: UInt64
    private let show: @Sendable (State) -> Void

    /// `interval`: nanoseconds between two lines shown.
    public init(interval: UInt64 = 100_000_000, show: @escaping @Sendable (State) -> Void) {
        self.interval = interval
        self.show = show
    }

    func stage(_ name: String, total: Int?) {
        lock.lock()
        state = State(stage: name, done: 0, total: total)
        lock.unlock()
        emit(force: true)
    }

    func tick(_ count: Int = 1) {
        lock.lock()
        state.done += count
        lock.unlock()
        emit(force: false)
    }

    private func emit(force: Bool) {
        let now = DispatchTime.now().uptimeNanoseconds
        lock.lock()
        guard force || now - lastShown >= interval else {
            lock.unlock()
            return
        }
        lastShown = now
        let current = state
        lock.unlock()
        show(current)
    }
}
