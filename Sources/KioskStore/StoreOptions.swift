public import Foundation

/// Settings the store needs from `kiosk.conf` (the lead maps the config onto it).
public struct StoreOptions: Sendable {
    /// The kiosk's configured time zone: local dates, day summaries and CSV times use it.
    public var timeZone: TimeZone
    /// `[recognition] debounce_seconds`: a repeat within this many seconds is not a new punch.
    public var debounceSeconds: Int
    /// `[recognition] min_work_minutes`: an exit sooner than this after the entry asks to confirm.
    public var minWorkMinutes: Int
    /// `[security] pin_lockout_tries`: wrong PINs in a row before that person is locked.
    public var pinLockoutTries: Int
    /// `[security] pin_lockout_minutes`: how long a person stays locked.
    public var pinLockoutMinutes: Int
    /// PBKDF2-SHA256 rounds for new PIN hashes; swift-crypto refuses fewer than 210,000.
    public var pinHashRounds: Int
    /// Run `PRAGMA integrity_check` (slow, reads every page) instead of `quick_check` at open.
    public var fullIntegrityCheck: Bool

    /// Makes options; the defaults are DESIGN.md's.
    public init(
        timeZone: TimeZone = .current,
        debounceSeconds: Int = 60,
        minWorkMinutes: Int = 5,
        pinLockoutTries: Int = 5,
        pinLockoutMinutes: Int = 5,
        pinHashRounds: Int = 210_000,
        fullIntegrityCheck: Bool = false
    ) {
        precondition(pinLockoutTries >= 1, "pin_lockout_tries must be at least 1")
        precondition(pinLockoutMinutes >= 1, "pin_lockout_minutes must be at least 1")
        precondition(pinHashRounds >= 210_000, "PBKDF2 needs at least 210,000 rounds")
        self.timeZone = timeZone
        self.debounceSeconds = debounceSeconds
        self.minWorkMinutes = minWorkMinutes
        self.pinLockoutTries = pinLockoutTries
        self.pinLockoutMinutes = pinLockoutMinutes
        self.pinHashRounds = pinHashRounds
        self.fullIntegrityCheck = fullIntegrityCheck
    }
}
