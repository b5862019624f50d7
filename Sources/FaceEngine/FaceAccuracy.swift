import Foundation
import Vocabulary

/// Measures verification accuracy on a labelled photo folder (`kiosk bench --accuracy DIR`).
///
/// The folder holds `<person>/<photo>` (or `identities/<person>/<photo>`); without a pairs file every pair
/// of photos is compared (same folder = genuine). A pairs CSV (`img_a,img_b,same`, paths relative to the
/// CSV's folder) limits the comparison to its pairs. Photos go through the photo pipeline
/// (``PhotoFaceFinder``); a photo without a face leaves its pairs out of the "pairs with faces" rates and
/// counts as an error in the "all pairs" ones (a missed impostor pair as a false accept, so a miss is never
/// a free right answer).
///
/// For example:
///
/// ```swift
/// let report = try FaceAccuracy(recognizer: recognizer, threshold: 0.5)
///     .evaluate(pairsFile: "../shared/faces/dev/pairs_dev.csv")
/// print(report.table())
/// ```
public struct FaceAccuracy {
    /// Thresholds reported besides the configured and the best one.
    public static let sweepThresholds: [Float] = [0.40, 0.45, 0.50, 0.55, 0.60]

    /// The recognizer that embeds the photos (used on the calling thread).
    public let recognizer: FaceRecognizer
    /// The configured threshold.
    public let threshold: Float
    /// The photo pipeline's CNN fallback (nil: HOG only).
    public let cnn: CNNFaceDetector?
    /// Jittered passes per photo (1: one plain pass, as face_recognition's default).
    public let jitters: Int
    /// The door's detection settings: each photo is also searched the door's way (grey, downscaled) and the
    /// photos where only the photo pipeline finds a face are listed (nil: not compared).
    public let doorSettings: DetectionSettings?

    /// face_recognition's threshold, at which the report compares with its anchor.
    public static let anchorThreshold: Float = 0.6

    /// An evaluator with `recognizer` at `threshold`; photos go through ``PhotoFaceFinder`` (colour HOG,
    /// then `cnn` when given).
    public init(recognizer: FaceRecognizer, threshold: Float, cnn: CNNFaceDetector? = nil, jitters: Int = 1,
                doorSettings: DetectionSettings? = nil) {
        self.recognizer = recognizer
        self.threshold = threshold
        self.cnn = cnn
        self.jitters = jitters
        self.doorSettings = doorSettings
    }

