public import Attendance
public import Vocabulary

/// What ``KioskStore/seed(demo:now:)`` inserted and what it found already there.
///
/// `description` never shows the generated PINs; read ``generatedPINs`` once, show them once.
public struct SeedReport: Sendable, CustomStringConvertible {
    /// Rows inserted now, e.g. `role COLABORADOR`, `shift Mañana`, `employee S001`, `schedule E001 1 Completo`.
    public var inserted: [String]
    /// Rows that were already there and were left as they were.
    public var kept: [String]
    /// First-run PINs generated now for the supervisor and technician (6 random digits), stored only as
    /// hashes: show them once. Empty on every later run.
    public var generatedPINs: [EmployeeCode: String]

    public init(inserted: [String] = [], kept: [String] = [], generatedPINs: [EmployeeCode: String] = [:]) {
        self.inserted = inserted
        self.kept = kept
        self.generatedPINs = generatedPINs
    }

    /// True when the run changed nothing (every seed was already there).
    public var changedNothing: Bool { inserted.isEmpty && generatedPINs.isEmpty }

    /// One line for the start-up panel.
    public func summary(in language: Language) -> String {
        switch (changedNothing, language) {
        case (true, .es): return "Semillas: nada que hacer (\(kept.count) ya estaban)"
        case (true, .en): return "Seeds: nothing to do (\(kept.count) already there)"
        case (false, .es): return "Semillas: \(inserted.count) insertadas, \(kept.count) ya estaban, \(generatedPINs.count) PIN nuevos"
        case (false, .en): return "Seeds: \(inserted.count) inserted, \(kept.count) kept, \(generatedPINs.count) new PINs"
        }
    }

    public var description: String {
        "SeedReport(inserted: \(inserted.count), kept: \(kept.count), generatedPINs: \(generatedPINs.count) redacted)"
    }
}
