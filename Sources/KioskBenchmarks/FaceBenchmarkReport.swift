public import FaceEngine
import Foundation

/// The figures of one ``FaceBenchmark`` run, as a table for people and JSON for scripts/bench-anchor.
public struct FaceBenchmarkReport: Sendable, Codable {
    /// The median time of one pipeline stage.
    public struct Stage: Sendable, Codable {
        /// Stable key (`detect_up0`, `detect_up1`, `detect_kiosk`, `landmarks`, `chip`, `descriptor`, `frame`).
        public let key: String
        /// What was measured, for the table.
        public let label: String
        /// Median milliseconds.
        public let milliseconds: Double
    }

    /// Throughput with a number of workers.
    public struct Throughput: Sendable, Codable {
        /// Recognition threads, each with its own recognizer.
        public let workers: Int
        /// Whole frames per second, all workers together.
        public let framesPerSecond: Double
    }

    /// The median time of one gallery search.
    public struct GallerySearch: Sendable, Codable {
        /// Templates in the gallery.
        public let templates: Int
        /// Median milliseconds per search.
        public let milliseconds: Double
    }

    /// Frame size used.
    public let frameWidth: Int
    /// Frame size used.
    public let frameHeight: Int
    /// Frames (photos made into frames) used, with the faces found in each at the kiosk's settings.
    public let facesPerFrame: [String: Int]
    /// The kiosk's settings for the whole-frame figures.
    public let minFacePixels: Int
    /// The kiosk's settings for the whole-frame figures.
    public let upsample: Int
    /// Per-stage medians.
    public let stages: [Stage]
    /// Frames per second with 1 and 2 workers.
    public let throughput: [Throughput]
    /// Gallery search medians.
    public let gallery: [GallerySearch]
    /// Seconds to verify and load the models.
    public let modelLoadSeconds: Double
    /// Resident memory after load and cleanup, in bytes (0 when unknown).
    public let residentBytesAfterLoad: Int
    /// Peak resident memory at the end of the run, in bytes (0 when unknown).
    public let peakResidentBytes: Int
    /// The descriptor backend the stages used (absent in reports saved before it existed).
    public var descriptorBackend: DescriptorBackend?

    /// Issue #16's goal for a figure, printed beside it (stage keys, `gallery-100000`, `memory`).
    static let goals: [String: String] = [
        "descriptor": "goal ≤ 8 ms on one core",
        "detect_kiosk": "goal ≤ the anchor (scripts/bench-anchor)",
        "frame": "goal ≥ 3× faster than the anchor",
        "gallery-100000": "goal ≤ 3 ms, ranking = brute force",
        "memory": "goal ≤ 100 MB steady (kiosk bench --soak)",
    ]

    /// A plain-text table of the figures.
    public func table() -> String {
        var lines = ["Face engine benchmark (\(frameWidth)x\(frameHeight) frames: \(facesPerFrame.count); kiosk settings: min face \(minFacePixels) px, upsample \(upsample))"]
        func row(_ label: String, _ value: String, goal key: String? = nil) {
            let goal = key.flatMap { Self.goals[$0] }.map { "   " + $0 } ?? ""
            lines.append(label.padding(toLength: 44, withPad: " ", startingAt: 0) + value.padding(toLength: 12, withPad: " ", startingAt: 0) + goal)
        }
        row("model load (verify + deserialise + HOG)", String(format: "%.3f s", modelLoadSeconds))
        if let descriptorBackend { row("descriptor backend", descriptorBackend.rawValue) }
        row("resident memory after load", String(format: "%.1f MB", Double(residentBytesAfterLoad) / 1_048_576), goal: "memory")
        for stage in stages { row(stage.label, String(format: "%.2f ms", stage.milliseconds), goal: stage.key) }
        for entry in throughput { row("frames per second, \(entry.workers) worker(s)", String(format: "%.1f", entry.framesPerSecond)) }
        for entry in gallery {
            row("gallery search, \(entry.templates) templates", String(format: "%.3f ms", entry.milliseconds), goal: "gallery-\(entry.templates)")
        }
        row("peak resident memory", String(format: "%.1f MB", Double(peakResidentBytes) / 1_048_576))
        return lines.joined(separator: "\n")
    }

    /// The report as JSON (sorted keys), read by scripts/bench-anchor.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        // Encoding plain numbers, strings and arrays cannot fail.
        let data = try! encoder.encode(self)
        return String(decoding: data, as: UTF8.self)
    }
}
