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
    /// When `lastVerdict` came (by the runtime's clock).
    var lastVerdictAt: Date?
    var shortStay: ShortStayQuestion?
    var staffOffer: StaffOffer?
    var weekOffer: WeekOffer?
    /// A badge waiting for its owner's face (`[checkin] badge_face`).
    var badgeFaceCheck: BadgeFaceCheck?
    var startupFinished = false
    /// Signs of life for the status file: the screen's last round, the last punch written.
    var screenAliveAt: Date?
    var lastDatabaseWriteAt: Date?
    var queuedPunches = 0
    var confirmation: ConfirmationWindow
    var liveness: LivenessGate
    /// When the face at the door appeared and was recognised, for the greeting's log line.
    var visit = FaceVisit()

    /// How many punches the check-in screen lists.
    static let recentLimit = 8
}
