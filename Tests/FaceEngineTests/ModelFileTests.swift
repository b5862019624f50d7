import Foundation
import Testing

@testable import FaceEngine
import Vocabulary

/// Model verification on damaged copies in a temporary folder: every failure is a clear error naming the
/// file and the fix, never a crash.
@Suite struct ModelFileTests {
    /// A temporary models folder with a checksum list copied from the real one.
    private func temporaryModels(copying models: [ModelFile] = [], checksums: Bool = true) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("face-models-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if checksums {
            try FileManager.default.copyItem(atPath: TestResources.modelsDirectory + "/SHA256SUMS", toPath: folder + "/SHA256SUMS")
        }
        for model in models {
            try FileManager.default.copyItem(atPath: TestResources.modelsDirectory + "/" + model.fileName,
                                             toPath: folder + "/" + model.fileName)
        }
        return folder
    }

    private func verificationError(_ model: ModelFile, in folder: String) -> FaceEngineError? {
        do {
            _ = try VerifiedModelFile(model, directory: folder, checksums: ModelChecksums(directory: folder))
            return nil
        } catch {
            return error
        }
    }

    @Test func realFilesVerify() throws {
        let checksums = try ModelChecksums(directory: TestResources.modelsDirectory)
        for model in ModelFile.allCases {
            let file = try VerifiedModelFile(model, directory: TestResources.modelsDirectory, checksums: checksums)
            #expect(file.size == model.releaseSize)
            #expect(file.sha256 == checksums.digests[model.fileName])
        }
    }

    @Test func missingChecksumListNamesFileAndFix() throws {
        let folder = try temporaryModels(copying: [.shapePredictor], checksums: false)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let error = verificationError(.shapePredictor, in: folder)
        #expect(error?.code == .checksumsMissing)
        #expect(error?.description.contains("SHA256SUMS") == true)
        #expect(error?.description.contains("scripts/bootstrap") == true)
    }

    @Test func missingFileNamesFileAndFix() throws {
        let folder = try temporaryModels()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let error = verificationError(.descriptorNetwork, in: folder)
        #expect(error?.code == .modelFileMissing)
        #expect(error?.description.contains("dlib_face_recognition_resnet_model_v1.dat") == true)
        #expect(error?.description.contains("scripts/bootstrap") == true)
        #expect(error?.sentence(in: .es).contains("scripts/bootstrap") == true)
    }

    @Test func truncatedFileIsReportedWithItsSize() throws {
        let folder = try temporaryModels()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let original = try Data(contentsOf: URL(fileURLWithPath: TestResources.modelsDirectory + "/shape_predictor_5_face_landmarks.dat"))
        try original.prefix(1000).write(to: URL(fileURLWithPath: folder + "/shape_predictor_5_face_landmarks.dat"))
        let error = verificationError(.shapePredictor, in: folder)
        #expect(error?.code == .modelFileTruncated)
        #expect(error?.description.contains("1000 of 9150489 bytes") == true)
    }

    @Test func alteredFileFailsTheChecksum() throws {
        let folder = try temporaryModels()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var bytes = try Data(contentsOf: URL(fileURLWithPath: TestResources.modelsDirectory + "/shape_predictor_5_face_landmarks.dat"))
        bytes[bytes.count / 2] ^= 0xFF
        try bytes.write(to: URL(fileURLWithPath: folder + "/shape_predictor_5_face_landmarks.dat"))
        let error = verificationError(.shapePredictor, in: folder)
        #expect(error?.code == .modelChecksumMismatch)
        #expect(error?.description.contains("shape_predictor_5_face_landmarks.dat") == true)
    }

    @Test func oversizedFileIsReported() throws {
        let folder = try temporaryModels(copying: [.shapePredictor])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/shape_predictor_5_face_landmarks.dat"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data([0]))
        try handle.close()
        #expect(verificationError(.shapePredictor, in: folder)?.code == .modelFileWrongSize)
    }

    @Test func checksumListWithoutTheFileIsReported() throws {
        let folder = try temporaryModels(copying: [.shapePredictor], checksums: false)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "55533b28a95800a551ba546ba62fe69625c7e95a7061c338adffead08719da30  dlib_face_recognition_resnet_model_v1.dat\n"
            .write(toFile: folder + "/SHA256SUMS", atomically: true, encoding: .utf8)
        #expect(verificationError(.shapePredictor, in: folder)?.code == .checksumEntryMissing)
    }

    @Test func checksumListParsesSha256sumFormats() {
        let digest = String(repeating: "ab", count: 32)
        let list = ModelChecksums(text: "\(digest)  a.dat\n\(digest.uppercased()) *models/b.dat\nnot a line\n")
        #expect(list.digests == ["a.dat": digest, "b.dat": digest])
    }
}
