import Foundation
public import Logging

/// `asistencia-server enrolments …`: the administrator's view of enrolments refused because their face is
/// another employee's, and the override (with a reason, audited) — on the server only, never at a kiosk.
///
/// ```
/// asistencia-server enrolments list
/// asistencia-server enrolments accept TEMPLATE-UUID --by "Marta Ruiz" --reason "identical twins, checked in person"
/// ```
public enum EnrolmentOverrideCommand {
    /// How to call it.
    public static let usage = """
        usage: asistencia-server enrolments list
               asistencia-server enrolments accept TEMPLATE-UUID --by ADMINISTRATOR --reason TEXT
        """

    /// Runs the command against the configured database (migrated first) and returns what to print.
    ///
    /// - Throws: `ServerConfigurationError` for bad settings, `APIError` for a bad id or a missing reason.
    public static func run(_ arguments: [String], configuration: ServerConfiguration, logger: Logger) async throws -> String {
        try await ServerDatabase.withMigrated(url: configuration.database, poolSize: 2, logger: logger) { database in
            try await perform(arguments, on: database)
        }
    }

    static func perform(_ arguments: [String], on database: ServerDatabase) async throws -> String {
        switch arguments.first {
        case "list":
            let refusals = try await database.enrolmentRejections()
            if refusals.isEmpty { return "no refused enrolments" }
            return refusals.map { refusal in
                let state = refusal.overriddenBy.map { "accepted by \($0): \(refusal.overrideReason ?? "")" } ?? "refused"
                return "\(refusal.id)  \(refusal.employeeCode) matches \(refusal.matchedCode) at \(String(format: "%.3f", refusal.distance))"
                    + "  kiosk \(refusal.kiosk ?? "-")  \(refusal.rejectedAt)  \(state)"
            }.joined(separator: "\n")
        case "accept":
            guard arguments.count >= 2, let id = UUID(uuidString: arguments[1]) else {
                throw APIError.badRequest("'\(arguments.dropFirst().first ?? "")' is not a template UUID (see `enrolments list`)\n\(usage)")
            }
            let by = value(of: "--by", in: arguments) ?? ""
            let reason = value(of: "--reason", in: arguments) ?? ""
            let accepted = try await database.acceptRejectedEnrolment(id, by: by, reason: reason)
            return "\(accepted) template(s) accepted; the site's kiosks receive them with the next roster"
        default:
            throw APIError.badRequest(usage)
        }
    }

    private static func value(of option: String, in arguments: [String]) -> String? {
        guard let index = arguments.firstIndex(of: option), index + 1 < arguments.count else { return nil }
        return arguments[index + 1]
    }
}
