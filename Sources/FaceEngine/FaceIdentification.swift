import Foundation
import Vocabulary

/// Open-set 1:N identification on a labelled photo folder (`kiosk bench --identification DIR`): the door's
/// real decision, "who among everyone enrolled, or nobody".
///
/// The folder holds `<person>/<photo>` (or `identities/<person>/<photo>`), people and photos taken in name
/// order. Every `heldOutEvery`-th person, and everyone with no more than `enrolPhotos` photos, is never
/// enrolled: their photos are non-mated searches (impostors at the door). Each other person is enrolled
/// with their first `enrolPhotos` photos (jittered templates, as at enrolment) and their other photos are
/// mated searches. Each mated photo is also searched once more against the gallery without its own person,
/// a non-mated search of an enrolled-looking stranger, so the false positive rate rests on more searches.
///
/// Figures follow NIST FRVT's 1:N terms: rank-1 (the nearest person is the right one, no threshold), FNIR
/// (mated searches without the right person at rank 1 within the threshold) at the thresholds that give a
/// FPIR (non-mated searches with anyone within the threshold) of 0.1 % and 1 %, and the same with the
/// kiosk's rule (threshold and margin, per photo, and 2 of 3 over each person's photos as frames).
public struct FaceIdentification {
    /// The photo pipeline that finds and describes the faces (used on the calling thread).
    public let finder: PhotoFaceFinder
    /// The kiosk's rule.
    public let policy: MatchPolicy
    /// Photos enrolled per person (the first ones in name order).
    public let enrolPhotos: Int
    /// Every this-many-th person (in name order) is held out as a stranger.
    public let heldOutEvery: Int
    /// Jittered passes per enrolment template.
    public let jitters: Int
    /// The confirmation rule: `confirmRequired` of the last `confirmWindow` frames (the kiosk's 2 of 3).
    public let confirmRequired: Int
    /// See ``confirmRequired``.
    public let confirmWindow: Int

    /// Thresholds of the kiosk-rule sweep in the report.
    public static let sweepThresholds: [Float] = stride(from: Float(0.40), through: 0.625, by: 0.025).map { $0 }
    /// Margins of the kiosk-rule sweep in the report.
    public static let sweepMargins: [Float] = [0, 0.05, 0.1]

    /// An evaluator; see the type's description for the split.
    ///
    /// - Precondition: `enrolPhotos >= 1`, `heldOutEvery >= 2`, `jitters` in 1...100, 1 <= required <= window.
    public init(finder: PhotoFaceFinder, policy: MatchPolicy, enrolPhotos: Int = 1, heldOutEvery: Int = 4,
                jitters: Int = 1, confirmRequired: Int = 2, confirmWindow: Int = 3) {
        precondition(enrolPhotos >= 1, "enrolPhotos \(enrolPhotos) must be at least 1")
        precondition(heldOutEvery >= 2, "heldOutEvery \(heldOutEvery) must be at least 2")
        precondition((1...100).contains(jitters), "jitters \(jitters) must be in 1...100")
        precondition(confirmRequired >= 1 && confirmRequired <= confirmWindow, "need 1 <= required <= window")
        self.finder = finder
        self.policy = policy
        self.enrolPhotos = enrolPhotos
        self.heldOutEvery = heldOutEvery
        self.jitters = jitters
        self.confirmRequired = confirmRequired
        self.confirmWindow = confirmWindow
    }

    /// One search: whose photo, and what the gallery answered (nil: no face in the photo).
    struct Search {
        let person: String
        let match: GalleryMatch?
        let hasFace: Bool
    }

