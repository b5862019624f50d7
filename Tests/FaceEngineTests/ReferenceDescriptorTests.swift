import Foundation
import Testing

@testable import FaceEngine

/// Descriptors equal to dlib's own Python binding (face_recognition 1.3.0) given the same face box.
/// The fixture comes from scripts/anchor/make-reference.
@Suite(.timeLimit(.minutes(20))) struct ReferenceDescriptorTests {
    struct Fixture: Decodable {
        struct Box: Decodable {
            let left, top, right, bottom: Int
        }

        struct Face: Decodable {
            let photo: String
            let box: Box
            let descriptor: [Float]
        }

        let dlib: String
        let faces: [Face]
    }

    @Test func descriptorsMatchDlibPython() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: TestResources.fixturesDirectory + "/reference_descriptors.json"))
        let fixture = try JSONDecoder().decode(Fixture.self, from: data)
        #expect(fixture.faces.count >= 5)
        let recognizer = try TestResources.models().makeRecognizer()
        for face in fixture.faces {
            let image = try TestResources.image(face.photo)
            let embedding = try image.withView { try recognizer.embedding(in: $0, box: FaceBox(left: face.box.left, top: face.box.top, right: face.box.right, bottom: face.box.bottom)) }
            let distance = embedding.distance(to: Embedding(values: face.descriptor))
            print("\(face.photo): L2 to dlib \(fixture.dlib) Python = \(distance)")
            #expect(distance < 1e-4, "\(face.photo)")
        }
    }
}
