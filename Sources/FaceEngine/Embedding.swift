/// A face descriptor: 128 Float32 values from dlib's ResNet; two faces of one person are near in
/// euclidean distance (dlib's reference threshold is 0.6; the kiosk uses 0.5).
public struct Embedding: Sendable, Hashable, Codable {
    /// Number of values in a descriptor.
    public static let length = 128

    /// The descriptor's values.
    public let values: [Float]

    /// Wraps descriptor values.
    ///
    /// - Precondition: `values.count == Embedding.length` and every value is finite.
    public init(values: [Float]) {
        precondition(values.count == Embedding.length, "an embedding has 128 values, got \(values.count)")
        precondition(values.allSatisfy(\.isFinite), "an embedding's values must be finite")
        self.values = values
    }

    /// Reads an embedding stored by ``littleEndianBytes`` (512 bytes), or nil if the bytes are not one.
    public init?(littleEndianBytes bytes: some Collection<UInt8>) {
        guard bytes.count == Embedding.length * 4 else { return nil }
        let array = Array(bytes)
        var values = [Float]()
        values.reserveCapacity(Embedding.length)
        for index in 0..<Embedding.length {
            let offset = index * 4
            let bits = UInt32(array[offset]) | UInt32(array[offset + 1]) << 8
                | UInt32(array[offset + 2]) << 16 | UInt32(array[offset + 3]) << 24
            let value = Float(bitPattern: bits)
            guard value.isFinite else { return nil }
            values.append(value)
        }
        self.values = values
    }

    /// The values as 512 little-endian Float32 bytes, for storage.
    public var littleEndianBytes: [UInt8] {
        values.flatMap { value -> [UInt8] in
            let bits = value.bitPattern
            return [UInt8(bits & 0xFF), UInt8(bits >> 8 & 0xFF), UInt8(bits >> 16 & 0xFF), UInt8(bits >> 24)]
        }
    }

    /// The euclidean distance to `other`.
    public func distance(to other: Embedding) -> Float {
        var sum: Float = 0
        for index in 0..<Embedding.length {
            let difference = values[index] - other.values[index]
            sum += difference * difference
        }
        return sum.squareRoot()
    }
}
