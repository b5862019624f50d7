import CDlibFace

/// Step 4 of start-up: return freed heap (model files read and hashed, dlib's load buffers) to the system
/// with `malloc_trim(0)`, release the start-up code and data pages (pages of private file mappings that still
/// equal the file: code and data that are used again map their pages back; written pages are kept), and report
/// resident memory before and after for the start-up panel.
public struct MemoryCleanup: Sendable, Codable {
    /// Memory before the trim (nil off Linux).
    public let before: MemoryUsage?
    /// Memory after the trim (nil off Linux).
    public let after: MemoryUsage?
    /// Whether `malloc_trim` released anything.
    public let released: Bool

    /// Trims the heap now and reports the figures.
    public static func run() -> MemoryCleanup {
        let before = MemoryUsage.current()
        let released = fe_malloc_trim() == 1
        return MemoryCleanup(before: before, after: MemoryUsage.current(), released: released)
    }

    /// Caps glibc's malloc arenas at `count` (call first thing in a long-running process): each thread that
    /// allocates may otherwise get an arena of its own that keeps what it freed. Returns false off glibc.
    @discardableResult
    public static func limitArenas(to count: Int) -> Bool {
        fe_malloc_arena_max(Int32(count)) == 1
    }

    /// Bytes of resident memory freed (0 when unknown).
    public var freedBytes: Int {
        guard let before, let after else { return 0 }
        return max(0, before.residentBytes - after.residentBytes)
    }
}
