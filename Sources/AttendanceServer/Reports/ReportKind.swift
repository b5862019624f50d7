/// Which report: the route's last path segment.
public enum ReportKind: String, Codable, Sendable, CaseIterable {
    /// One day (`date=YYYY-MM-DD`, default today).
    case daily
    /// Seven days from `start` (default: this week's Monday).
    case weekly
    /// A calendar month (`month=YYYY-MM`, default this month).
    case monthly
    /// Late arrivals in `from`…`to`.
    case late
    /// Absences in `from`…`to`.
    case absences
}
