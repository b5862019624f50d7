import Attendance
import Vocabulary

/// Every text of the web console, in Spanish and English. Templates read them as `{{t.key}}`; handlers
/// use ``text(_:_:)`` for notices and errors.
enum ConsoleText {
    /// One text.
    enum Key: String, CaseIterable {
        case absentDays, action, active, addCorrection, any, author, backToToday, camera, clockSkew, computedAt, consent
        case consoleAccess, corrections, correctionsHelp, date, days, deactivate, deleteBiometrics, distance, door, downloadCSV
        case edit, employeeCode, employees, entry, exit, firstIn, from, hoursRequired, hoursWorked, inactive, kind, kiosk, kiosks
        case lastError, lastHeartbeat, lastOut, lastPunch, lateDays, loginHelp, logout, madeAt, makeCode, method, minutesLate
        case name, newEmployee, newPINShownOnce, newPassword, newRegistrationCode, no, noShift, password, period, person, pin
        case punches, queue, reason, refreshesEvery, registrationCodeShownOnce, remarks, reports, resetPIN, revoke, revoked, role
        case rows, rowsInCSV, save, setPassword, shift, show, signIn, site, source, state, status, templates, time, to, today
        case total, totals, validMinutes, validUntil, version, weekShifts, why, yes
        // Counts on Today.
        case scheduled, present, late, absent, inNow, notInYet, gone, onLeave, holidayCount
        // Periods.
        case periodDay, periodWeek, periodMonth
        // States.
        case given, notGiven, isSet, notSet, never, kioskSource, consoleSource
        // Roles.
        case roleColaborador, roleSupervisor, roleTecnico, roleAdministrador
        // Weekdays, Monday first.
        case monday, tuesday, wednesday, thursday, friday, saturday, sunday
        // Outcomes and refusals.
        case wrongLogin, lockedOut, noConsole, signInFirst, forbidden, forbiddenSite, adminOnly, notFound, badForm, csrfRefused
        case passwordTooShort, passwordTooLong, saved, employeeCreated, pinReset, biometricsDeleted, deactivated, passwordSet
        case kioskRevoked, codeMade, correctionAdded, weekSaved, badDate, badTime, reasonMissing, unknownShift, errorHeading
        // Correction approval.
        case approval, approve, approvedBy, pendingApproval, approvalBySite, needsApproval, noApproval, startApproval, stopApproval
        case approvalByAuthor, alreadyApproved, correctionApproved, approvalSaved
        // Review of doubtful punches.
        case review, reviewHelp, nothingToReview, whyDoubtful, decision, confirmPunch, voidPunch, punchConfirmed, punchVoided
        case alreadyReviewed
        // Holidays.
        case holidays, holidaysHelp, addHoliday, holidayName, year, previousYear, nextYear, delete, noHolidays, holidayAdded
        case holidayDeleted, holidayNameMissing, holidayNameTooLong, holidayNotFound, unknownSite
        // Leave.
        case leave, leaveHelp, leaveListHelp, leaveOf, grantLeave, leaveKind, portion, portionWholeDay, portionFirstHalf
        case portionSecondHalf, note, grantedBy, grantedAt, leaveState, inForce, cancelled, cancelLeave, noLeave, endingFrom
        case leaveGranted, leaveCancelled, leaveEndsBeforeStart, leaveTooLong, noteTooLong, alreadyCancelled, leaveNotFound
        // Shifts and the week.
        case shifts, shiftsHelp, newShift, start, end, shiftSaved, shiftDeleted, shiftInUse, badShiftName, shiftStartsAtEnd
        case crossesMidnight, editShifts, weekReadOnly
        // Badge.
        case badge, badgeHelp, badBadge, badgeTaken
        // Pages of a long list.
        case previousPage, nextPage, ofTotal, badPage
    }

    /// The text of `key` in `language`.
    static func text(_ key: Key, _ language: Language) -> String {
        let pair = table[key] ?? (key.rawValue, key.rawValue)
        return language == .es ? pair.es : pair.en
    }