    /// Runs the benchmark on `directory`.
    ///
    /// - Throws: ``FaceEngineError`` `.imageUnreadable` if the folder has no people with photos, no person
    ///   can be enrolled, or a photo cannot be read.
    public func evaluate(directory: String) throws(FaceEngineError) -> IdentificationReport {
        let identities = (directory as NSString).appendingPathComponent("identities")
        var isFolder: ObjCBool = false
        let root = FileManager.default.fileExists(atPath: identities, isDirectory: &isFolder) && isFolder.boolValue ? identities : directory
        var people = [(name: String, photos: [String])]()
        for person in ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).sorted() {
            let folder = (root as NSString).appendingPathComponent(person)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            let photos = names.sorted().filter(FaceAccuracy.isPhoto).map { (folder as NSString).appendingPathComponent($0) }
            if !photos.isEmpty { people.append((person, photos)) }
        }
        guard !people.isEmpty else {
            throw FaceEngineError(.imageUnreadable, path: directory, detail: "no <person>/<photo> JPEG or PNG files")
        }
        var templates = [FaceTemplate]()
        var mated = [(person: String, embedding: Embedding?)]()
        var strangers = [(person: String, embedding: Embedding?)]()
        var enrolledPeople = [String](), heldOutPeople = [String]()
        var enrolmentWithoutFace = [String]()
        for (index, person) in people.enumerated() {
            let heldOut = (index + 1) % heldOutEvery == 0 || person.photos.count <= enrolPhotos
            if heldOut {
                heldOutPeople.append(person.name)
                for photo in person.photos { strangers.append((person.name, try embed(photo, jitters: 1))) }
                continue
            }
            enrolledPeople.append(person.name)
            for photo in person.photos.prefix(enrolPhotos) {
                if let embedding = try embed(photo, jitters: jitters) {
                    templates.append(FaceTemplate(employeeCode: person.name, embedding: embedding))
                } else {
                    enrolmentWithoutFace.append(photo)
                }
            }
            for photo in person.photos.dropFirst(enrolPhotos) { mated.append((person.name, try embed(photo, jitters: 1))) }
        }
        guard !templates.isEmpty else {
            throw FaceEngineError(.imageUnreadable, path: directory, detail: "no person could be enrolled (each needs more than \(enrolPhotos) photo(s) with a face)")
        }
        let gallery = Gallery(templates: templates)
        var galleryWithout = [String: Gallery]()
        for person in enrolledPeople {
            galleryWithout[person] = Gallery(templates: templates.filter { $0.employeeCode != person })
        }
        let matedSearches = mated.map { Search(person: $0.person, match: $0.embedding.flatMap(gallery.nearest), hasFace: $0.embedding != nil) }
        let heldOutSearches = strangers.map { Search(person: $0.person, match: $0.embedding.flatMap(gallery.nearest), hasFace: $0.embedding != nil) }
        let leaveOneOutSearches = mated.map { search in
            Search(person: search.person, match: search.embedding.flatMap { galleryWithout[search.person]?.nearest(to: $0) ?? nil },
                   hasFace: search.embedding != nil)
        }
        let nonMated = heldOutSearches + leaveOneOutSearches
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return IdentificationReport(
            source: directory, enrolledPeople: enrolledPeople.count, heldOutPeople: heldOutPeople.count,
            templates: templates.count, enrolPhotos: enrolPhotos, jitters: jitters,
            matedSearches: matedSearches.count, heldOutSearches: heldOutSearches.count,
            leaveOneOutSearches: leaveOneOutSearches.count,
            photosWithoutFace: (matedSearches + heldOutSearches).filter { !$0.hasFace }.count + enrolmentWithoutFace.count,
            rank1: FaceIdentification.rank1(matedSearches),
            matedDistances: FaceAccuracy.summary(mated.compactMap { probe in
                probe.embedding.map { embedding in
                    templates.filter { $0.employeeCode == probe.person }.map { $0.embedding.distance(to: embedding) }.min() ?? .infinity
                }
            }.filter(\.isFinite)),
            nonMatedDistances: FaceAccuracy.summary(nonMated.compactMap { $0.match?.distance }),
            atFPIR: [0.001, 0.01].map { FaceIdentification.fnir(atFPIR: $0, mated: matedSearches, nonMated: nonMated) },
            kioskRule: rule(policy, mated: matedSearches, nonMated: nonMated),
            sweep: FaceIdentification.sweepThresholds.flatMap { threshold in
                FaceIdentification.sweepMargins.map { margin in
                    rule(MatchPolicy(threshold: threshold, margin: margin), mated: matedSearches, nonMated: nonMated)
                }
            },
            enrolmentPhotosWithoutFace: enrolmentWithoutFace.map { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : $0 })
    }

    private func embed(_ path: String, jitters: Int) throws(FaceEngineError) -> Embedding? {
        let photo = try RGBImage(contentsOfFile: path)
        return try photo.withView { (view: RGBImageView) throws(FaceEngineError) -> Embedding? in
            guard let (box, _) = try finder.largestFace(in: view) else { return nil }
            return try finder.embedding(in: view, box: box, jitters: jitters)
        }
    }

    static func rank1(_ mated: [Search]) -> Double {
        guard !mated.isEmpty else { return 0 }
        return Double(mated.filter { $0.match?.employeeCode == $0.person }.count) / Double(mated.count)
    }

    /// FNIR at the largest threshold whose FPIR is at most `target` (a search without a face is a miss
    /// when mated and no false positive when not).
    static func fnir(atFPIR target: Double, mated: [Search], nonMated: [Search]) -> IdentificationReport.OperatingPoint {
        let distances = nonMated.compactMap { $0.match?.distance }.sorted()
        let allowed = Int((target * Double(nonMated.count)).rounded(.down))
        // Accept strictly below the (allowed+1)-th nearest non-mated distance.
        let threshold = allowed < distances.count ? distances[allowed].nextDown : Float.infinity
        let falsePositives = distances.filter { $0 <= threshold }.count
        let misses = mated.filter { !($0.match?.employeeCode == $0.person && $0.match!.distance <= threshold) }.count
        return .init(targetFPIR: target, threshold: threshold,
                     fpir: nonMated.isEmpty ? 0 : Double(falsePositives) / Double(nonMated.count),
                     fnir: mated.isEmpty ? 0 : Double(misses) / Double(mated.count))
    }

    /// The kiosk's rule per photo and, over each person's photos taken as consecutive frames (a visit; people
    /// with fewer photos than the window requires are left out of the visits), with the confirmation window.
    private func rule(_ policy: MatchPolicy, mated: [Search], nonMated: [Search]) -> IdentificationReport.RuleResult {
        func accepted(_ search: Search) -> String? {
            if case .accepted(let code, _) = policy.decide(search.match) { return code }
            return nil
        }
        let matedAccepted = mated.map(accepted)
        let wrong = zip(mated, matedAccepted).filter { $1 != nil && $1 != $0.person }.count
        let right = zip(mated, matedAccepted).filter { $1 == $0.person }.count
        let falsePositives = nonMated.filter { accepted($0) != nil }.count
        // Visits: each person's searches in photo order, as frames in front of the door.
        func visits(_ searches: [Search]) -> [(person: String, frames: [Search])] {
            var grouped = [(person: String, frames: [Search])]()
            for search in searches {
                if let last = grouped.last, last.person == search.person {
                    grouped[grouped.count - 1].frames.append(search)
                } else {
                    grouped.append((search.person, [search]))
                }
            }
            return grouped.filter { $0.frames.count >= confirmRequired }
        }
        func confirmed(_ frames: [Search]) -> String? {
            var recent = [String?]()
            for frame in frames {
                guard frame.hasFace else { recent.removeAll(); continue }
                recent.append(accepted(frame))
                if recent.count > confirmWindow { recent.removeFirst() }
                let counts = Dictionary(recent.compactMap { $0 }.map { ($0, 1) }, uniquingKeysWith: +)
                if let code = counts.first(where: { $0.value >= confirmRequired })?.key { return code }
            }
            return nil
        }
        let matedVisits = visits(mated)
        let matedVisitOutcomes = matedVisits.map { confirmed($0.frames) }
        let strangerVisits = visits(nonMated)
        let strangerPunches = strangerVisits.filter { confirmed($0.frames) != nil }.count
        return .init(threshold: policy.threshold, margin: policy.margin,
                     fnir: mated.isEmpty ? 0 : Double(mated.count - right) / Double(mated.count),
                     fpir: nonMated.isEmpty ? 0 : Double(falsePositives) / Double(nonMated.count),
                     wrongPersonAccepts: wrong, falsePositives: falsePositives,
                     matedVisits: matedVisits.count,
                     visitMisses: zip(matedVisits, matedVisitOutcomes).filter { $1 != $0.person }.count,
                     visitWrongPerson: zip(matedVisits, matedVisitOutcomes).filter { $1 != nil && $1 != $0.person }.count,
                     strangerVisits: strangerVisits.count, strangerVisitPunches: strangerPunches)
    }
}
