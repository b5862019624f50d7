import Foundation

/// The seed of a test's random choices, printed so that a failure can be replayed: `ASISTENCIA_TEST_SEED=N`
/// makes every seeded test of the run use N.
public enum TestSeed {
    /// The environment variable that fixes the seed.
    public static let variable = "ASISTENCIA_TEST_SEED"

    /// A generator for `test`: seeded from ``variable`` when set, from the system's generator otherwise; the
    /// seed is printed either way.
    ///
    /// - Throws: ``InvalidSeed`` when ``variable`` is set but is not a whole number.
    public static func generator(for test: String) throws -> SeededGenerator {
        let seed: UInt64
        if let text = ProcessInfo.processInfo.environment[variable] {
            guard let value = UInt64(text.trimmingCharacters(in: .whitespaces)) else { throw InvalidSeed(text: text) }
            seed = value
        } else {
            seed = UInt64.random(in: 0...UInt64.max)
        }
        print("\(test): random seed \(seed) (replay with \(variable)=\(seed))")
        return SeededGenerator(seed: seed)
    }

    /// ``TestSeed/variable`` holds something other than a whole number.
    public struct InvalidSeed: Error, CustomStringConvertible {
        let text: String
        public var description: String { "\(TestSeed.variable)='\(text)' is not a whole number from 0 to \(UInt64.max)" }
    }
}

/// SplitMix64: a small generator whose whole sequence follows from its seed.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator that starts at `seed`.
    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
