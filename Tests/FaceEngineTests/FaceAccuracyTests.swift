import Foundation
import TestEnvironment
import Testing

@testable import FaceEngine

/// The accuracy report on a small folder built from the test photos.
@Suite(.timeLimit(.minutes(20))) struct FaceAccuracyTests {
    @Test func folderOfPeopleGivesGenuineBelowImpostor() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("face-accuracy-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let people = ["obama": ["obama.jpg", "obama2.jpg", "obama3.jpg"], "biden": ["biden.jpg"],
                      "collins": ["astronaut.png"], "nobody": ["coffee.png"]]
        for (person, photos) in people {
            try FileManager.default.createDirectory(atPath: folder + "/" + person, withIntermediateDirectories: true)
            for photo in photos {
                try FileManager.default.createSymbolicLink(atPath: folder + "/" + person + "/" + photo,
                                                           withDestinationPath: TestResources.photo(photo))
            }
        }
        let recognizer = try TestResources.models().makeRecognizer()
        let report = try FaceAccuracy(recognizer: recognizer, threshold: 0.5).evaluate(directory: folder)
        print(report.table())
        #expect(report.photos == 6)
        #expect(report.photosWithoutFace == ["nobody/coffee.png"])
        #expect(report.pairsSkipped == 5)
        #expect(report.genuine.count == 3)
        #expect(report.impostor.count == 7)
        #expect(report.genuine.maximum < report.impostor.minimum)
        #expect(report.configured.accuracy == 1)
        #expect(report.best.accuracy == 1)
        #expect(report.sweep.count == FaceAccuracy.sweepThresholds.count)
    }

    @Test(.needs(.faceDevSet, missing: FileManager.default.fileExists(atPath: TestResources.devSetDirectory + "/pairs_dev.csv")
                                      ? nil : "../shared/faces/dev is absent (a fresh clone has no dev set)"))
    func pairsFileIsRead() throws {
        // Only the first pairs of the dev set: the full run belongs to `kiosk bench --accuracy`.
        let all = try String(contentsOfFile: TestResources.devSetDirectory + "/pairs_dev.csv", encoding: .utf8)
            .split(separator: "\n")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("face-pairs-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder + "/identities",
                                                   withDestinationPath: TestResources.devSetDirectory + "/identities")
        let lines = [all[0]] + all.dropFirst().prefix(4) + all.filter { $0.hasSuffix(",0") }.prefix(4)
        try lines.joined(separator: "\n").write(toFile: folder + "/pairs.csv", atomically: true, encoding: .utf8)
        let recognizer = try TestResources.models().makeRecognizer()
        let report = try FaceAccuracy(recognizer: recognizer, threshold: 0.5).evaluate(pairsFile: folder + "/pairs.csv")
        print(report.table())
        #expect(report.genuine.count + report.impostor.count + report.pairsSkipped == 8)
        #expect(report.pairsSkipped == 0)
        #expect(report.configured.accuracy >= 0.75)
    }
}
