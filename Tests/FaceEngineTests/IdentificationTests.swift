import Foundation
import Testing

@testable import FaceEngine

/// The open-set 1:N benchmark (`kiosk bench --identification`).
@Suite(.timeLimit(.minutes(20))) struct IdentificationTests {
    private func search(_ person: String, _ code: String?, _ distance: Float) -> FaceIdentification.Search {
        .init(person: person, match: code.map { GalleryMatch(employeeCode: $0, distance: distance, runnerUpCode: nil, runnerUpDistance: nil) },
              hasFace: code != nil)
    }

    @Test func fnirAtFPIRPicksTheThresholdBelowTheAllowedFalsePositives() {
        let mated = [search("A", "A", 0.30), search("B", "B", 0.45), search("C", "D", 0.40), search("D", nil, 0)]
        let nonMated = [0.35, 0.50, 0.60, 0.62, 0.64, 0.66, 0.68, 0.70, 0.72, 0.74].map { search("X", "A", Float($0)) }
        // 10 non-mated searches: 1 % and 0.1 % both allow no false positive, 10 % allows one.
        let none = FaceIdentification.fnir(atFPIR: 0.01, mated: mated, nonMated: nonMated)
        #expect(none.threshold < 0.35 && none.threshold > 0.34)
        #expect(none.fpir == 0)
        #expect(none.fnir == 0.75, "only A is right within the threshold; C is the wrong person, D has no face")
        let one = FaceIdentification.fnir(atFPIR: 0.1, mated: mated, nonMated: nonMated)
        #expect(one.threshold < 0.50 && one.threshold > 0.49)
        #expect(one.fpir == 0.1)
        #expect(one.fnir == 0.5)
        #expect(FaceIdentification.rank1(mated) == 0.5)
    }

    @Test func smallFolderGivesTheExpectedRankOneAndCounts() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("face-identification-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let people = ["a_obama": ["obama.jpg", "obama2.jpg", "obama3.jpg"], "b_biden": ["biden.jpg"], "c_collins": ["astronaut.png"]]
        for (person, photos) in people {
            try FileManager.default.createDirectory(atPath: folder + "/" + person, withIntermediateDirectories: true)
            for photo in photos {
                try FileManager.default.createSymbolicLink(atPath: folder + "/" + person + "/" + photo,
                                                           withDestinationPath: TestResources.photo(photo))
            }
        }
        let recognizer = try TestResources.models().makeRecognizer()
        let report = try FaceIdentification(finder: PhotoFaceFinder(recognizer: recognizer, cnn: nil),
                                            policy: MatchPolicy(threshold: 0.5, margin: 0), heldOutEvery: 10)
            .evaluate(directory: folder)
        print(report.table())
        // Obama is enrolled from obama.jpg; obama2 and obama3 are mated searches. Biden and Collins have one
        // photo each, so they are strangers; Obama's two photos are searched again without him.
        #expect(report.enrolledPeople == 1 && report.heldOutPeople == 2 && report.templates == 1)
        #expect(report.matedSearches == 2 && report.heldOutSearches == 2 && report.leaveOneOutSearches == 2)
        #expect(report.photosWithoutFace == 0)
        #expect(report.rank1 == 1)
        #expect(report.kioskRule.fnir == 0 && report.kioskRule.fpir == 0)
        #expect(report.kioskRule.matedVisits == 1 && report.kioskRule.visitMisses == 0)
        #expect(report.kioskRule.strangerVisits == 1 && report.kioskRule.strangerVisitPunches == 0)
        #expect(report.atFPIR.map(\.fnir) == [0, 0])
        #expect(report.sweep.count == FaceIdentification.sweepThresholds.count * FaceIdentification.sweepMargins.count)
    }
}
