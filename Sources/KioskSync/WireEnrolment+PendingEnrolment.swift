public import KioskStore
public import SyncProtocol

extension WireEnrolment {
    /// The wire form of a template enrolled here: the descriptor as 128 little-endian `Float32` values.
    public init(_ enrolment: PendingEnrolment) {
        self.init(id: enrolment.id, employeeCode: enrolment.employee.rawValue,
                  descriptor: DescriptorBytes.encode(enrolment.vector), enrolledAt: enrolment.enrolledAt,
                  consent: WireConsent(id: enrolment.consentID, givenAt: enrolment.consent.at,
                                       recordedBy: enrolment.consent.recordedBy.rawValue, textVersion: enrolment.consent.textVersion))
    }
}
