public import Vocabulary

extension DayStatus {
    /// The status as shown in the day view and exports.
    public func label(language: Language) -> String {
        switch (self, language) {
        case (.onTime, .es): "a tiempo"
        case (.onTime, .en): "on time"
        case (.late, .es): "tarde"
        case (.late, .en): "late"
        case (.earlyLeave, .es): "salida anticipada"
        case (.earlyLeave, .en): "left early"
        case (.absent, .es): "ausente"
        case (.absent, .en): "absent"
        case (.open, .es): "dentro"
        case (.open, .en): "in"
        case (.notScheduled, .es): "sin horario"
        case (.notScheduled, .en): "not scheduled"
        case (.pending, .es): "pendiente"
        case (.pending, .en): "not in yet"
        case (.holiday, .es): "festivo"
        case (.holiday, .en): "holiday"
        case (.justified, .es): "justificado"
        case (.justified, .en): "justified"
        case (.permission, .es): "permiso"
        case (.permission, .en): "leave (permiso)"
        }
    }
}
