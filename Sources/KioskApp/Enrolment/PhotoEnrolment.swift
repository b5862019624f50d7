public import FaceEngine
import Foundation

/// Turns enrolment photos into face templates: each photo must hold exactly one face of at least the
/// minimum size, else it is refused with its name and the reason. No photo is kept, only the descriptors.
/// Faces are found by the photo pipeline (colour HOG, then the CNN fallback when given) and each template
/// is the mean of `jitters` seeded jittered descriptors.
public struct PhotoEnrolment {
    /// A photo that cannot be used, and why.
    public struct Refusal: Error, Hashable, Sendable, CustomStringConvertible {
        public var photo: String
        public var reason: Bilingual
        public var description: String { "\(photo): \(reason.en)" }
    }

    private let minFacePixels: Int
    private let largestFaceOnly: Bool
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
        self.finder = PhotoFaceFinder(recognizer: recognizer, cnn: cnn)
        self.jitters = jitters
        self.minFacePixels = minFacePixels
        self.largestFaceOnly = largestFaceOnly
    }

    /// The descriptor of the one face in `photo`.
    /// - Throws: `Refusal` naming the photo and the reason.
    public func embedding(of photo: String) throws(Refusal) -> Embedding {
        let image: RGBImage
        do {
            image = try RGBImage(contentsOfFile: photo)
        } catch {
            throw Refusal(photo: photo, reason: Bilingual(es: "no se puede leer como JPEG o PNG (\(error))",
                                                         en: "cannot be read as JPEG or PNG (\(error))"))
        }
        let minimum = minFacePixels
        let largestFaceOnly = self.largestFaceOnly
        let (finder, jitters) = (self.finder, self.jitters)
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
                return .success(try finder.embedding(in: view, box: bigEnough[0], jitters: jitters))
            }.get()
        } catch let refusal as Refusal {
            throw refusal
        } catch {
            throw Refusal(photo: photo, reason: Bilingual(es: "fallo del motor facial: \(error)", en: "face engine failure: \(error)"))
        }
    }
}
