import FaceEngine
import Testing
@testable import KioskApp

@Suite struct EnrolmentQualityGateTests {
    private let gate = EnrolmentQualityGate(minFacePixels: 100)

    /// dlib's 5 points for a face whose eyes are at y = 100, the nose `noseShift` pixels right of centre.
    private func points(noseShift: Int) -> [FacePoint] {
        [FacePoint(x: 150, y: 100), FacePoint(x: 130, y: 100), FacePoint(x: 70, y: 100), FacePoint(x: 90, y: 100),
         FacePoint(x: 110 + noseShift, y: 140)]
    }

    @Test(arguments: [(0, true), (10, true), (12, true), (13, false), (-30, false)])
    func frontalWhenTheNoseIsBetweenTheEyes(shift: Int, frontal: Bool) {
        // Eye centres (140 and 80) are 60 px apart; the gate allows 20 % of that (12 px).
        #expect(gate.isFrontal(points(noseShift: shift)) == frontal)
    }

    @Test func tiltedHeadIsStillFrontal() {
        // The whole face rotated: eyes on a slope, nose on the perpendicular through their middle.
        let p = [FacePoint(x: 150, y: 120), FacePoint(x: 130, y: 115), FacePoint(x: 70, y: 100), FacePoint(x: 90, y: 105),
                 FacePoint(x: 100, y: 150)]
        #expect(gate.isFrontal(p))
    }

    private func image(width: Int, height: Int, pixel: (Int, Int) -> UInt8) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: width * height * 3)
        for y in 0..<height {
            for x in 0..<width {
                let v = pixel(x, y)
                bytes[(y * width + x) * 3] = v
                bytes[(y * width + x) * 3 + 1] = v
                bytes[(y * width + x) * 3 + 2] = v
            }
        }
        return bytes
    }

    @Test func flatImageHasNoSharpnessAndCheckerboardHasMuch() {
        let box = FaceBox(left: 0, top: 0, right: 39, bottom: 39)
        let flat = image(width: 40, height: 40) { _, _ in 128 }
        let checker = image(width: 40, height: 40) { x, y in (x + y) % 2 == 0 ? 0 : 255 }
        let flatSharpness = flat.withUnsafeBytes {
            EnrolmentQualityGate.sharpness(of: RGBImageView(bytes: $0, width: 40, height: 40, bytesPerRow: 120), in: box)
        }
        let checkerSharpness = checker.withUnsafeBytes {
            EnrolmentQualityGate.sharpness(of: RGBImageView(bytes: $0, width: 40, height: 40, bytesPerRow: 120), in: box)
        }
        #expect(flatSharpness == 0)
        #expect(checkerSharpness > 1000)
    }

    @Test func smallFaceIsRejectedBeforeAnythingElse() {
        let pixels = image(width: 200, height: 200) { x, y in (x + y) % 2 == 0 ? 0 : 255 }
        let landmarks = FaceLandmarks(box: FaceBox(left: 10, top: 10, right: 89, bottom: 89), points: points(noseShift: 0))
        let rejection = pixels.withUnsafeBytes {
            gate.rejection(for: landmarks, in: RGBImageView(bytes: $0, width: 200, height: 200, bytesPerRow: 600))
        }
        #expect(rejection == .tooSmall(pixels: 80))
        #expect(rejection?.advice.es == "acérquese un poco")
    }

    @Test func noFaceAsksToLookAtTheCamera() {
        let pixels = [UInt8](repeating: 0, count: 30)
        let rejection = pixels.withUnsafeBytes { gate.rejection(for: nil, in: RGBImageView(bytes: $0, width: 10, height: 1, bytesPerRow: 30)) }
        #expect(rejection == .noFace)
    }
}
