public import Attendance
public import Camera
public import FaceEngine
public import Foundation
public import Vocabulary

/// Everything a screen draws, copied at one instant so the UI thread never waits on a lock while drawing.
public struct KioskSnapshot: Sendable {
    public var kioskName: String
    public var site: String
    public var language: Language
    public var timeZone: TimeZone
    public var now: Date
    /// The start-up panel's lines and one-time notices (first-run PINs).
    public var startup: [StartupProgress.Line]
    public var notices: [Bilingual]
    public var startupFinished: Bool
    /// The newest camera frame and the face found in it, if any.
    public var frame: Frame?
    public var faceBox: FaceBox?
    public var lastVerdict: FrameVerdict
    public var cameraName: String?
    public var cameraStatus: CaptureStatus?
    public var cameraFPS: Double
    public var message: CheckInMessage?
    public var recent: [RecentPunch]
    public var shortStay: ShortStayQuestion?
    /// A recognised supervisor's or technician's screens, offered on the key bar for a few seconds.
    public var staffOffer: StaffOffer?
    /// The person just punched may see their own week (F5) for a few seconds.
    public var weekOffer: WeekOffer?
    /// Punches recorded here and not yet acknowledged by the server.
    public var queuedPunches: Int
    /// "standalone", "synced 12:03", "offline — 5 queued".
    public var syncLine: Bilingual
    /// True when faces can be recognised (models loaded, camera running).
    public var recognitionAvailable: Bool
    /// `[kiosk] demo`: F10 closes a demo kiosk (asked twice); a real door needs a technician's PIN.
    public var isDemo = true
    /// `[checkin] methods`: the ways to check in at this door.
    public var checkInMethods: Set<PunchMethod> = [.face, .badge, .pin]
}
