import Attendance
import FaceEngine
import Foundation

/// What the screens show that the runtime changes: the message, the last punches, the face box, and a
/// question waiting for an answer.
struct KioskState: Sendable {
    var message: CheckInMessage?
    var recent: [RecentPunch] = []
    var faceBox: FaceBox?
    var lastVerdict: FrameVerdict = .noFace
    var shortStay: ShortStayQuestion?
    var startupFinished = false
    var queuedPunches = 0
    var confirmation: ConfirmationWindow
    var liveness: LivenessGate

    /// How many punches the check-in screen lists.
    static let recentLimit = 8
}
