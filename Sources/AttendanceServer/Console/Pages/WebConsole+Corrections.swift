import Attendance
import Foundation
import Hummingbird

// MARK: - Corrections

extension WebConsole {
    /// The newest corrections (at kiosks and in the console) of the sites the reader may open.
    func correctionsPage(_ request: Request) async throws -> Response {
        let user = try await signedIn(request)
        let language = user.language
        let format = ConsoleFormat(rules: rules)
        let corrections = try await database.consoleCorrections(sites: user.account.isAdministrator ? nil : [user.account.site])
        let data: [String: Any] = [
            "corrections": corrections.map { correction in
                ["date": correction.localDate, "code": correction.employeeCode, "site": correction.site,
                 "personURL": Self.url("/console/people/", correction.employeeCode),
                 "action": correction.action == "void" ? "void" : (correction.kind == "OUT" ? ConsoleText.text(.exit, language)
                                                                    : ConsoleText.text(.entry, language)),
                 "time": format.time(correction.instant), "reason": correction.reason, "author": correction.madeBy,
                 "source": correction.kiosk.map { "\(ConsoleText.text(.kioskSource, language)) \($0)" } ?? ConsoleText.text(.consoleSource, language),
                 "madeAt": format.dateTime(correction.madeAt)] as [String: Any]
            },
        ]
        return page(CorrectionsTemplate.name, title: .corrections, data: data, user: user)
    }
}
