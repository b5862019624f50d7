@testable import FaceEngine
import Testing
import Vocabulary

@Suite("FaceEngineError's words")
struct FaceEngineErrorTests {
    static let all: [FaceEngineError.Code] = [.checksumsMissing, .checksumEntryMissing, .modelFileMissing, .modelFileTruncated,
                                              .modelFileWrongSize, .modelChecksumMismatch, .modelLoadFailed, .imageUnreadable,
                                              .dlibFailure]

    @Test(arguments: all)
    func everyCodeHasAMessageAndAFixInBothLanguages(code: FaceEngineError.Code) throws {
        let error = FaceEngineError(code, path: "models/dlib_face_recognition_resnet_model_v1.dat", detail: "12 of 22 MB")
        let es = try #require(error.fix(in: .es))
        let en = try #require(error.fix(in: .en))
        #expect(es != en, "\(code)")
        #expect(error.message(in: .es) != error.message(in: .en), "\(code)")
        // The message says what, the fix what to do: neither repeats the other.
        #expect(!error.message(in: .en).contains(en), "\(code)")
        #expect(error.description == error.message(in: .en) + " " + en)
    }

    @Test func aModelProblemSendsTheTechnicianToTheBootstrap() {
        let error = FaceEngineError(.modelChecksumMismatch, path: "models/shape_predictor_5_face_landmarks.dat")
        #expect(error.message(in: .es).contains("models/shape_predictor_5_face_landmarks.dat"))
        #expect(error.fix(in: .es)?.contains("scripts/bootstrap") == true)
        #expect(error.fix(in: .en)?.contains("scripts/bootstrap") == true)
    }
}
