/// Who made a request, once its bearer token is checked.
public enum Caller: Sendable, Hashable {
    /// No token needed (open route).
    case anonymous
    /// A kiosk.
    case kiosk(KioskIdentity)
    /// The administrator.
    case admin
}
