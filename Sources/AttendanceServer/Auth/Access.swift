/// Who may call a route.
public enum Access: String, Sendable {
    /// Anyone (health, readiness, the OpenAPI document, registration with a one-time code).
    case open
    /// A registered kiosk's token: push punches, pull the roster, post enrolments and heartbeats.
    case kiosk
    /// The administrator's token: manage everything else.
    case admin
}
