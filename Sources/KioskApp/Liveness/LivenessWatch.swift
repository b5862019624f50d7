public import Camera
public import FaceEngine
import Synchronization

/// The recognition threads' side of liveness: the 68 landmarks of the face that matched an employee, fed to
/// one ``LivenessTracker`` shared by every worker (frames of one face may go to different workers).
///
/// Landmarks run only on a matched face and only while deciding: not on unknown faces, not on an empty
/// scene, not once the evidence is in, and not past ``followSeconds`` of one face (a person the kiosk has
/// refused does not keep costing CPU while standing there).
public final class LivenessWatch: Sendable {
    private let shapes: FaceShapeModel
    public let settings: LivenessSettings
    private let followed = Mutex<Followed?>(nil)

    private struct Followed {
        var code: String
        var tracker: LivenessTracker
        var started: Double
        var last: Double
    }

    /// What a frame gets: no landmarks (with the evidence to report), or landmarks for the followed employee.
    private enum Step {
        case skip(LivenessEvidence?)
        case place(code: String)
    }

    /// A face unseen for longer than this is a new visit.
    public static let gapSeconds = 1.0

    /// How long one face is followed at most: the identity takes about a second to confirm, then the window.
    public var followSeconds: Double { settings.windowSeconds + 2 }

    public init(shapes: FaceShapeModel, settings: LivenessSettings) {
        self.shapes = shapes
        self.settings = settings
    }

    /// The evidence for the face in `box` of `frame`, placing its landmarks unless the decision no longer
    /// needs them. `code` is the employee the frame matched, or nil when it matched nobody (a blink may blur
    /// one frame): the face already followed, if any, is followed on; otherwise nothing runs. Runs on the
    /// worker's thread.
    public func observe(_ frame: Frame, box: FaceBox, code: String?) -> LivenessEvidence? {
        let time = Self.seconds(frame.timestamp)
        // Either the answer without landmarks, or the employee whose face gets them.
        let step = followed.withLock { followed -> Step in
            if let current = followed, time - current.last > Self.gapSeconds { followed = nil }
            if let code, followed?.code != code {
                followed = Followed(code: code, tracker: LivenessTracker(settings: settings), started: time, last: time)
            }
            guard followed != nil else { return .skip(nil) }
            followed!.last = max(followed!.last, time)
            let current = followed!
            let evidence = current.tracker.evidence
            return evidence.isLive || time - current.started > followSeconds ? .skip(evidence) : .place(code: current.code)
        }
        let followedCode: String
        switch step {
        case .skip(let evidence): return evidence
        case .place(let code): followedCode = code
        }
        let watch = ContinuousClock.now
        let shape = try? frame.image.withView { view in
            try shapes.shape(in: view, box: box)
        }
        let cost = Self.seconds(ContinuousClock.now - watch)
        return followed.withLock { followed -> LivenessEvidence? in
            // Another worker may have moved on to another face meanwhile.
            guard followed?.code == followedCode else { return nil }
            guard let shape else { return followed!.tracker.evidence }
            return followed!.tracker.add(shape, at: time, landmarkSeconds: cost)
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
