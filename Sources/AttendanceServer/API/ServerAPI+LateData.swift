import Attendance
import Foundation
import SyncProtocol

// Late data: what a kiosk uploads may belong to days already computed (a kiosk offline for days). Those
// stored days are recomputed at once, each changed verdict kept with what changed and why.

extension ServerAPI {
    /// Recomputes the stored days that the accepted items touch. The items are already stored: a failure
    /// here is logged and the upload still succeeds (the next report recomputes the days anyway).
    func recomputeAfterUpload(_ days: [(code: String, localDate: String)], cause: String) async {
        var unique: [String: (code: String, date: LocalDate)] = [:]
        for day in days {
            guard let date = LocalDate(day.localDate) else { continue }
            unique[day.code + "|" + day.localDate] = (day.code, date)
        }
        guard !unique.isEmpty else { return }
        do {
            try await database.recomputeStored(Array(unique.values), cause: cause, rules: rules)
        } catch {
            database.logger.error("recomputing \(unique.count) stored day(s) after an upload failed: \(error); the next report recomputes them")
        }
    }

    /// The days of the punches `results` accepted.
    static func acceptedDays(_ punches: [WirePunch], _ results: [ItemResult]) -> [(code: String, localDate: String)] {
        let accepted = Set(results.filter { $0.outcome == .accepted }.map(\.id))
        return punches.filter { accepted.contains($0.id) }.map { ($0.employeeCode, $0.localDate) }
    }

    /// The days of the corrections `results` accepted.
    static func acceptedDays(_ corrections: [WireCorrection], _ results: [ItemResult]) -> [(code: String, localDate: String)] {
        let accepted = Set(results.filter { $0.outcome == .accepted }.map(\.id))
        return corrections.filter { accepted.contains($0.id) }.map { ($0.employeeCode, $0.localDate) }
    }
}
