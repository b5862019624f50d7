import Testing

@testable import FaceEngine

/// oneDNN's descriptor is dlib's descriptor: same weights, same arithmetic, to 1e-5 in L2.
@Suite(.timeLimit(.minutes(20))) struct DescriptorBackendTests {
    static let photosWithFaces = ["obama.jpg", "obama2.jpg", "obama3.jpg", "biden.jpg", "astronaut.png",
                                  "obama_partial_face.jpg", "obama_partial_face2.jpg"]

    @Test func oneDNNIsChosenWhenBuiltIn() throws {
        let choice = try TestResources.models().descriptorBackend
        print("descriptor backend: \(choice.backend), check L2 \(choice.checkDistance.map { "\($0)" } ?? "-"), note '\(choice.note)'")
        if DescriptorBackend.oneDNNCompiledIn {
            #expect(choice.backend == .oneDNN, "oneDNN is built in but dlib was kept: \(choice.note)")
            #expect(try TestResources.models().makeRecognizer().descriptorBackend == .oneDNN)
        } else {
            #expect(choice.backend == .dlib)
            #expect(!choice.note.isEmpty, "keeping dlib says why")
        }
    }

    @Test func oneDNNMatchesDlibOnEveryTestFace() throws {
        let models = try TestResources.models()
        try #require(models.descriptorBackend.backend == .oneDNN,
                     "this build uses dlib's forward only (\(models.descriptorBackend.note)); nothing to compare")
        let dlib = try models.makeRecognizer(backend: .dlib)
        let oneDNN = try models.makeRecognizer(backend: .oneDNN)
        #expect(dlib.descriptorBackend == .dlib)
        var compared = 0
        for name in Self.photosWithFaces {
            let image = try TestResources.image(name)
            try image.withView { view in
                for box in try dlib.detectFaces(in: view, settings: .photos) {
                    let chip = try dlib.chip(in: view, landmarks: try dlib.landmarks(in: view, box: box))
                    let reference = try dlib.embedding(of: chip)
                    let fast = try oneDNN.embedding(of: chip)
                    let distance = reference.distance(to: fast)
                    print("\(name) \(box): L2(oneDNN, dlib) = \(distance)")
                    #expect(distance <= 1e-5, "\(name) \(box)")
                    compared += 1
                }
            }
        }
        #expect(compared >= Self.photosWithFaces.count, "every test photo has at least one face")
    }
}
