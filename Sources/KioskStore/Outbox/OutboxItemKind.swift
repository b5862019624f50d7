/// What an outbox row carries to the server.
public enum OutboxItemKind: String, Sendable, CaseIterable {
    /// A punch (`POST /api/v1/punches`); the item id is the punch UUID.
    case punch
    /// A face template enrolled here (`POST /api/v1/enrolments`); the item id is the template UUID.
    case enrolment
    /// A consent withdrawal (templates deleted here); the item id is the consent record's UUID.
    case consentWithdrawal
}