    /// Compares every pair of photos under `directory` (`<person>/<photo>` or `identities/<person>/<photo>`).
    ///
    /// - Throws: ``FaceEngineError`` `.imageUnreadable` if the folder has no photos or a photo cannot be read.
    public func evaluate(directory: String) throws(FaceEngineError) -> AccuracyReport {
        let identities = (directory as NSString).appendingPathComponent("identities")
        var isFolder: ObjCBool = false
        let root = FileManager.default.fileExists(atPath: identities, isDirectory: &isFolder) && isFolder.boolValue ? identities : directory
        let people = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).sorted()
        var photos = [(path: String, person: String)]()
        for person in people {
            let folder = (root as NSString).appendingPathComponent(person)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for name in names.sorted() where FaceAccuracy.isPhoto(name) {
                photos.append(((folder as NSString).appendingPathComponent(name), person))
            }
        }
        guard !photos.isEmpty else {
            throw FaceEngineError(.imageUnreadable, path: directory, detail: "no <person>/<photo> JPEG or PNG files")
        }
        var pairs = [(String, String, Bool)]()
        for first in photos.indices {
            for second in photos.indices where second > first {
                pairs.append((photos[first].path, photos[second].path, photos[first].person == photos[second].person))
            }
        }
        return try evaluate(pairs: pairs, source: "every pair under \(root)", relativeTo: root)
    }

    /// Compares the pairs listed in a CSV file (`img_a,img_b,same`, paths relative to its folder).
    ///
    /// - Throws: ``FaceEngineError`` `.imageUnreadable` if the file or a photo cannot be read.
    public func evaluate(pairsFile: String) throws(FaceEngineError) -> AccuracyReport {
        guard let text = try? String(contentsOfFile: pairsFile, encoding: .utf8) else {
            throw FaceEngineError(.imageUnreadable, path: pairsFile, detail: "cannot read the pairs file")
        }
        let base = (pairsFile as NSString).deletingLastPathComponent
        var pairs = [(String, String, Bool)]()
        for line in text.split(whereSeparator: \.isNewline) {
            let fields = line.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count >= 3, fields[2] == "0" || fields[2] == "1" else { continue }
            pairs.append(((base as NSString).appendingPathComponent(fields[0]),
                          (base as NSString).appendingPathComponent(fields[1]), fields[2] == "1"))
        }
        guard !pairs.isEmpty else {
            throw FaceEngineError(.imageUnreadable, path: pairsFile, detail: "no img_a,img_b,same lines")
        }
        return try evaluate(pairs: pairs, source: (pairsFile as NSString).lastPathComponent, relativeTo: base)
    }

    private func evaluate(pairs: [(String, String, Bool)], source: String, relativeTo base: String) throws(FaceEngineError) -> AccuracyReport {
        let finder = PhotoFaceFinder(recognizer: recognizer, cnn: cnn)
        var embeddings = [String: Embedding?]()
        var detectors = [String: Int]()
        var doorMisses = [String]()
        var cnnSeconds = 0.0
        for path in pairs.flatMap({ [$0.0, $0.1] }) where embeddings[path] == nil {
            let photo = try RGBImage(contentsOfFile: path)
            let watch = Stopwatch()
            let found = try photo.withView { (view: RGBImageView) throws(FaceEngineError) -> (Embedding, PhotoFaceFinder.Detector, Bool)? in
                guard let (box, detector) = try finder.largestFace(in: view) else { return nil }
                let door = try doorSettings.map { settings throws(FaceEngineError) in !(try recognizer.detectFaces(in: view, settings: settings).isEmpty) }
                return (try finder.embedding(in: view, box: box, jitters: jitters), detector, door ?? true)
            }
            if let (_, detector, _) = found, detector == .cnn { cnnSeconds += watch.seconds }
            embeddings[path] = .some(found?.0)
            if let (_, detector, doorFound) = found {
                detectors[detector.rawValue, default: 0] += 1
                if !doorFound { doorMisses.append(path) }
            }
        }
        var genuine = [Float](), impostor = [Float]()
        var skippedGenuine = 0, skippedImpostor = 0
        for (first, second, same) in pairs {
            guard let a = embeddings[first] ?? nil, let b = embeddings[second] ?? nil else {
                if same { skippedGenuine += 1 } else { skippedImpostor += 1 }
                continue
            }
            let distance = a.distance(to: b)
            if same { genuine.append(distance) } else { impostor.append(distance) }
        }
        let prefix = base.hasSuffix("/") ? base : base + "/"
        let relative = { (path: String) in path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path }
        let withoutFace = embeddings.filter { $0.value == nil }.keys.map(relative).sorted()
        let candidates = stride(from: Float(0.30), through: 0.80, by: 0.005).map { $0 }
        let allPairs = { (threshold: Float) in
            FaceAccuracy.rates(at: threshold, genuine: genuine, impostor: impostor,
                               missedGenuine: skippedGenuine, missedImpostor: skippedImpostor)
        }
        let best = candidates.map { FaceAccuracy.rates(at: $0, genuine: genuine, impostor: impostor) }
            .max { $0.accuracy < $1.accuracy || ($0.accuracy == $1.accuracy && $0.threshold > $1.threshold) }!
        let bestAll = candidates.map(allPairs)
            .max { $0.accuracy < $1.accuracy || ($0.accuracy == $1.accuracy && $0.threshold > $1.threshold) }!
        return AccuracyReport(
            pairSource: source, photos: embeddings.count, photosWithoutFace: withoutFace,
            pairsSkipped: skippedGenuine + skippedImpostor,
            genuine: FaceAccuracy.summary(genuine), impostor: FaceAccuracy.summary(impostor),
            configured: FaceAccuracy.rates(at: threshold, genuine: genuine, impostor: impostor),
            sweep: FaceAccuracy.sweepThresholds.map { FaceAccuracy.rates(at: $0, genuine: genuine, impostor: impostor) },
            best: best,
            allPairsAtAnchorThreshold: allPairs(FaceAccuracy.anchorThreshold),
            pairsWithFacesAtAnchorThreshold: FaceAccuracy.rates(at: FaceAccuracy.anchorThreshold, genuine: genuine, impostor: impostor),
            bestAllPairs: bestAll, jitters: jitters, facesByDetector: detectors, cnnSeconds: cnnSeconds,
            doorMisses: doorSettings.map { _ in doorMisses.map(relative).sorted() })
    }

    /// Rates at `threshold`; a pair whose photo had no face (`missed…`) counts as an error of its kind.
    static func rates(at threshold: Float, genuine: [Float], impostor: [Float],
                      missedGenuine: Int = 0, missedImpostor: Int = 0) -> AccuracyReport.Rates {
        let falseAccepts = impostor.filter { $0 <= threshold }.count + missedImpostor
        let falseRejects = genuine.filter { $0 > threshold }.count + missedGenuine
        let impostors = impostor.count + missedImpostor, genuines = genuine.count + missedGenuine
        let total = genuines + impostors
        return .init(threshold: threshold,
                     falseAcceptRate: impostors == 0 ? 0 : Double(falseAccepts) / Double(impostors),
                     falseRejectRate: genuines == 0 ? 0 : Double(falseRejects) / Double(genuines),
                     accuracy: total == 0 ? 0 : Double(total - falseAccepts - falseRejects) / Double(total))
    }

    static func summary(_ distances: [Float]) -> AccuracyReport.Distances {
        guard !distances.isEmpty else { return .init(count: 0, minimum: 0, mean: 0, maximum: 0) }
        return .init(count: distances.count, minimum: distances.min()!, mean: distances.reduce(0, +) / Float(distances.count),
                     maximum: distances.max()!)
    }

    static func isPhoto(_ name: String) -> Bool {
        ["jpg", "jpeg", "png"].contains((name as NSString).pathExtension.lowercased())
    }
}
