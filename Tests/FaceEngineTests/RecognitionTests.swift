import Testing

@testable import FaceEngine
import Vocabulary
@testable import KioskBenchmarks

/// The pipeline on the real test photos.
@Suite(.timeLimit(.minutes(20))) struct RecognitionTests {
    /// The largest face's embedding in a photo, found as enrolment does.
    private func embedding(_ name: String, _ recognizer: FaceRecognizer) throws -> Embedding? {
        let image = try TestResources.image(name)
        return try image.withView { try recognizer.largestFace(in: $0, settings: .photos)?.embedding }
    }

    @Test func samePersonIsNear() throws {
        let recognizer = try TestResources.models().makeRecognizer()
        let obama = try #require(try embedding("obama.jpg", recognizer))
        for other in ["obama2.jpg", "obama3.jpg"] {
            let distance = obama.distance(to: try #require(try embedding(other, recognizer)))
            print("obama.jpg vs \(other): \(distance)")
            #expect(distance < 0.5)
        }
    }

    @Test func differentPeopleAreFar() throws {
        let recognizer = try TestResources.models().makeRecognizer()
        let names = ["obama.jpg", "biden.jpg", "astronaut.png"]
        let embeddings = try names.map { try #require(try embedding($0, recognizer)) }
        for first in names.indices {
            for second in names.indices where second > first {
                let distance = embeddings[first].distance(to: embeddings[second])
                print("\(names[first]) vs \(names[second]): \(distance)")
                #expect(distance > 0.6)
            }
        }
    }

    @Test(arguments: ["coffee.png", "rocket.jpg", "brick.png", "grass.png", "gravel.png", "horse.png", "text.png",
                      "chelsea.png", "coins.png"])
    func noFaceInPhotosWithoutPeople(name: String) throws {
        let recognizer = try TestResources.models().makeRecognizer()
        let image = try TestResources.image(name)
        for upsample in 0...1 {
            let faces = try image.withView { try recognizer.detectFaces(in: $0, scale: 1, upsample: upsample) }
            if !faces.isEmpty { print("\(name) at upsample \(upsample): false detections \(faces)") }
            #expect(faces.isEmpty, "\(name) at upsample \(upsample)")
        }
    }

    @Test(arguments: ["obama_partial_face.jpg", "obama_partial_face2.jpg"])
    func partialFacesDoNotCrash(name: String) throws {
        let recognizer = try TestResources.models().makeRecognizer()
        let image = try TestResources.image(name)
        let face = try image.withView { try recognizer.largestFace(in: $0, settings: .photos) }
        print("\(name): \(face.map { "face \($0.box), \($0.facesFound) found" } ?? "no face")")
        if let face {
            #expect(face.embedding.values.allSatisfy { $0.isFinite })
        }
        // A box half outside the image must still give landmarks and a descriptor, not a crash.
        let outside = FaceBox(left: -100, top: -50, right: 200, bottom: 250)
        let embedding = try image.withView { try recognizer.embedding(in: $0, box: outside) }
        #expect(embedding.values.count == Embedding.length)
    }

    @Test func rgbaPNGDecodes() throws {
        let image = try TestResources.image("32bit.png")
        #expect(image.width == 626)
        #expect(image.height == 1200)
        #expect(image.pixels.count == 626 * 1200 * 3)
        let recognizer = try TestResources.models().makeRecognizer()
        let face = try image.withView { try recognizer.largestFace(in: $0, settings: .photos) }
        #expect(face != nil)
    }

    @Test func unreadablePhotoIsAClearError() {
        #expect {
            _ = try RGBImage(contentsOfFile: TestResources.repositoryRoot + "/Package.swift")
        } throws: { error in
            (error as? FaceEngineError)?.code == .imageUnreadable
                && (error as? FaceEngineError)?.description.contains("Package.swift") == true
        }
    }

    @Test func kioskSettingsFindTheFaceOnADownscaledFrame() throws {
        let recognizer = try TestResources.models().makeRecognizer()
        let benchmark = FaceBenchmark(modelsDirectory: TestResources.modelsDirectory,
                                      photoPaths: [TestResources.photo("obama.jpg")])
        let frame = try #require(try benchmark.makeFrames().first)
        #expect(frame.width == 640 && frame.height == 480)
        let settings = DetectionSettings(minFacePixels: 100, upsample: 0)
        #expect(settings.scale == 0.8)
        let face = try #require(try frame.withView { try recognizer.largestFace(in: $0, settings: settings) })
        let full = try frame.withView { try recognizer.detectFaces(in: $0, scale: 1, upsample: 0) }
        let reference = try #require(full.first)
        // The box found on the scaled copy lands on the full-size face.
        #expect(abs(face.box.left - reference.left) < reference.width / 5)
        #expect(abs(face.box.top - reference.top) < reference.height / 5)
        #expect(face.box.width >= 100)
        // A minimum face larger than the face hides it: a passer-by is never punched.
        let tooBig = DetectionSettings(minFacePixels: reference.width * 2, upsample: 0)
        #expect(try frame.withView { try recognizer.largestFace(in: $0, settings: tooBig) } == nil)
    }

    @Test func viewOverStridedMemoryMatchesPackedImage() throws {
        let image = try TestResources.image("astronaut.png")
        // The same pixels with 16 padding bytes after each row, as a camera buffer may have.
        let stride = image.stride + 16
        var padded = [UInt8](repeating: 0xAA, count: stride * image.height)
        for row in 0..<image.height {
            padded.replaceSubrange(row * stride..<(row * stride + image.stride),
                                   with: image.pixels[(row * image.stride)..<((row + 1) * image.stride)])
        }
        let recognizer = try TestResources.models().makeRecognizer()
        let packed = try image.withView { try recognizer.detectFaces(in: $0, scale: 1, upsample: 0) }
        let strided = try padded.withUnsafeBytes { bytes in
            try recognizer.detectFaces(in: RGBImageView(bytes: bytes, width: image.width, height: image.height, bytesPerRow: stride),
                                       scale: 1, upsample: 0)
        }
        #expect(!packed.isEmpty)
        #expect(packed == strided)
    }
}
