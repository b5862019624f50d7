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

    /// - Parameters:
    ///   - recognizer: a recognizer used only on the calling thread.
    ///   - minFacePixels: `[recognition] min_face_px`: the smallest face side accepted.
    public init(recognizer: FaceRecognizer, minFacePixels: Int) {
        self.recognizer = recognizer
        self.minFacePixels = minFacePixels
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
        do {
            return try image.withView { view throws(FaceEngineError) -> Result<Embedding, Refusal> in
                // Enrolment photos are few and may be large or loosely framed: look with upsampling.
                let faces = try recognizer.detectFaces(in: view, settings: DetectionSettings(minFacePixels: 0, upsample: 1))
                let bigEnough = faces.filter { min($0.width, $0.height) >= minimum }
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
