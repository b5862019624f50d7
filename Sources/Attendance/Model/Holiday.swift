/// A public holiday (festivo) in one site's calendar: nobody scheduled that day is expected to work.
///
/// The calendar is per site; callers pass the holidays of the site whose employees they compute.
public struct Holiday: Hashable, Codable, Sendable {
    /// The day.
    public var date: LocalDate
    /// Its name, shown in explanations ("Día de la Constitución").
    public var name: String

    /// Makes a holiday.
    public init(date: LocalDate, name: String) {
        self.date = date
        self.name = name
    }
}
