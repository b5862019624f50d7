import Attendance
import Foundation
import Hummingbird

// MARK: - Kiosks (administrators)

extension WebConsole {
    func kiosksPage(_ request: Request) async throws -> Response {
        let user = try await administrator(request)
        return try await kiosksPage(user: user, notice: notice(of: request, user.language))
    }

    /// The fleet page, optionally with a new registration code shown once.
    private func kiosksPage(user: SignedIn, notice: String?, code: RegistrationCode? = nil) async throws -> Response {
        let language = user.language
        let format = ConsoleFormat(rules: rules)
        var data: [String: Any] = [
            "kiosks": try await database.kiosks().map { kiosk in
                var row: [String: Any] = [
                    "id": kiosk.id, "name": kiosk.name, "site": kiosk.site,
                    "heartbeat": kiosk.secondsSinceHeartbeat.map(ConsoleFormat.age) ?? ConsoleText.text(.never, language),
                    "version": kiosk.softwareVersion ?? "", "queue": kiosk.queueDepth.map(String.init) ?? "",
                    "camera": kiosk.camera ?? "", "lastError": kiosk.lastError ?? "",
                    "skew": kiosk.clockSkewSeconds.map { String(format: "%+.0f s", $0) } ?? "",
                    "revokeURL": Self.url("/console/kiosks/", kiosk.id) + "/revoke",
                ]
                if let revoked = kiosk.revokedAt { row["revoked"] = format.dateTime(revoked) }
                return row
            },
            "sites": try await database.sites().map { ["id": $0.id, "name": $0.name] },
        ]
        if let code {
            data["code"] = code.code
            data["site"] = code.site
            data["expires"] = format.dateTime(code.expiresAt)
        }
        return page(KiosksTemplate.name, title: .kiosks, data: data, user: user, notice: notice)
    }

    /// A one-time registration code (the same store call as `POST /api/v1/admin/kiosks/registration-codes`).
    func makeRegistrationCode(_ request: Request) async throws -> Response {
        let user = try await administrator(request)
        let form = try await checkedForm(request, user)
        guard let site = form["site"] else { throw ConsoleError(.badRequest, .badForm, detail: "site") }
        let minutesText = form["minutes"] ?? "60"
        guard let minutes = Int(minutesText) else { throw ConsoleError(.badRequest, .badForm, detail: "minutes '\(minutesText)'") }
        let code = try await database.makeRegistrationCode(site: site, validMinutes: minutes)
        try await database.consoleAudit(actor: user.actor, action: "kiosk.code", detail: "registration code for \(site), \(minutes) min")
        return try await kiosksPage(user: user, notice: ConsoleText.text(.codeMade, user.language), code: code)
    }

    func revokeKiosk(_ request: Request, id: String) async throws -> Response {
        let user = try await administrator(request)
        _ = try await checkedForm(request, user)
        try await database.revoke(kiosk: id)
        try await database.consoleAudit(actor: user.actor, action: "kiosk.revoke", detail: id)
        return ConsoleRenderer.redirect(to: "/console/kiosks?notice=kioskRevoked")
    }
}
