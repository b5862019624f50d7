public import Attendance
public import KioskStore
public import Vocabulary

/// What other threads post to the kiosk's UI thread: "something changed, redraw", and the answers of the
/// slow actions the screens started in a `Task` (PIN checks, day summaries, diagnostics…).
public enum KioskEvent: Sendable {
    /// The runtime's state changed (a frame, a recognition result, a start-up phase): redraw.
    case refresh
    /// The PIN check-in finished: nil when the punch was made (the runtime shows its message), else the
    /// refusal to show on the PIN pad.
    case checkInPINFinished(CheckInMessage?)
    /// Enter on the short-stay question found another face (or none) in front of the camera: only the PIN
    /// of the person asked answers it.
    case questionNeedsPIN(EmployeeCode)
    /// The PIN answer to the short-stay question finished: nil when it was taken, else the refusal.
    case exitAnswerFinished(CheckInMessage?)
    /// The week of the person just punched (F5) arrived, or why it could not be read.
    case weekLoaded(Result<WeekView, CheckInMessageFailure>)
    /// A technician's PIN to close a real door was checked.
    case quitVerified(Result<Employee, CheckInMessageFailure>)
    /// A staff PIN was checked for the supervisor or technician screen.
    case staffVerified(StaffRole, Result<Employee, CheckInMessageFailure>)
    /// The day view of a date arrived.
    case daySummary(LocalDate, Result<DaySummary, ScreenFailure>)
    /// The CSV export finished (the file's path).
    case exported(Result<String, ScreenFailure>)
    /// An employee's punches of a day arrived, for voiding one.
    case punchesLoaded(EmployeeCode, Result<[Punch], ScreenFailure>)
    /// The review queue's doubtful punches arrived.
    case reviewQueueLoaded(Result<[Punch], ScreenFailure>)
    /// A review (confirm or void) was saved: what was done, or why it was refused.
    case reviewFinished(Result<Bilingual, ScreenFailure>)
    /// A correction was saved (or refused).
    case correctionFinished(Result<EmployeeCode, ScreenFailure>)
    /// An enrolment at the camera made progress.
    case enrolmentProgress(CameraEnrolment.Progress)
    /// An enrolment ended: what was stored, or why nothing was.
    case enrolmentFinished(Result<Bilingual, ScreenFailure>)
    /// Open alarms the supervisor must see on opening the screen (enrolments the server refused).
    case supervisorAlarms([Alarm])
    /// A technician's action (reopen the camera, reload the models) finished: what it did.
    case technicianActionFinished(Bilingual)
    /// The technician's checks came back.
    case diagnostics(DiagnosticReport)
    /// The recognition test on the live frame came back.
    case recognitionTest([Bilingual])
    /// The last lines of the log file.
    case logTail([String])
    /// Alarms were acknowledged (how many), or could not be.
    case alarmsAcknowledged(Result<Int, ScreenFailure>)
    /// The sync detail for the technician came back.
    case syncDetail([Bilingual])
    /// A "sync now" round ended: what it did, or why it failed.
    case syncFinished(Result<Bilingual, ScreenFailure>)
    /// A registration from the technician screen ended: what it did, or why it failed.
    case registrationFinished(Result<Bilingual, ScreenFailure>)

    /// True for `.refresh`, which a newer `.refresh` may replace in the session's queue.
    public var isRefresh: Bool {
        if case .refresh = self { return true }
        return false
    }
}
