import Foundation

/// Verification accuracy on a labelled photo set: genuine and impostor distances, error rates at several
/// thresholds, the best threshold, and the photos where no face was found (`kiosk bench --accuracy`).
public struct AccuracyReport: Sendable, Codable {
    /// Error rates at one threshold.
    public struct Rates: Sendable, Codable {
        /// The threshold (accept when distance <= threshold).
        public let threshold: Float
        /// False accept rate: impostor pairs accepted / impostor pairs.
        public let falseAcceptRate: Double
        /// False reject rate: genuine pairs rejected / genuine pairs.
        public let falseRejectRate: Double
        /// Pairs decided right / pairs.
        public let accuracy: Double
    }

    /// Count and spread of one kind of pair's distances.
    public struct Distances: Sendable, Codable {
        /// Pairs measured.
        public let count: Int
        /// Smallest distance.
        public let minimum: Float
        /// Mean distance.
        public let mean: Float
        /// Largest distance.
        public let maximum: Float
    }

    /// Where the pairs came from: the pairs file, or every pair of the folder's photos.
    public let pairSource: String
    /// Photos embedded.
    public let photos: Int
    /// Photos (relative paths) where no face was found; their pairs are left out.
    public let photosWithoutFace: [String]
    /// Pairs left out because a photo had no face.
    public let pairsSkipped: Int
    /// Same-person pairs.
    public let genuine: Distances
    /// Different-person pairs.
    public let impostor: Distances
    /// Rates at the configured threshold.
    public let configured: Rates
    /// Rates at a fixed sweep of thresholds.
    public let sweep: [Rates]
    /// The threshold with the best accuracy (the smallest such one).
    public let best: Rates

    /// A plain-text table of the figures.
    public func table() -> String {
        var lines = [
            "Accuracy: \(photos) photos, pairs from \(pairSource)",
            String(format: "genuine pairs   %5d  distance min %.3f  mean %.3f  max %.3f", genuine.count, genuine.minimum, genuine.mean, genuine.maximum),
            String(format: "impostor pairs  %5d  distance min %.3f  mean %.3f  max %.3f", impostor.count, impostor.minimum, impostor.mean, impostor.maximum),
            "threshold   FAR       FRR       accuracy",
        ]
        for rates in sweep + [configured, best] {
            var line = String(format: "%.3f       %.4f    %.4f    %.4f", rates.threshold, rates.falseAcceptRate, rates.falseRejectRate, rates.accuracy)
            if rates.threshold == configured.threshold { line += "   <- configured" }
            if rates.threshold == best.threshold { line += "   <- best" }
            lines.append(line)
        }
        lines.append("photos without a face (\(photosWithoutFace.count)): \(photosWithoutFace.joined(separator: ", "))")
        lines.append("pairs skipped for lack of a face: \(pairsSkipped)")
        return lines.joined(separator: "\n")
    }

    /// The report as JSON (sorted keys).
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        // Encoding plain numbers, strings and arrays cannot fail.
        let data = try! encoder.encode(self)
        return String(decoding: data, as: UTF8.self)
    }
}
