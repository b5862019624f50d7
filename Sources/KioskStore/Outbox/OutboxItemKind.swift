/// What an outbox row carries to the server.
public enum OutboxItemKind: String, Sendable, CaseIterable {
    /// A punch (`POST /api/v1/punches`); the item id is the punch UUID.
    case punch
    /// A face template enrolled here (`POST /api/v1/enrolments`); the item id is the template UUID.
    case enrolment
    /// A consent withdrawal (templates deleted here; `POST /api/v1/consent-withdrawals`); the item id is the
    /// consent record's UUID.
    case consentWithdrawal
    /// A supervisor's correction made here (`POST /api/v1/corrections`); the item id is the correction UUID.
    case correction
}
