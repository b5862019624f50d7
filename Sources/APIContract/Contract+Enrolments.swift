public import Foundation
public import OpenAPIRuntime
public import SyncProtocol

// The enrolment batch's types, between the contract (generated) and the sync protocol.

extension Components.Schemas.WireEnrolment {
    /// The contract's form of `enrolment`.
    public init(_ enrolment: WireEnrolment) {
        self.init(id: enrolment.id.uuidString, employeeCode: enrolment.employeeCode, descriptor: Base64EncodedData(enrolment.descriptor),
                  enrolledAt: enrolment.enrolledAt,
                  consent: .init(id: enrolment.consent.id.uuidString, givenAt: enrolment.consent.givenAt,
                                 recordedBy: enrolment.consent.recordedBy, textVersion: enrolment.consent.textVersion))
    }
}

extension WireEnrolment {
    /// The sync protocol's form of a checked contract enrolment.
    public init(_ enrolment: Components.Schemas.WireEnrolment) throws {
        let consent = WireConsent(id: try UUID(contract: enrolment.consent.id, field: "consent.id"), givenAt: enrolment.consent.givenAt,
                                  recordedBy: enrolment.consent.recordedBy, textVersion: enrolment.consent.textVersion)
        self.init(id: try UUID(contract: enrolment.id, field: "id"), employeeCode: enrolment.employeeCode,
                  descriptor: Data(enrolment.descriptor.data), enrolledAt: enrolment.enrolledAt, consent: consent)
    }
}
