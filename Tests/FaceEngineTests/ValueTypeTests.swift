import Testing

@testable import FaceEngine
@testable import KioskBenchmarks

/// Embedding, detection settings and memory figures.
@Suite struct ValueTypeTests {
    @Test func embeddingBytesRoundTrip() {
        var random = SplitMix64(seed: 5)
        let embedding = FaceBenchmark.randomEmbedding(using: &random)
        let bytes = embedding.littleEndianBytes
        #expect(bytes.count == 512)
        #expect(Embedding(littleEndianBytes: bytes) == embedding)
        #expect(Embedding(littleEndianBytes: bytes.dropLast()) == nil)
    }

    @Test func embeddingDistanceIsEuclidean() {
        var values = [Float](repeating: 0, count: 128)
        let origin = Embedding(values: values)
        values[0] = 3
        values[127] = 4
        #expect(origin.distance(to: Embedding(values: values)) == 5)
        #expect(origin.distance(to: origin) == 0)
    }

    @Test func detectionScaleFollowsTheMinimumFace() {
        #expect(DetectionSettings(minFacePixels: 160, upsample: 0).scale == 0.5)
        #expect(DetectionSettings(minFacePixels: 80, upsample: 1).scale == 0.5)
        #expect(DetectionSettings(minFacePixels: 40, upsample: 0).scale == 1)
        #expect(DetectionSettings(minFacePixels: 0, upsample: 0).scale == 1)
        #expect(DetectionSettings(minFacePixels: 5000, upsample: 0).scale == 0.1)
    }

    @Test func memoryFiguresParseProcStatus() {
        let usage = MemoryUsage(statusText: "Name:\tkiosk\nVmHWM:\t  2048 kB\nVmRSS:\t  1024 kB\n")
        #expect(usage == MemoryUsage(residentBytes: 1024 * 1024, peakResidentBytes: 2048 * 1024))
        #expect(MemoryUsage(statusText: "Name:\tkiosk\n") == nil)
        let cleanup = MemoryCleanup.run()
        #expect(cleanup.before != nil && cleanup.after != nil)
        #expect((cleanup.after?.residentBytes ?? 0) > 0)
    }
}
