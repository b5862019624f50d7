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
    /// Rates at face_recognition's 0.6 over every pair, a pair with a missed face counted as an error.
    public let allPairsAtAnchorThreshold: Rates
    /// Rates at face_recognition's 0.6 over the pairs where both faces were found.
    public let pairsWithFacesAtAnchorThreshold: Rates
    /// The best threshold over every pair, a pair with a missed face counted as an error.
    public let bestAllPairs: Rates
    /// Jittered passes per photo (1: one plain pass).
    public let jitters: Int
    /// Photos whose face each step of the photo pipeline found (`hog`, `hogUpsampled`, `cnn`).
    public let facesByDetector: [String: Int]
    /// Seconds spent on photos the CNN fallback searched (their whole search, HOG passes included).
    public let cnnSeconds: Double
    /// Photos (relative paths) where the photo pipeline found a face and the door's grey, downscaled path
    /// found none; nil when not compared.
    public let doorMisses: [String]?

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
        lines.append(String(format: "all pairs, a missed face counted as an error: accuracy %.4f at %.2f (face_recognition's), best %.4f at %.3f",
                            allPairsAtAnchorThreshold.accuracy, allPairsAtAnchorThreshold.threshold,
                            bestAllPairs.accuracy, bestAllPairs.threshold))
        let steps = PhotoFaceFinder.Detector.allCases.map { "\($0.rawValue) \(facesByDetector[$0.rawValue] ?? 0)" }
        lines.append("faces found by step: \(steps.joined(separator: ", ")); CNN fallback photos took \(String(format: "%.1f", cnnSeconds)) s; jitters \(jitters)")
        if let doorMisses {
            lines.append("door path (grey, downscaled) misses \(doorMisses.count) of the photos with a face: \(doorMisses.joined(separator: ", "))")
        }
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
