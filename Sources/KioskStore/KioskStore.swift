import Foundation
public import Attendance
package import GRDB

/// The kiosk's local database: punches and their outbox, the roster, PIN hashes, encrypted face templates,
/// corrections, the audit log and alarms (SQLite through GRDB, WAL, `synchronous=FULL`).
///
/// Open it once at start-up with ``open(path:options:now:)``; every method is `async` and safe to call from
/// any task. Writes run on GRDB's writer queue and the PIN KDF on its own queue, never on the cooperative pool.
///
/// For example:
/// ```swift
/// let store = try await KioskStore.open(path: "/var/lib/asistencia/kiosk.sqlite",
///                                       options: StoreOptions(timeZone: TimeZone(identifier: "Europe/Madrid")!))
/// let outcome = try await store.punch(EmployeeCode("E001"), method: .face, matchDistance: 0.38)
/// ```
///
/// ## Topics
/// - ``open(path:options:now:)``
/// - ``punch(_:at:method:matchDistance:confirmedShortStay:)``
/// - ``verifyPIN(code:pin:now:)``
/// - ``seed(demo:now:)``
/// - ``daySummary(for:now:)``
public final class KioskStore: Sendable {
    /// The database file's path.
    public let path: String
    /// The settings the store was opened with.
    public let options: StoreOptions
    /// What happened at open (fresh database, migrations, recovery from corruption).
    public let openReport: OpenReport

    let dbPool: DatabasePool
    let cipher: TemplateCipher
    let pinHasher: PINHasher

    init(path: String, options: StoreOptions, openReport: OpenReport, dbPool: DatabasePool, cipher: TemplateCipher) {
        self.path = path
        self.options = options
        self.openReport = openReport
        self.dbPool = dbPool
        self.cipher = cipher
        self.pinHasher = PINHasher(rounds: options.pinHashRounds)
    }

    /// The attendance rules configured for this kiosk.
    public var rules: PunchRules {
        PunchRules(timeZone: options.timeZone, debounceSeconds: options.debounceSeconds,
                   minWorkMinutes: options.minWorkMinutes)
    }

    /// Runs a write transaction, turning SQLite's disk-full and read-only failures into clear errors.
    /// SQLite has rolled the transaction back when they are thrown: nothing is half-written.
    package func write<T: Sendable>(_ what: String, _ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await dbPool.write(body)
        } catch {
            throw StoreError.mapping(error, while: what)
        }
    }

    /// Runs a read, mapping SQLite errors to ``StoreError``.
    package func read<T: Sendable>(_ what: String, _ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await dbPool.read(body)
        } catch {
            throw StoreError.mapping(error, while: what)
        }
    }
}
