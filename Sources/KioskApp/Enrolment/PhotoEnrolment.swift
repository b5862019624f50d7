public import FaceEngine
import Foundation
public import Vocabulary

/// Turns enrolment photos into face templates: each photo must hold exactly one face of at least the
/// minimum size that passes the camera's quality gate (sharp, frontal), else it is refused with its name and
/// the reason. No photo is kept, only the descriptors. Faces are found by the photo pipeline (colour HOG,
/// then the CNN fallback when given) and each template is the mean of `jitters` seeded jittered descriptors.
public struct PhotoEnrolment {
    /// A photo that cannot be used, and why.
    public struct Refusal: Error, Hashable, Sendable, CustomStringConvertible {
        public var photo: String
        public var reason: Bilingual
        public var description: String { "\(photo): \(reason.en)" }
    }

    private let minFacePixels: Int
    private let largestFaceOnly: Bool
    private let recognizer: FaceRecognizer
    private let gate: EnrolmentQualityGate
    private let finder: PhotoFaceFinder
    private let jitters: Int

    /// - Parameters:
    ///   - recognizer: a recognizer used only on the calling thread.
    ///   - minFacePixels: `[recognition] min_face_px`: the smallest face side accepted.
    ///   - largestFaceOnly: take the largest face even when HOG finds others (the demo's known photos:
    ///     astronaut.png gives a second box); people's own photos must show exactly one face.
    ///   - cnn: the CNN fallback for photos where HOG finds no face (nil: HOG only).
    ///   - jitters: jittered passes per template (1: a plain descriptor).
    public init(recognizer: FaceRecognizer, minFacePixels: Int, largestFaceOnly: Bool = false,
                cnn: CNNFaceDetector? = nil, jitters: Int = PhotoFaceFinder.enrolmentJitters) {
        self.recognizer = recognizer
        self.finder = PhotoFaceFinder(recognizer: recognizer, cnn: cnn)
        self.jitters = jitters
        self.minFacePixels = minFacePixels
        self.largestFaceOnly = largestFaceOnly
        self.gate = EnrolmentQualityGate(minFacePixels: minFacePixels)
    }

    /// The descriptor of the one face in `photo`.
    /// - Throws: `Refusal` naming the photo and the reason.
    public func embedding(of photo: String) throws(Refusal) -> Embedding {
        let image: RGBImage
        do {
            image = try RGBImage(contentsOfFile: photo)
        } catch {
            throw Refusal(photo: photo, reason: Bilingual(es: "no se puede leer como JPEG o PNG (\(error.message(in: .es)))",
                                                         en: "cannot be read as JPEG or PNG (\(error.message(in: .en)))"))
        }
        return try embedding(of: image, named: photo)
    }

    /// The descriptor of the one face in an already decoded photo; `photo` names it in a refusal.
    /// - Throws: `Refusal` naming the photo and the reason.
    public func embedding(of image: RGBImage, named photo: String) throws(Refusal) -> Embedding {
        let minimum = minFacePixels
        let largestFaceOnly = self.largestFaceOnly
        let gate = self.gate
        let (recognizer, finder, jitters) = (self.recognizer, self.finder, self.jitters)
        do {
            return try image.withView { view throws(FaceEngineError) -> Result<Embedding, Refusal> in
                let faces = try finder.faces(in: view)?.boxes ?? []
                let candidates = faces.filter { min($0.width, $0.height) >= minimum }
                let bigEnough = largestFaceOnly ? Array(candidates.prefix(1)) : candidates
                guard bigEnough.count == 1 else {
                    if bigEnough.isEmpty {
                        let seen = faces.first.map { " (la mayor mide \(min($0.width, $0.height)) px)" } ?? ""
                        let seenEn = faces.first.map { " (the largest is \(min($0.width, $0.height)) px)" } ?? ""
                        return .failure(Refusal(photo: photo, reason: Bilingual(
                            es: "ninguna cara de al menos \(minimum) px\(seen)", en: "no face of at least \(minimum) px\(seenEn)")))
                    }
                    return .failure(Refusal(photo: photo, reason: Bilingual(
                        es: "\(bigEnough.count) caras: una sola persona por foto", en: "\(bigEnough.count) faces: one person per photo")))
                }
                let landmarks = try recognizer.landmarks(in: view, box: bigEnough[0])
                if let rejection = gate.rejection(for: landmarks, in: view) {
                    return .failure(Refusal(photo: photo, reason: gate.reason(for: rejection)))
                }
                return .success(try recognizer.embedding(of: recognizer.chip(in: view, landmarks: landmarks), jitters: jitters))
            }.get()
        } catch let refusal as Refusal {
            throw refusal
        } catch {
            throw Refusal(photo: photo, reason: Bilingual(es: "fallo del motor facial: \(ScreenFailure(error).sentence(in: .es))",
                                                         en: "face engine failure: \(ScreenFailure(error).sentence(in: .en))"))
        }
    }
}

extension PhotoEnrolment {
    /// The most photos one enrolment takes (every pair is compared).
    public static let maxPhotos = 12

    /// The descriptors of one person's photos: each photo must pass ``embedding(of:)``, and all must show the
    /// same person (every pair within `agreementDistance`). Use the vectors only when `refusals` is empty:
    /// otherwise it names every photo refused, with its reason.
    public func embeddings(of photos: [String], agreementDistance: Float = FrameAgreement.defaultMaxDistance)
        -> (vectors: [[Float]], refusals: [Refusal]) {
        precondition(photos.count <= Self.maxPhotos, "at most \(Self.maxPhotos) photos, got \(photos.count)")
        var good: [(photo: String, vector: [Float])] = []
        var refusals: [Refusal] = []
        for photo in photos {
            do throws(Refusal) {
                good.append((photo, try embedding(of: photo).values))
            } catch {
                refusals.append(error)
            }
        }
        var agreement = FrameAgreement(maxDistance: agreementDistance, maxDisagreements: 0)
        for item in good { agreement.offer(item.vector) }
        let kept = Set(agreement.keptIndices)
        if kept.count < good.count {
            let limit = GalleryConflict.format(agreementDistance)
            if kept.count * 2 > good.count {
                for (index, item) in good.enumerated() where !kept.contains(index) {
                    let nearest = kept.map { FrameAgreement.distance(item.vector, good[$0].vector) }.min() ?? 0
                    let d = GalleryConflict.format(nearest)
                    refusals.append(Refusal(photo: item.photo, reason: Bilingual(
                        es: "no es la misma persona que las demás fotos (distancia \(d) > \(limit))",
                        en: "not the same person as the other photos (distance \(d) > \(limit))")))
                }
            } else {
                let w = GalleryConflict.format(agreement.widestPair)
                for item in good {
                    refusals.append(Refusal(photo: item.photo, reason: Bilingual(
                        es: "las fotos muestran personas distintas (distancia hasta \(w) > \(limit)): una persona por inscripción",
                        en: "the photos show different people (distance up to \(w) > \(limit)): one person per enrolment")))
                }
            }
        }
        return (refusals.isEmpty ? good.map(\.vector) : [], refusals)
    }
}
