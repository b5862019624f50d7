/// `POST /api/v1/enrolments`: up to ``SyncAPI/maxBatchSize`` enrolments.
public struct EnrolmentBatch: Codable, Hashable, Sendable {
    /// The enrolments.
    public var enrolments: [WireEnrolment]

    /// Makes a batch.
    public init(enrolments: [WireEnrolment]) { self.enrolments = enrolments }
}
