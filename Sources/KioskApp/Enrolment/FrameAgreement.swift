/// One enrolment is one person: the descriptors it keeps must all lie within ``maxDistance`` of each other.
///
/// Every offered descriptor joins a small pool; the kept ones are the largest group of the pool whose every
/// pair agrees, and the rest are dropped and counted. A stray frame (someone passing behind) is dropped;
/// a second person stepping in mid-enrolment shows up as dropped frames that agree with each other, and the
/// enrolment must stop as soon as that second face is seen twice or more than ``maxDisagreements`` frames
/// are dropped. Pure arithmetic, so it is tested with plain vectors.
public struct FrameAgreement: Sendable {
    /// Two descriptors of one enrolment further apart than this are not the same person. Measured with
    /// `kiosk bench --accuracy` on the dev set (`pairs_dev.csv`, 433 same-person and 433 different-person
    /// pairs): the closest two different people are 0.640 apart; same-person pairs of different photos, often
    /// years apart, average 0.361 and 83 % lie within 0.45 (all within 0.568). Frames of one sitting lie
    /// closer still, so 0.45 keeps one person and leaves a 0.19 gap to the nearest stranger.
    public static let defaultMaxDistance: Float = 0.45
    /// Frames that may disagree before the enrolment stops (a blink, a half-turned head).
    public static let defaultMaxDisagreements = 3

    public let maxDistance: Float
    public let maxDisagreements: Int
    private var pool: [[Float]] = []
    private var group: [Int] = []

    public init(maxDistance: Float = defaultMaxDistance, maxDisagreements: Int = defaultMaxDisagreements) {
        self.maxDistance = maxDistance
        self.maxDisagreements = maxDisagreements
    }

    /// The descriptors kept, in the order offered.
    public var kept: [[Float]] { group.map { pool[$0] } }
    /// Indices (in the order offered) of the descriptors kept.
    public var keptIndices: [Int] { group }
    /// How many offered descriptors disagree with the kept ones.
    public var dropped: Int { pool.count - group.count }
    /// True when more than ``maxDisagreements`` were dropped, or two dropped descriptors agree with each
    /// other (a second face seen twice): two people in front of the camera.
    public var tooManyDisagreements: Bool {
        if dropped > maxDisagreements { return true }
        let kept = Set(group)
        let others = pool.indices.filter { !kept.contains($0) }.map { pool[$0] }
        return Self.largestAgreeingGroup(others, maxDistance: maxDistance).count >= 2
    }
    /// The largest distance between two descriptors offered (0 with fewer than two).
    public var widestPair: Float {
        var widest: Float = 0
        for i in pool.indices { for j in pool.indices where j > i { widest = max(widest, Self.distance(pool[i], pool[j])) } }
        return widest
    }

    /// Adds a descriptor and recomputes the kept group.
    /// - Returns: true when the new descriptor is among the kept ones.
    @discardableResult
    public mutating func offer(_ vector: [Float]) -> Bool {
        pool.append(vector)
        group = Self.largestAgreeingGroup(pool, maxDistance: maxDistance)
        return group.contains(pool.count - 1)
    }

    /// The largest set of indices whose every pair is within `maxDistance`. Exact:
    /// the pool of one enrolment is small (kept + dropped ≤ a dozen), so every subset is tried.
    static func largestAgreeingGroup(_ pool: [[Float]], maxDistance: Float) -> [Int] {
        let n = pool.count
        guard n > 1 else { return Array(0..<n) }
        precondition(n <= 16, "an enrolment offers at most 16 descriptors, got \(n)")
        var agrees = [UInt32](repeating: 0, count: n)
        for i in 0..<n {
            for j in 0..<n where i != j && distance(pool[i], pool[j]) <= maxDistance { agrees[i] |= 1 << UInt32(j) }
        }
        var best: UInt32 = 1
        for subset in UInt32(1)..<(UInt32(1) << UInt32(n)) where subset.nonzeroBitCount > best.nonzeroBitCount {
            var ok = true
            for i in 0..<n where subset & (1 << UInt32(i)) != 0 && (subset & ~(1 << UInt32(i))) & ~agrees[i] != 0 {
                ok = false
                break
            }
            if ok { best = subset }
        }
        return (0..<n).filter { best & (1 << UInt32($0)) != 0 }
    }

    static func distance(_ a: [Float], _ b: [Float]) -> Float {
        var sum: Float = 0
        for i in 0..<min(a.count, b.count) {
            let d = a[i] - b[i]
            sum += d * d
        }
        return sum.squareRoot()
    }
}
