import Foundation

/// Open-set 1:N identification figures on a labelled photo set (`kiosk bench --identification DIR`), in
/// NIST FRVT's terms; see ``FaceIdentification`` for the split.
public struct IdentificationReport: Sendable, Codable {
    /// FNIR at the threshold that gives a target FPIR.
    public struct OperatingPoint: Sendable, Codable {
        /// The FPIR asked for.
        public let targetFPIR: Double
        /// The largest threshold whose FPIR is at most the target (infinity: every non-mated search may match).
        public let threshold: Float
        /// Non-mated searches with anyone within the threshold / non-mated searches.
        public let fpir: Double
        /// Mated searches without the right person at rank 1 within the threshold / mated searches.
        public let fnir: Double
    }

    /// The kiosk's rule (accept the nearest person within `threshold` when the runner-up is `margin` farther).
    public struct RuleResult: Sendable, Codable {
        /// The rule's threshold.
        public let threshold: Float
        /// The rule's margin.
        public let margin: Float
        /// Mated photos not accepted as the right person / mated photos.
        public let fnir: Double
        /// Non-mated photos accepted as anyone / non-mated photos.
        public let fpir: Double
        /// Mated photos accepted as someone else.
        public let wrongPersonAccepts: Int
        /// Non-mated photos accepted.
        public let falsePositives: Int
        /// Enrolled people's visits (their mated photos as frames).
        public let matedVisits: Int
        /// Visits where the right person was not confirmed first.
        public let visitMisses: Int
        /// Visits that confirmed someone else.
        public let visitWrongPerson: Int
        /// Strangers' visits (held-out people, and enrolled people against the gallery without them).
        public let strangerVisits: Int
        /// Strangers' visits that confirmed anyone.
        public let strangerVisitPunches: Int
    }

    /// The folder measured.
    public let source: String
    /// People enrolled.
    public let enrolledPeople: Int
    /// People never enrolled (strangers).
    public let heldOutPeople: Int
    /// Templates in the gallery.
    public let templates: Int
    /// Photos enrolled per person.
    public let enrolPhotos: Int
    /// Jittered passes per template.
    public let jitters: Int
    /// Searches of enrolled people's other photos.
    public let matedSearches: Int
    /// Searches of held-out people's photos.
    public let heldOutSearches: Int
    /// Searches of enrolled people's photos against the gallery without them.
    public let leaveOneOutSearches: Int
    /// Photos where no face was found (a mated one counts as a miss).
    public let photosWithoutFace: Int
    /// Mated searches whose nearest person is the right one.
    public let rank1: Double
    /// Distances of the mated searches to their own person (the genuine side).
    public let matedDistances: AccuracyReport.Distances
    /// Distances of the non-mated searches to their nearest person (the stranger side).
    public let nonMatedDistances: AccuracyReport.Distances
    /// FNIR at FPIR 0.1 % and 1 %.
    public let atFPIR: [OperatingPoint]
    /// The configured rule.
    public let kioskRule: RuleResult
    /// The rule over a grid of thresholds and margins.
    public let sweep: [RuleResult]
    /// Enrolment photos (relative paths) without a face: their person has fewer templates.
    public let enrolmentPhotosWithoutFace: [String]

    /// Non-mated searches in all.
    public var nonMatedSearches: Int { heldOutSearches + leaveOneOutSearches }

    /// A plain-text table of the figures.
    public func table() -> String {
        var lines = [
            "Identification (open-set 1:N) on \(source)",
            "enrolled \(enrolledPeople) people (\(templates) templates, \(enrolPhotos) photo(s) each, \(jitters) jitter(s)); held out \(heldOutPeople) people",
            "mated searches \(matedSearches); non-mated searches \(nonMatedSearches) (held-out photos \(heldOutSearches), enrolled photos against the gallery without their person \(leaveOneOutSearches)); photos without a face \(photosWithoutFace)",
            String(format: "rank-1 identification rate  %.4f", rank1),
            String(format: "mated distance to own person  min %.3f  mean %.3f  max %.3f; non-mated nearest  min %.3f  mean %.3f",
                   matedDistances.minimum, matedDistances.mean, matedDistances.maximum, nonMatedDistances.minimum, nonMatedDistances.mean),
        ]
        for point in atFPIR {
            let threshold = point.threshold.isFinite ? String(format: "%.3f", point.threshold) : "any"
            lines.append(String(format: "FNIR at FPIR %.1f%%: %.4f (threshold %@, measured FPIR %.4f)",
                                point.targetFPIR * 100, point.fnir, threshold, point.fpir))
        }
        if nonMatedSearches < 1000 {
            lines.append("(\(nonMatedSearches) non-mated searches: FPIR 0.1 % reads as no false positive at all)")
        }
        lines.append("kiosk rule: threshold margin  FNIR    FPIR    wrong  FP   visits: missed wrong / \(kioskRule.matedVisits)  stranger punches / \(kioskRule.strangerVisits)")
        for result in sweep + [kioskRule] {
            var line = String(format: "            %.3f     %.3f   %.4f  %.4f  %4d  %4d          %4d  %4d              %4d",
                              result.threshold, result.margin, result.fnir, result.fpir, result.wrongPersonAccepts,
                              result.falsePositives, result.visitMisses, result.visitWrongPerson, result.strangerVisitPunches)
            if result.threshold == kioskRule.threshold && result.margin == kioskRule.margin { line += "   <- configured" }
            lines.append(line)
        }
        if !enrolmentPhotosWithoutFace.isEmpty {
            lines.append("enrolment photos without a face: \(enrolmentPhotosWithoutFace.joined(separator: ", "))")
        }
        return lines.joined(separator: "\n")
    }

    /// The report as JSON (sorted keys).
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        // Encoding plain numbers, strings and arrays cannot fail.
        let data = try! encoder.encode(self)
        return String(decoding: data, as: UTF8.self)
    }
}
