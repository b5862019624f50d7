import Attendance
import Foundation
import Hummingbird

// MARK: - Corrections and their approval

extension WebConsole {
    /// The newest corrections (at kiosks and in the console) of the sites the reader may open; where the site asks
    /// for approval, an "Approve" button for anyone allowed there but the author.
    func correctionsPage(_ request: Request) async throws -> Response {
        let user = try await signedIn(request)
        let language = user.language
        let format = ConsoleFormat(rules: rules)
        let corrections = try await database.consoleCorrections(sites: user.account.isAdministrator ? nil : [user.account.site])
        var data: [String: Any] = [
            "corrections": corrections.map { correction in
                var row: [String: Any] = [
                    "id": correction.id.uuidString, "date": correction.localDate, "code": correction.employeeCode, "site": correction.site,
                    "personURL": Self.url("/console/people/", correction.employeeCode),
                    "action": correction.action == "void" ? "void" : (correction.kind == "OUT" ? ConsoleText.text(.exit, language)
                                                                       : ConsoleText.text(.entry, language)),
                    "time": format.time(correction.instant), "reason": correction.reason, "author": correction.madeBy,
                    "source": correction.kiosk.map { "\(ConsoleText.text(.kioskSource, language)) \($0)" }
                        ?? ConsoleText.text(.consoleSource, language),
                    "madeAt": format.dateTime(correction.madeAt),
                ]
                if let approver = correction.approvedBy {
                    row["approvedBy"] = approver
                    row["approvedAt"] = format.dateTime(correction.approvedAt)
                } else if correction.siteNeedsApproval {
                    row[correction.madeBy == user.account.code ? "waiting" : "mayApprove"] = true
                }
                return row
            },
        ]
        if user.account.isAdministrator {
            data["siteSettings"] = true
            data["sites"] = try await database.sitesWithApproval().map { site in
                ["id": site.id, "name": site.name, "needsApproval": site.needsApproval,
                 "url": Self.url("/console/sites/", site.id) + "/approval"] as [String: Any]
            }
        }
        return page(CorrectionsTemplate.name, title: .corrections, data: data, user: user, notice: notice(of: request, language))
    }

    /// Approves a correction: a supervisor (or administrator) of its site other than its author.
    func approveCorrection(_ request: Request, id: String) async throws -> Response {
        let user = try await signedIn(request)
        _ = try await checkedForm(request, user)
        guard let uuid = UUID(uuidString: id) else { throw ConsoleError.notFound }
        try await database.approveCorrection(uuid, by: user.account, actor: user.actor)
        return ConsoleRenderer.redirect(to: "/console/corrections?notice=correctionApproved")
    }

    /// Sets whether a site's corrections need approval (administrators).
    func setCorrectionApproval(_ request: Request, site: String) async throws -> Response {
        let user = try await administrator(request)
        let form = try await checkedForm(request, user)
        try await database.setCorrectionApproval(site: site, required: form["required"] == "true", actor: user.actor)
        return ConsoleRenderer.redirect(to: "/console/corrections?notice=approvalSaved")
    }
}
