public import Attendance
public import Vocabulary

/// Why a badge number cannot be set, in both languages.
public struct BadgeRefusal: Error, Hashable, Sendable {
    public enum Reason: Hashable, Sendable {
        /// Not 4–32 letters and digits.
        case invalidNumber(String)
        /// No such employee.
        case unknownEmployee(EmployeeCode)
        /// Another employee carries this badge.
        case takenBy(EmployeeCode)
    }

    public var reason: Reason

    public init(_ reason: Reason) {
        self.reason = reason
    }

    /// The message with its fix.
    public func message(in language: Language) -> String {
        switch (reason, language) {
        case (.invalidNumber(let n), .es): "Número de tarjeta no válido '\(n)': de 4 a 32 letras y cifras, como las escribe el lector."
        case (.invalidNumber(let n), .en): "Invalid badge number '\(n)': 4 to 32 letters and digits, as the reader types them."
        case (.unknownEmployee(let c), .es): "El código '\(c)' no existe: dé de alta al empleado primero."
        case (.unknownEmployee(let c), .en): "Employee code '\(c)' does not exist: add the employee first."
        case (.takenBy(let c), .es): "Esa tarjeta ya es de \(c): quítesela antes (kiosk badge clear --code \(c))."
        case (.takenBy(let c), .en): "That badge already belongs to \(c): clear it first (kiosk badge clear --code \(c))."
        }
    }
}
