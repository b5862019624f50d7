public import FaceEngine
import Foundation

/// Turns enrolment photos into face templates: each photo must hold exactly one face of at least the
/// minimum size, else it is refused with its name and the reason. No photo is kept, only the descriptors.
public struct PhotoEnrolment {
    /// A photo that cannot be used, and why.
    public struct Refusal: Error, Hashable, Sendable, CustomStringConvertible {
        public var photo: String
        public var reason: Bilingual
        public var description: String { "\(photo): \(reason.en)" }
    }

    private let recognizer: FaceRecognizer
    private let minFacePixels: Int
    private let largestFaceOnly: Bool

    /// - Parameters:
    ///   - recognizer: a recognizer used only on the calling thread.
    ///   - minFacePixels: `[recognition] min_face_px`: the smallest face side accepted.
    ///   - largestFaceOnly: take the largest face even when HOG finds others (the demo's known photos:
    ///     astronaut.png gives a second box); people's own photos must show exactly one face.
    public init(recognizer: FaceRecognizer, minFacePixels: Int, largestFaceOnly: Bool = false) {
        self.recognizer = recognizer
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
        do {
            return try image.withView { view throws(FaceEngineError) -> Result<Embedding, Refusal> in
                // HOG at upsample 0 finds faces from about 80 px, the smallest an enrolment accepts; upsampling
                // would only add small faces (and false ones) that are refused anyway.
                let faces = try recognizer.detectFaces(in: view, scale: 1, upsample: 0)
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
                return .success(try recognizer.embedding(in: view, box: bigEnough[0]))
            }.get()
        } catch let refusal as Refusal {
            throw refusal
        } catch {
            throw Refusal(photo: photo, reason: Bilingual(es: "fallo del motor facial: \(error)", en: "face engine failure: \(error)"))
        }
    }
}
