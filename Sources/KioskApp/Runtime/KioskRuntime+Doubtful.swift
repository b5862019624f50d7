import Attendance

extension KioskRuntime {
    /// A face match this close to `[recognition] threshold` is recorded as usual and flagged doubtful, so it
    /// reaches the supervisors' review queue on the server.
    static let doubtfulBand = 0.05

    /// The flags a punch gets from how the person was identified: `.doubtful` for a face match distance
    /// within ``doubtfulBand`` of the threshold.
    func remarks(matchDistance: Double?) -> PunchFlags {
        guard let distance = matchDistance, distance >= configuration.recognition.threshold - Self.doubtfulBand else { return [] }
        return .doubtful
    }
}
