/// The sync protocol's version, paths and limits, shared by the kiosk and the server.
///
/// Every kiosk route lives under ``pathPrefix`` and takes a bearer token (`Authorization: Bearer …`).
public enum SyncAPI {
    /// The wire version; it is the `v1` in ``pathPrefix``.
    public static let version = 1
    /// The prefix of every API route.
    public static let pathPrefix = "/api/v1"
    /// The most punches (or enrolments) one request may carry; more is answered 413.
    public static let maxBatchSize = 500

    /// `POST`: a ``PunchBatch``, answered with a ``BatchResult``.
    public static let punchesPath = pathPrefix + "/punches"
    /// `GET ?since=VERSION`: answered with a ``RosterDelta``.
    public static let rosterPath = pathPrefix + "/roster"
    /// `POST`: an ``EnrolmentBatch``, answered with a ``BatchResult``.
    public static let enrolmentsPath = pathPrefix + "/enrolments"
    /// `POST`: a ``Heartbeat``, answered with a ``HeartbeatReply``.
    public static let heartbeatPath = pathPrefix + "/heartbeat"
    /// `POST` (no token): a ``KioskRegistrationRequest``, answered with a ``KioskCredentials``.
    public static let registerPath = pathPrefix + "/kiosks/register"
}
