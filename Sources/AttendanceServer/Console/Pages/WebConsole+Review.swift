import Attendance
import Foundation
import Hummingbird

// MARK: - The review queue of doubtful punches

extension WebConsole {
    /// The doubtful punches not yet reviewed of the sites the reader may open (a supervisor their own, an
    /// administrator every one), each with why it is doubtful and a form to confirm or void it.
    func reviewPage(_ request: Request) async throws -> Response {
        let user = try await signedIn(request)
        let language = user.language
        let format = ConsoleFormat(rules: rules)
        let items = try await database.reviewQueue(site: user.account.isAdministrator ? nil : user.account.site,
                                                   minDistance: ServerDatabase.defaultReviewDistance)
        let kiosks = try await database.kiosks()
        let doors = Dictionary(kiosks.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let data: [String: Any] = [
            "hasItems": !items.isEmpty,
            "items": items.map { item in
                [
                    "id": item.punchID.uuidString, "code": item.employeeCode, "name": item.employeeName, "site": item.site,
                    "personURL": Self.url("/console/people/", item.employeeCode), "date": item.localDate,
                    "time": format.time(item.instant),
                    "kind": item.kind == "OUT" ? ConsoleText.text(.exit, language) : ConsoleText.text(.entry, language),
                    "door": doors[item.kioskID] ?? item.kioskID, "method": item.method,
                    "distance": item.matchDistance.map { String(format: "%.3f", $0) } ?? "",
                    "why": language == .es ? item.whyEs : item.whyEn,
                ] as [String: Any]
            },
        ]
        return page(ReviewTemplate.name, title: .review, data: data, user: user, notice: notice(of: request, language))
    }

    /// Confirms or voids a doubtful punch with a reason, the signed-in person as reviewer: only a punch of a site
    /// they may open, once (the shared review code refuses a second decision and audits the first).
    func decideReview(_ request: Request, id: String) async throws -> Response {
        let user = try await signedIn(request)
        let form = try await checkedForm(request, user)
        guard let punchID = UUID(uuidString: id), let site = try await database.siteOfPunch(punchID) else { throw ConsoleError.notFound }
        guard user.account.mayOpen(site: site) else { throw ConsoleError.forbiddenSite }
        guard let decision = form["decision"], decision == "confirm" || decision == "void" else {
            throw ConsoleError(.badRequest, .badForm, detail: "decision '\(form["decision"] ?? "")'")
        }
        guard let reason = form["reason"] else { throw ConsoleError(.badRequest, .reasonMissing) }
        do {
            _ = try await database.review(punch: punchID, decision: decision, reason: String(reason.prefix(500)),
                                          reviewedBy: user.account.code, rules: rules)
        } catch let error as APIError where error.status == .conflict {
            throw ConsoleError(.conflict, .alreadyReviewed)
        }
        return ConsoleRenderer.redirect(to: "/console/review?notice=" + (decision == "void" ? "punchVoided" : "punchConfirmed"))
    }
}
