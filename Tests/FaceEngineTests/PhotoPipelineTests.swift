import Testing

@testable import FaceEngine

/// The photo and enrolment pipeline: colour HOG, the CNN fallback, jittered templates.
@Suite(.timeLimit(.minutes(20))) struct PhotoPipelineTests {
    /// The CNN detector, loaded once per process like the networks.
    private func cnn() throws -> CNNFaceDetector {
        do {
            return try CNNFaceModel.load(directory: TestResources.modelsDirectory).makeDetector()
        } catch {
            Issue.record("cannot load \(CNNFaceModel.fileName) (\(error)); \(TestResources.fetchHint)")
            throw error
        }
    }

    @Test func colourHOGFindsTheFaceTheGreyPathFinds() throws {
        let recognizer = try TestResources.models().makeRecognizer()
        let image = try TestResources.image("obama.jpg")
        let colour = try image.withView { try recognizer.detectFacesInColour(in: $0, upsample: 1) }
        let grey = try image.withView { try recognizer.detectFaces(in: $0, scale: 1, upsample: 1) }
        let box = try #require(colour.first)
        let reference = try #require(grey.first)
        print("colour \(box), grey \(reference)")
        // The same face: the boxes overlap almost entirely (the two read slightly different gradients).
        let overlapWidth = min(box.right, reference.right) - max(box.left, reference.left) + 1
        let overlapHeight = min(box.bottom, reference.bottom) - max(box.top, reference.top) + 1
        #expect(overlapWidth > 0 && overlapHeight > 0)
        #expect(Double(overlapWidth * overlapHeight) / Double(max(box.area, reference.area)) > 0.7)
    }

    @Test func cnnFallbackFindsTheFaceHOGMisses() throws {
        let recognizer = try TestResources.models().makeRecognizer()
        let detector = try cnn()
        let image = try TestResources.image(PhotoPipelineTests.hogMissPhoto)
        let hog = try image.withView { view in
            try (0...2).map { try recognizer.detectFacesInColour(in: view, upsample: $0).count }
        }
        #expect(hog == [0, 0, 0], "HOG finds no face in \(PhotoPipelineTests.hogMissPhoto) at upsample 0, 1 or 2")
        let finder = PhotoFaceFinder(recognizer: recognizer, cnn: detector)
        let found = try #require(try image.withView { try finder.largestFace(in: $0) })
        print("\(PhotoPipelineTests.hogMissPhoto): CNN box \(found.box)")
        #expect(found.detector == .cnn)
        #expect(found.box.width >= 40)
        // HOG alone gives nothing, so the fallback is what finds it.
        #expect(try image.withView { try PhotoFaceFinder(recognizer: recognizer, cnn: nil).largestFace(in: $0) } == nil)
        // The cameraman's face: inside the photo, and it describes to finite values.
        #expect(found.box.left >= 0 && found.box.top >= 0 && found.box.right < image.width && found.box.bottom < image.height)
        let embedding = try image.withView { try finder.embedding(in: $0, box: found.box) }
        let finite = embedding.values.allSatisfy { $0.isFinite }
        #expect(finite)
    }

    @Test(arguments: ["coffee.png", "brick.png", "grass.png", "text.png"])
    func cnnFindsNoFaceWhereThereIsNone(name: String) throws {
        let detector = try cnn()
        let image = try TestResources.image(name)
        let faces = try image.withView { try detector.detectFaces(in: $0, scale: 1) }
        #expect(faces.isEmpty, "\(name): \(faces)")
    }

    @Test func jitteredTemplatesAreDeterministicAndNearThePlainOne() throws {
        let recognizer = try TestResources.models().makeRecognizer()
        let image = try TestResources.image("obama.jpg")
        let chip = try image.withView { view in
            let box = try #require(try recognizer.detectFacesInColour(in: view, upsample: 1).first)
            return try recognizer.chip(in: view, landmarks: recognizer.landmarks(in: view, box: box))
        }
        let plain = try recognizer.embedding(of: chip)
        let first = try recognizer.embedding(of: chip, jitters: 5)
        let again = try recognizer.embedding(of: chip, jitters: 5)
        let otherSeed = try recognizer.embedding(of: chip, jitters: 5, seed: 42)
        #expect(first.values == again.values, "the same chip and seed give the same template")
        #expect(first.values != otherSeed.values, "another seed jitters differently")
        #expect(first.values != plain.values)
        print("jittered vs plain: \(first.distance(to: plain)), seed 42 vs default: \(first.distance(to: otherSeed))")
        #expect(first.distance(to: plain) < 0.15)
        #expect(first.distance(to: otherSeed) < 0.1)
    }

    /// A photo of the bootstrap set where HOG (colour, upsample 0 to 2) finds no face and the CNN finds one:
    /// scikit-image's cameraman, a small face (about 70 px) turned down to the camera.
    static let hogMissPhoto = "camera.png"
}
