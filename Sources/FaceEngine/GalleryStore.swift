import Synchronization

/// The current ``Gallery``, shared by the recognition workers and replaced whole when the roster changes.
///
/// Readers take the snapshot (a copy of a few array references) under a lock and search it outside the
/// lock, so a replacement never waits for a search and a search never sees half a roster.
public final class GalleryStore: Sendable {
    private let current: Mutex<Gallery>

    /// A store holding `gallery` (empty by default).
    public init(_ gallery: Gallery = Gallery()) {
        current = Mutex(gallery)
    }

    /// The gallery as of now.
    public var gallery: Gallery { current.withLock { $0 } }

    /// Publishes a new gallery atomically; searches already running finish on the old one.
    public func replace(with gallery: Gallery) {
        current.withLock { $0 = gallery }
    }
}
