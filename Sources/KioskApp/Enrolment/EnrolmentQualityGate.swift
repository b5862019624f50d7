public import FaceEngine
public import Vocabulary

/// Decides whether a camera frame is good enough to become a face template: a big enough face, sharp, and
/// looking at the camera. Pure arithmetic on the face crop and the landmarks, so it is tested with plain
/// values.
public struct EnrolmentQualityGate: Sendable {
    /// Why a frame was turned down, shown to the person being enrolled.
    public enum Rejection: Hashable, Sendable {
        case noFace
        case tooSmall(pixels: Int)
        case blurred(sharpness: Double)
        case notFrontal

        /// What to tell the person.
        public var advice: Bilingual {
            switch self {
            case .noFace: Bilingual(es: "mire a la cámara", en: "look at the camera")
            case .tooSmall: Bilingual(es: "acérquese un poco", en: "come a little closer")
            case .blurred: Bilingual(es: "quédese quieto un momento", en: "hold still for a moment")
            case .notFrontal: Bilingual(es: "mire de frente a la cámara", en: "face the camera straight on")
            }
        }
    }

    /// Why `rejection` turned a photo down, with the measured value and the limit (for `kiosk enroll`).
    public func reason(for rejection: Rejection) -> Bilingual {
        switch rejection {
        case .noFace:
            return Bilingual(es: "ninguna cara", en: "no face")
        case .tooSmall(let pixels):
            return Bilingual(es: "cara demasiado pequeña: \(pixels) px, mínimo \(minFacePixels) px",
                             en: "face too small: \(pixels) px, at least \(minFacePixels) px needed")
        case .blurred(let sharpness):
            let measured = String(Int(sharpness.rounded())), limit = String(Int(minSharpness.rounded()))
            return Bilingual(es: "cara desenfocada: nitidez \(measured), mínimo \(limit)",
                             en: "face blurred: sharpness \(measured), at least \(limit) needed")
        case .notFrontal:
            return Bilingual(es: "la cara no mira de frente a la cámara", en: "the face does not look straight at the camera")
        }
    }

    /// Smallest face side accepted: above the check-in minimum, so templates are better than live frames.
    public var minFacePixels: Int
    /// Variance of the Laplacian of the grey face crop below which the face is blurred.
    public var minSharpness: Double
    /// How far (as a fraction of the eye distance) the nose may sit off the eyes' midpoint.
    public var maxNoseOffset: Double

    public init(minFacePixels: Int, minSharpness: Double = 40, maxNoseOffset: Double = 0.2) {
        self.minFacePixels = minFacePixels
        self.minSharpness = minSharpness
        self.maxNoseOffset = maxNoseOffset
    }

    /// Checks a face found in an RGB frame; nil when it passes.
    public func rejection(for landmarks: FaceLandmarks?, in image: RGBImageView) -> Rejection? {
        guard let landmarks else { return .noFace }
        let box = landmarks.box
        let side = min(box.width, box.height)
        if side < minFacePixels { return .tooSmall(pixels: side) }
        if !isFrontal(landmarks.points) { return .notFrontal }
        let sharpness = Self.sharpness(of: image, in: box)
        if sharpness < minSharpness { return .blurred(sharpness: sharpness) }
        return nil
    }

    /// Frontal when the nose base lies near the perpendicular through the middle of the eyes.
    /// dlib's 5 points: right eye outer/inner corner, left eye outer/inner corner, nose base.
    public func isFrontal(_ points: [FacePoint]) -> Bool {
        guard points.count == 5 else { return false }
        let rightEye = (x: Double(points[0].x + points[1].x) / 2, y: Double(points[0].y + points[1].y) / 2)
        let leftEye = (x: Double(points[2].x + points[3].x) / 2, y: Double(points[2].y + points[3].y) / 2)
        let mid = (x: (rightEye.x + leftEye.x) / 2, y: (rightEye.y + leftEye.y) / 2)
        let eyeDistance = ((leftEye.x - rightEye.x) * (leftEye.x - rightEye.x) + (leftEye.y - rightEye.y) * (leftEye.y - rightEye.y)).squareRoot()
        guard eyeDistance > 0 else { return false }
        // Signed distance of the nose from the line through the eyes' midpoint perpendicular to the eyes.
        let ux = (leftEye.x - rightEye.x) / eyeDistance, uy = (leftEye.y - rightEye.y) / eyeDistance
        let offset = (Double(points[4].x) - mid.x) * ux + (Double(points[4].y) - mid.y) * uy
        return abs(offset) / eyeDistance <= maxNoseOffset
    }

    /// Variance of a 4-neighbour Laplacian over the grey pixels inside `box` (clipped to the image).
    public static func sharpness(of image: RGBImageView, in box: FaceBox) -> Double {
        let x0 = max(1, box.left), y0 = max(1, box.top)
        let x1 = min(image.width - 2, box.right), y1 = min(image.height - 2, box.bottom)
        guard x1 > x0, y1 > y0 else { return 0 }
        let bytes = image.bytes, row = image.bytesPerRow
        func grey(_ x: Int, _ y: Int) -> Double {
            let i = y * row + x * 3
            return 0.299 * Double(bytes[i]) + 0.587 * Double(bytes[i + 1]) + 0.114 * Double(bytes[i + 2])
        }
        var sum = 0.0, sumSquares = 0.0, count = 0.0
        for y in y0...y1 {
            for x in x0...x1 {
                let l = grey(x - 1, y) + grey(x + 1, y) + grey(x, y - 1) + grey(x, y + 1) - 4 * grey(x, y)
                sum += l
                sumSquares += l * l
                count += 1
            }
        }
        let mean = sum / count
        return sumSquares / count - mean * mean
    }
}
