public import Vocabulary

/// Why an enrolment stored nothing, in words for the supervisor (and the audit log, in English).
public struct EnrolmentRefusal: Error, Hashable, Sendable, CustomStringConvertible {
    public var reason: Bilingual

    public init(_ reason: Bilingual) { self.reason = reason }

    public var description: String { reason.en }
}
