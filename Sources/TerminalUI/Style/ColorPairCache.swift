/// Assigns ncurses colour-pair numbers to (foreground, background) combinations, reusing the least
/// recently used pair when all `capacity` pairs are taken.
///
/// A half-block preview needs one pair per distinct (upper, lower) colour combination, far more than a
/// text UI; pairs are allocated on demand and the ones not used for the longest time are redefined.
/// Pair 0 (terminal default on default) is never handed out. Size the capacity above the number of cells
/// in the largest picture so a pair is never redefined while the same frame still uses it.
struct ColorPairCache {
    /// A colour-pair key: ncurses colour numbers, -1 for the terminal default.
    struct Key: Hashable {
        var foreground: Int32
        var background: Int32
    }

    /// The pair for a key and whether it was (re)defined by this lookup (then `init_extended_pair` must run).
    struct Lookup: Equatable {
        var pair: Int32
        var isNew: Bool
    }

    let capacity: Int
    private var slotByKey: [Key: Int] = [:]
    private var keys: [Key] = []
    // Doubly linked recency list over slot indices; `head` is the most recently used.
    private var previous: [Int] = []
    private var next: [Int] = []
    private var head = -1
    private var tail = -1

    /// Creates a cache handing out pairs 1...capacity.
    init(capacity: Int) {
        precondition(capacity >= 1, "ColorPairCache needs at least one pair, got \(capacity)")
        self.capacity = capacity
    }

    /// Number of pairs currently defined.
    var count: Int { keys.count }

    /// The pair for (foreground, background), defining or recycling one if needed.
    mutating func pair(foreground: Int32, background: Int32) -> Lookup {
        let key = Key(foreground: foreground, background: background)
        if let slot = slotByKey[key] {
            moveToFront(slot)
            return Lookup(pair: Int32(slot + 1), isNew: false)
        }
        let slot: Int
        if keys.count < capacity {
            slot = keys.count
            keys.append(key)
            previous.append(-1)
            next.append(-1)
        } else {
            slot = tail
            unlink(slot)
            slotByKey[keys[slot]] = nil
            keys[slot] = key
        }
        slotByKey[key] = slot
        pushFront(slot)
        return Lookup(pair: Int32(slot + 1), isNew: true)
    }

    /// Forgets every pair (after the terminal's colours were reset, e.g. a new screen).
    mutating func removeAll() {
        slotByKey.removeAll(keepingCapacity: true)
        keys.removeAll(keepingCapacity: true)
        previous.removeAll(keepingCapacity: true)
        next.removeAll(keepingCapacity: true)
        head = -1
        tail = -1
    }

    private mutating func moveToFront(_ slot: Int) {
        guard head != slot else { return }
        unlink(slot)
        pushFront(slot)
    }

    private mutating func unlink(_ slot: Int) {
        let p = previous[slot], n = next[slot]
        if p >= 0 { next[p] = n } else { head = n }
        if n >= 0 { previous[n] = p } else { tail = p }
        previous[slot] = -1
        next[slot] = -1
    }

    private mutating func pushFront(_ slot: Int) {
        previous[slot] = -1
        next[slot] = head
        if head >= 0 { previous[head] = slot }
        head = slot
        if tail < 0 { tail = slot }
    }
}