    /// Every text in `language`, keyed by name, for templates.
    static func all(_ language: Language) -> [String: String] {
        language == .es ? spanish : english
    }

    private static let spanish: [String: String] = Dictionary(uniqueKeysWithValues: Key.allCases.map { ($0.rawValue, text($0, .es)) })
    private static let english: [String: String] = Dictionary(uniqueKeysWithValues: Key.allCases.map { ($0.rawValue, text($0, .en)) })

    /// A role's name.
    static func role(_ role: Role, _ language: Language) -> String {
        switch role {
        case .colaborador: text(.roleColaborador, language)
        case .supervisor: text(.roleSupervisor, language)
        case .tecnico: text(.roleTecnico, language)
        case .administrador: text(.roleAdministrador, language)
        }
    }

    /// A weekday's name.
    static func weekday(_ day: Weekday, _ language: Language) -> String {
        let keys: [Key] = [.monday, .tuesday, .wednesday, .thursday, .friday, .saturday, .sunday]
        return text(keys[day.rawValue - 1], language)
    }

    /// Every text, Spanish and English (the tests check that no key is missing).
    static let table: [Key: (es: String, en: String)] = [
        .absentDays: ("Días ausente", "Days absent"),
        .action: ("Acción", "Action"),
        .active: ("Activo", "Active"),
        .addCorrection: ("Añadir corrección", "Add a correction"),
        .any: ("Todos", "Any"),
        .author: ("Autor", "Author"),
        .backToToday: ("Volver a Hoy", "Back to Today"),
        .camera: ("Cámara", "Camera"),
        .clockSkew: ("Desfase de reloj", "Clock skew"),
        .computedAt: ("calculado a las", "computed at"),
        .consent: ("Consentimiento biométrico", "Biometric consent"),
        .consoleAccess: ("Acceso a la consola", "Console access"),
        .corrections: ("Correcciones", "Corrections"),
        .correctionsHelp: ("Correcciones hechas en los quioscos y en la consola; nunca se borra un fichaje original.",
                           "Corrections made at the kiosks and in the console; an original punch is never deleted."),
        .date: ("Fecha", "Date"),
        .days: ("Días", "Days"),
        .deactivate: ("Dar de baja (borra sus plantillas)", "Deactivate (deletes their templates)"),
        .deleteBiometrics: ("Borrar datos biométricos", "Delete biometrics"),
        .distance: ("Distancia", "Distance"),
        .door: ("Puerta", "Door"),
        .downloadCSV: ("Descargar CSV", "Download CSV"),
        .edit: ("Editar", "Edit"),
        .employeeCode: ("Código de empleado", "Employee code"),
        .employees: ("Empleados", "Employees"),
        .entry: ("Entrada", "Entry"),
        .exit: ("Salida", "Exit"),
        .firstIn: ("Entrada", "First in"),
        .from: ("Desde", "From"),
        .hoursRequired: ("Horas previstas", "Hours required"),
        .hoursWorked: ("Horas trabajadas", "Hours worked"),
        .inactive: ("de baja", "inactive"),
        .kind: ("Tipo", "Kind"),
        .kiosk: ("Quiosco", "Kiosk"),
        .kiosks: ("Quioscos", "Kiosks"),
        .lastError: ("Último error", "Last error"),
        .lastHeartbeat: ("Última señal", "Last heartbeat"),
        .lastOut: ("Salida", "Last out"),
        .lastPunch: ("Último fichaje", "Last punch"),
        .lateDays: ("Días con retraso", "Days late"),
        .loginHelp: ("Supervisores y administradores entran con su código de empleado y la contraseña que les dio un administrador. Tras 5 contraseñas erróneas la cuenta se bloquea 15 minutos.",
                     "Supervisors and administrators sign in with their employee code and the password an administrator gave them. After 5 wrong passwords the account is locked for 15 minutes."),
        .logout: ("Salir", "Sign out"),
        .madeAt: ("Hecha el", "Made at"),
        .makeCode: ("Crear código", "Make a code"),
        .method: ("Método", "Method"),
        .minutesLate: ("Minutos de retraso", "Minutes late"),
        .name: ("Nombre", "Name"),
        .newEmployee: ("Nuevo empleado", "New employee"),
        .newPINShownOnce: ("Nuevo PIN (se muestra solo esta vez; apúntelo y entrégueselo a la persona):",
                           "New PIN (shown this once only; note it down and give it to the person):"),
        .newPassword: ("Nueva contraseña (10 caracteres o más)", "New password (10 characters or more)"),
        .newRegistrationCode: ("Código de registro para un quiosco nuevo", "Registration code for a new kiosk"),
        .no: ("No", "No"),
        .noShift: ("Libre", "Day off"),
        .password: ("Contraseña", "Password"),
        .period: ("Periodo", "Period"),
        .person: ("Persona", "Person"),
        .pin: ("PIN", "PIN"),
        .punches: ("Fichajes", "Punches"),
        .queue: ("En cola", "Queued"),
        .reason: ("Motivo", "Reason"),
        .refreshesEvery: ("Se actualiza cada 30 s", "Refreshes every 30 s"),
        .registrationCodeShownOnce: ("Código de registro (se muestra solo esta vez; úselo con `kiosk register`):",
                                     "Registration code (shown this once only; use it with `kiosk register`):"),
        .remarks: ("Observaciones", "Remarks"),
        .reports: ("Informes", "Reports"),
        .resetPIN: ("Nuevo PIN", "Reset PIN"),
        .revoke: ("Revocar", "Revoke"),
        .revoked: ("Revocado el", "Revoked on"),
        .role: ("Rol", "Role"),
        .rows: ("filas", "rows"),
        .rowsInCSV: ("El detalle por día de la semana o del mes está en el CSV, o filtre por una persona.",
                     "The day-by-day detail of a week or month is in the CSV, or filter by one person."),
        .save: ("Guardar", "Save"),
        .setPassword: ("Poner contraseña", "Set password"),
        .shift: ("Turno", "Shift"),
        .show: ("Mostrar", "Show"),
        .signIn: ("Entrar", "Sign in"),
        .site: ("Centro", "Site"),
        .source: ("Origen", "Source"),
        .state: ("Estado", "State"),
        .status: ("Situación", "Status"),
        .templates: ("Plantillas faciales", "Face templates"),
        .time: ("Hora", "Time"),
        .to: ("Hasta", "To"),
        .today: ("Hoy", "Today"),
        .total: ("Total", "Total"),
        .totals: ("Totales por persona", "Totals per person"),
        .validMinutes: ("Minutos de validez", "Valid for (minutes)"),
        .validUntil: ("válido hasta", "valid until"),
        .version: ("Versión", "Version"),
        .weekShifts: ("Turnos de la semana", "Week's shifts"),
        .why: ("Por qué", "Why"),
        .yes: ("Sí", "Yes"),
        .scheduled: ("Previstos", "Scheduled"),
        .present: ("Han venido", "Came in"),
        .late: ("Tarde", "Late"),
        .absent: ("Ausentes", "Absent"),
        .inNow: ("Dentro ahora", "In now"),
        .notInYet: ("Aún no han llegado", "Not in yet"),
        .gone: ("Ya se fueron", "Gone"),
        .onLeave: ("De permiso o justificados", "On leave"),
        .holidayCount: ("Festivo", "Holiday"),
        .periodDay: ("Día", "Day"),
        .periodWeek: ("Semana", "Week"),
        .periodMonth: ("Mes", "Month"),
        .given: ("dado", "given"),
        .notGiven: ("no dado", "not given"),
        .isSet: ("puesto", "set"),
        .notSet: ("sin poner", "not set"),
        .never: ("nunca", "never"),
        .kioskSource: ("quiosco", "kiosk"),
        .consoleSource: ("consola", "console"),
        .roleColaborador: ("Colaborador", "Staff"),
        .roleSupervisor: ("Supervisor", "Supervisor"),
        .roleTecnico: ("Técnico", "Technician"),
        .roleAdministrador: ("Administrador", "Administrator"),
        .monday: ("Lunes", "Monday"),
        .tuesday: ("Martes", "Tuesday"),
        .wednesday: ("Miércoles", "Wednesday"),
        .thursday: ("Jueves", "Thursday"),
        .friday: ("Viernes", "Friday"),
        .saturday: ("Sábado", "Saturday"),
        .sunday: ("Domingo", "Sunday"),
        .wrongLogin: ("Código o contraseña incorrectos.", "Wrong code or password."),
        .lockedOut: ("Cuenta bloqueada por demasiadas contraseñas erróneas; espere 15 minutos o pida a un administrador una contraseña nueva.",
                     "Account locked after too many wrong passwords; wait 15 minutes or ask an administrator for a new password."),
        .noConsole: ("Esta persona no tiene acceso a la consola (solo supervisores y administradores activos).",
                     "This person has no console access (active supervisors and administrators only)."),
        .signInFirst: ("Inicie sesión para continuar.", "Sign in to continue."),
        .forbidden: ("No permitido", "Not allowed"),
        .forbiddenSite: ("Solo puede abrir las páginas de su propio centro.", "You may open only your own site's pages."),
        .adminOnly: ("Esta página es solo para administradores.", "This page is for administrators only."),
        .notFound: ("No existe esa página o esa persona.", "There is no such page or person."),
        .badForm: ("El formulario no es válido", "The form is not valid"),
        .csrfRefused: ("El formulario ha caducado o no viene de esta consola; recargue la página y vuelva a enviarlo.",
                       "The form has expired or did not come from this console; reload the page and send it again."),
        .passwordTooShort: ("La contraseña debe tener 10 caracteres o más.", "The password must have 10 characters or more."),
        .passwordTooLong: ("La contraseña no puede pasar de 72 bytes.", "The password may not exceed 72 bytes."),
        .saved: ("Guardado.", "Saved."),
        .employeeCreated: ("Empleado creado.", "Employee created."),
        .pinReset: ("PIN cambiado; los quioscos lo reciben con la próxima lista.", "PIN changed; the kiosks receive it with the next roster."),
        .biometricsDeleted: ("Plantillas faciales borradas aquí y, con la próxima lista, en cada quiosco.",
                             "Face templates deleted here and, with the next roster, on every kiosk."),
        .deactivated: ("Dado de baja; sus plantillas faciales se han borrado.", "Deactivated; their face templates were deleted."),
        .passwordSet: ("Contraseña puesta; la persona ya puede entrar en la consola.", "Password set; the person can now sign in to the console."),
        .kioskRevoked: ("Quiosco revocado: su token deja de valer desde ya.", "Kiosk revoked: its token stops working now."),
        .codeMade: ("Código creado.", "Code made."),
        .correctionAdded: ("Corrección añadida.", "Correction added."),
        .weekSaved: ("Semana guardada.", "Week saved."),
        .badDate: ("La fecha no es AAAA-MM-DD.", "The date is not YYYY-MM-DD."),
        .badTime: ("La hora no es HH:MM.", "The time is not HH:MM."),
        .reasonMissing: ("Escriba el motivo.", "Write the reason."),
        .unknownShift: ("Ese turno no existe.", "That shift does not exist."),
        .errorHeading: ("No se pudo hacer", "That did not work"),
        .approval: ("Aprobación", "Approval"),
        .approve: ("Aprobar", "Approve"),
        .approvedBy: ("aprobada por", "approved by"),
        .pendingApproval: ("pendiente de aprobar (no cuenta aún)", "awaiting approval (not counted yet)"),
        .approvalBySite: ("Aprobación de correcciones por centro", "Correction approval by site"),
        .needsApproval: ("otro supervisor debe aprobar cada corrección", "another supervisor must approve each correction"),
        .noApproval: ("las correcciones cuentan al momento", "corrections count at once"),
        .startApproval: ("Exigir aprobación", "Require approval"),
        .stopApproval: ("Dejar de exigirla", "Stop requiring it"),
        .approvalByAuthor: ("Una corrección la aprueba un supervisor distinto de quien la hizo.",
                            "A correction is approved by a supervisor other than its author."),
        .alreadyApproved: ("Esta corrección ya estaba aprobada.", "This correction was approved already."),
        .correctionApproved: ("Corrección aprobada; ya cuenta en los informes.", "Correction approved; it now counts in the reports."),
        .approvalSaved: ("Ajuste de aprobación guardado.", "Approval setting saved."),
        .review: ("Revisión", "Review"),
        .reviewHelp: ("Fichajes dudosos aún sin revisar (marcados en el quiosco o con una distancia de la cara cerca del umbral). Confirmar lo deja contar; anular lo quita con una corrección. Cada fichaje se revisa una sola vez, con motivo, y queda en el registro de auditoría.",
                      "Doubtful punches not yet reviewed (flagged at the kiosk or with a face distance near the threshold). Confirming lets it count; voiding removes it by a correction. Each punch is reviewed once, with a reason, and written to the audit log."),
        .nothingToReview: ("No hay fichajes dudosos pendientes de revisar.", "No doubtful punches waiting for review."),
        .whyDoubtful: ("Por qué es dudoso", "Why doubtful"),
        .decision: ("Decisión", "Decision"),
        .confirmPunch: ("Confirmar", "Confirm"),
        .voidPunch: ("Anular", "Void"),
        .punchConfirmed: ("Fichaje confirmado.", "Punch confirmed."),
        .punchVoided: ("Fichaje anulado; el día se ha recalculado.", "Punch voided; the day was recomputed."),
        .holidays: ("Festivos", "Holidays"),
        .holidaysHelp: ("El calendario de festivos del centro: en un festivo nadie cuenta como ausente. Añadir o quitar uno recalcula ese día y llega a los quioscos con la próxima lista.",
                        "The site's holiday calendar: nobody counts as absent on a holiday. Adding or removing one recomputes that day and reaches the kiosks with the next roster."),
        .addHoliday: ("Añadir festivo", "Add a holiday"),
        .holidayName: ("Nombre del festivo", "Holiday's name"),
        .year: ("Año", "Year"),
        .previousYear: ("Año anterior", "Previous year"),
        .nextYear: ("Año siguiente", "Next year"),
        .delete: ("Quitar", "Delete"),
        .noHolidays: ("No hay festivos este año.", "No holidays this year."),
        .holidayAdded: ("Festivo guardado; el día se ha recalculado.", "Holiday saved; the day was recomputed."),
        .holidayDeleted: ("Festivo quitado; el día se ha recalculado.", "Holiday removed; the day was recomputed."),
        .holidayNameMissing: ("Escriba el nombre del festivo.", "Write the holiday's name."),
        .holidayNameTooLong: ("El nombre del festivo no puede pasar de 100 caracteres.", "The holiday's name may not exceed 100 characters."),
        .holidayNotFound: ("Ese día no es festivo en ese centro.", "That day is not a holiday at that site."),
        .unknownSite: ("Ese centro no existe.", "That site does not exist."),
        .leave: ("Permisos y vacaciones", "Leave"),
        .leaveHelp: ("Vacaciones y bajas dan «justificado»; un permiso da «permiso»; media jornada reduce a la mitad el tiempo previsto. Anular un permiso lo conserva marcado como anulado. Cada cambio recalcula los días y llega a los quioscos con la próxima lista.",
                     "Vacation and sick leave give \"justified\"; permiso gives \"permiso\"; a half day halves the expected time. A cancelled leave is kept, marked cancelled. Each change recomputes the days and reaches the kiosks with the next roster."),
        .leaveListHelp: ("Permisos y vacaciones del centro que no están anulados y terminan en la fecha indicada o después.",
                         "The site's leave that is not cancelled and ends on or after the date shown."),
        .leaveOf: ("Permisos y vacaciones de", "Leave of"),
        .grantLeave: ("Conceder", "Grant leave"),
        .leaveKind: ("Tipo de permiso", "Kind of leave"),
        .portion: ("Jornada", "Portion"),
        .portionWholeDay: ("día completo", "whole day"),
        .portionFirstHalf: ("primera mitad", "first half"),
        .portionSecondHalf: ("segunda mitad", "second half"),
        .note: ("Nota", "Note"),
        .grantedBy: ("Concedido por", "Granted by"),
        .grantedAt: ("Concedido el", "Granted at"),
        .leaveState: ("Estado", "State"),
        .inForce: ("vigente", "in force"),
        .cancelled: ("anulado el", "cancelled on"),
        .cancelLeave: ("Anular", "Cancel"),
        .noLeave: ("No hay permisos ni vacaciones.", "No leave."),
        .endingFrom: ("Que terminan desde", "Ending from"),
        .leaveGranted: ("Permiso concedido; sus días se han recalculado.", "Leave granted; its days were recomputed."),
        .leaveCancelled: ("Permiso anulado; sus días se han recalculado.", "Leave cancelled; its days were recomputed."),
        .leaveEndsBeforeStart: ("El último día es anterior al primero.", "The last day is before the first."),
        .leaveTooLong: ("Un permiso cubre como mucho 366 días; divídalo.", "One leave covers at most 366 days; split it."),
        .noteTooLong: ("La nota no puede pasar de 500 caracteres.", "The note may not exceed 500 characters."),
        .alreadyCancelled: ("Ese permiso ya estaba anulado.", "That leave was cancelled already."),
        .leaveNotFound: ("Esa persona no tiene ese permiso.", "That person has no such leave."),
        .shifts: ("Turnos", "Shifts"),
        .shiftsHelp: ("Los turnos de todos los centros. Un turno cuyo fin no es posterior al inicio cruza la medianoche y pertenece al día en que empieza. Los quioscos reciben los cambios con la próxima lista; la semana de cada persona se elige en su página.",
                      "Every site's shifts. A shift whose end is not after its start crosses midnight and belongs to the day it starts. Kiosks receive changes with the next roster; each person's week is chosen on their page."),
        .newShift: ("Nuevo turno", "New shift"),
        .start: ("Inicio", "Start"),
        .end: ("Fin", "End"),
        .shiftSaved: ("Turno guardado.", "Shift saved."),
        .shiftDeleted: ("Turno borrado.", "Shift deleted."),
        .shiftInUse: ("Ese turno está en la semana de alguna persona; cámbiela antes de borrarlo.",
                      "That shift is in someone's week; change it before deleting the shift."),
        .badShiftName: ("El nombre del turno debe tener de 1 a 64 caracteres y ninguna «/».",
                        "The shift's name must have 1 to 64 characters and no '/'."),
        .shiftStartsAtEnd: ("El turno empieza y termina a la misma hora.", "The shift starts and ends at the same time."),
        .crossesMidnight: ("cruza la medianoche", "crosses midnight"),
        .editShifts: ("Editar turnos", "Edit shifts"),
        .weekReadOnly: ("Solo un administrador cambia la semana.", "Only an administrator changes the week."),
        .badge: ("Tarjeta", "Badge"),
        .badgeHelp: ("El número que teclea el lector de tarjetas: de 4 a 32 letras y cifras; vacío, sin tarjeta.",
                     "The number the badge reader types: 4 to 32 letters and digits; empty for none."),
        .badBadge: ("Una tarjeta tiene de 4 a 32 letras y cifras (sin espacios ni signos).",
                    "A badge is 4 to 32 letters and digits (no spaces or signs)."),
        .badgeTaken: ("Esa tarjeta ya la lleva otra persona; quítesela antes en su ficha", "That badge already belongs to someone else; take it from them first"),
        .alreadyReviewed: ("Este fichaje ya estaba revisado o anulado; una revisión no se cambia.",
                           "This punch was reviewed or voided already; a review is never changed."),
        .previousPage: ("← Anterior", "← Previous"),
        .nextPage: ("Siguiente →", "Next →"),
        .ofTotal: ("de", "of"),
        .badPage: ("La página es un número entero desde 1.", "The page is a whole number from 1."),
    ]
}
