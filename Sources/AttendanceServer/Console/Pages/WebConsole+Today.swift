import Attendance
import Foundation
import Hummingbird

// MARK: - Today

extension WebConsole {
    /// Seconds between Today's automatic reloads (`<meta http-equiv="refresh">`, no script).
    static let todayRefreshSeconds = 30

    func todayPage(_ request: Request) async throws -> Response {
        let user = try await signedIn(request)
        let site = try site(of: request, for: user)
        let data = try await todayData(site: site, user: user, now: Date(), pager: try ConsolePager(request))
        return page(TodayTemplate.name, title: .today, data: data, user: user, notice: notice(of: request, user.language),
                    refreshSeconds: Self.todayRefreshSeconds)
    }

    /// Today's page data for `site`: the day as the server's rules compute it from every door's punches (only
    /// the people whose day changed, or whose open entry or pending day time has turned, are computed again);
    /// the page's people read in one query with each one's last punch and door, the whole site's counts in one
    /// aggregate beside it.
    func todayData(site: String, user: SignedIn, now: Date, pager: ConsolePager = ConsolePager()) async throws -> [String: Any] {
        let language = user.language
        let today = rules.localDate(of: now)
        try await database.refreshStoredDays(from: today, to: today, site: site, cause: "report daily \(today)…\(today)", rules: rules, now: now)
        async let pageLines = database.todayRows(site: site, on: today, limit: pager.size, offset: pager.offset)
        async let siteCounts = database.todayCounts(site: site, on: today)
        let (lines, total) = try await (pageLines, siteCounts)
        let format = ConsoleFormat(rules: rules)
        let entry = ConsoleText.text(.entry, language), exit = ConsoleText.text(.exit, language)
        let counts = ["scheduled": total.scheduled, "present": total.present, "late": total.late, "absent": total.absent,
                      "inNow": total.inNow, "notInYet": total.notInYet, "gone": total.gone, "onLeave": total.onLeave,
                      "holiday": total.holiday]
        var rows: [[String: Any]] = []
        rows.reserveCapacity(lines.count)
        for row in lines {
            let status = DayStatus(rawValue: row.status)
            var lastPunch = ""
            if let punch = row.lastPunch {
                lastPunch = "\(format.time(punch.instant)) \(punch.kind == "IN" ? entry : exit) · \(punch.door)"
            }
            rows.append([
                "code": row.employeeCode, "name": row.employeeName, "url": Self.url("/console/people/", row.employeeCode),
                "status": row.status, "statusLabel": status?.label(language: language) ?? row.status,
                "minutesLate": row.minutesLate > 0 ? String(row.minutesLate) : "",
                "firstIn": format.time(row.firstIn), "lastOut": format.time(row.lastOut), "lastPunch": lastPunch,
                "remarks": DayFlags(rawValue: row.flags).labels(language: language).joined(separator: ", "),
            ])
        }
        let countKeys: [(String, ConsoleText.Key)] = [
            ("scheduled", .scheduled), ("present", .present), ("late", .late), ("absent", .absent), ("inNow", .inNow),
            ("notInYet", .notInYet), ("gone", .gone), ("onLeave", .onLeave), ("holiday", .holidayCount),
        ]
        var data: [String: Any] = [
            "date": today.description, "siteName": site, "rows": rows, "computedAt": format.time(now),
            "counts": countKeys.map { ["key": $0.0, "value": String(counts[$0.0] ?? 0), "label": ConsoleText.text($0.1, language)] },
        ]
        data["pager"] = pager.data(total: total.people, path: "/console/today", query: [URLQueryItem(name: "site", value: site)])
        if user.account.isAdministrator {
            data["siteChoice"] = true
            data["sites"] = try await database.sites().map { ["id": $0.id, "name": $0.name, "selected": $0.id == site] as [String: Any] }
        }
        return data
    }
}
