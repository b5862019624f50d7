/// The ``ItemResult/reason`` of an enrolment the server refuses because its face is already another
/// employee's at the site (two kiosks enrolled one face under two codes while offline; the first to reach the
/// server keeps it). The reason starts with ``prefix``, so a kiosk tells this final refusal (remove the
/// templates, alarm the supervisor) from the others (an unknown employee code: tried again later). A
/// convention on the reason's text: no wire type changes.
public enum FaceConflictReason {
    /// How the reason starts.
    public static let prefix = "face-conflict: "

    /// The reason for refusing `employeeCode`'s template whose face matches `matchedCode`'s at `distance`.
    public static func make(employeeCode: String, matchedCode: String, distance: Float, threshold: Float) -> String {
        prefix + "the face matches \(matchedCode), already enrolled at the site (distance \(format(distance)) ≤ \(format(threshold))); "
            + "\(employeeCode)'s enrolment is refused. If they really are two people, an administrator can accept it on the server with a reason."
    }

    /// True when `reason` is a face conflict.
    public static func isFaceConflict(_ reason: String?) -> Bool {
        reason?.hasPrefix(prefix) ?? false
    }

    private static func format(_ value: Float) -> String {
        let thousandths = Int((value * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
