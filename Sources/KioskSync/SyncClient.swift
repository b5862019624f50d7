import APIContract
public import AsyncHTTPClient
import Attendance
public import Foundation
import KioskStore
import OpenAPIAsyncHTTPClient
import OpenAPIRuntime
import SyncProtocol

/// The kiosk's sync client: pushes the outbox in batches, pulls the roster, sends heartbeats, and keeps
/// trying with back-off while the server is away. It never blocks the door: the kiosk starts ``run()`` in
/// a background task and reads ``state()``.
///
/// For example (in the kiosk's start-up, phase 7):
/// ```swift
/// if let settings = try SyncSettings.make(url: conf.server.url, tokenFile: conf.server.tokenFile,
///                                         syncIntervalSeconds: conf.server.syncIntervalSeconds, softwareVersion: "1.0") {
///     let sync = SyncClient(settings: settings, store: store, refreshGallery: { try await gallery.reload() })
///     Task.detached { await sync.run() }
/// }
/// ```
public actor SyncClient {
    /// What one ``syncOnce()`` did.
    public struct Report: Sendable, Hashable {
        /// Punches the server acknowledged (accepted or duplicate).
        public var delivered: Int
        /// Punches the server rejected (kept, retried later).
        public var rejected: Int
        /// Enrolments the server acknowledged (accepted or duplicate).
        public var enrolmentsDelivered = 0
        /// Enrolments the server rejected (face conflicts removed here, others kept and retried later).
        public var enrolmentsRejected = 0
        /// True when a roster delta was applied.
        public var rosterApplied: Bool
        /// Corrections the server acknowledged.
        public var correctionsDelivered = 0
        /// Consent withdrawals the server acknowledged.
        public var withdrawalsDelivered = 0
    }

    let settings: SyncSettings
    let store: any SyncStore
    let refreshGallery: @Sendable () async throws -> Void
    let camera: @Sendable () async -> String
    let retry: RetryPolicy
    let http: HTTPClient
    /// The contract's generated client over `http`.
    let api: Client
    /// The `Date` header of the server's last answer.
    let serverClock = ServerClockProbe()
    private var current = SyncState()
    /// A roster change whose gallery reload has not succeeded yet: retried next round.
    private var galleryStale = false
    private var stateObservers: [UUID: AsyncStream<SyncState>.Continuation] = [:]

    /// Makes the client (nothing is sent until ``syncOnce()`` or ``run()``).
    ///
    /// - Parameters:
    ///   - settings: the checked `[server]` settings.
    ///   - store: the kiosk database.
    ///   - retry: back-off policy (1 s → 5 min).
    ///   - refreshGallery: called after a roster delta is applied, to reload the recognition gallery; when it
    ///     throws, the round fails (kind `local`) and the reload is tried again next round.
    ///   - camera: the camera's state in a word, for heartbeats.
    public init(settings: SyncSettings, store: any SyncStore, retry: RetryPolicy = RetryPolicy(),
                refreshGallery: @escaping @Sendable () async throws -> Void, camera: @escaping @Sendable () async -> String = { "unknown" }) {
        self.settings = settings
        self.store = store
        self.retry = retry
        self.refreshGallery = refreshGallery
        self.camera = camera
        // No redirects: a kiosk must never follow the server to another address (or from https to http).
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow
        let http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        self.http = http
        self.api = Client(serverURL: settings.baseURL, configuration: .contract,
                          transport: AsyncHTTPClientTransport(configuration: .init(client: http, timeout: .seconds(60))),
                          middlewares: [BearerTokenMiddleware(token: settings.token), serverClock])
    }

    deinit {
        let http = self.http
        Task { try? await http.shutdown() }
    }

    /// The current state.
    public func state() -> SyncState { current }

    /// Every state change, starting with the current state (for the header and diagnostics).
    public func stateUpdates() -> AsyncStream<SyncState> {
        let (stream, continuation) = AsyncStream.makeStream(of: SyncState.self, bufferingPolicy: .bufferingNewest(1))
        let id = UUID()
        stateObservers[id] = continuation
        continuation.yield(current)
        continuation.onTermination = { _ in Task { await self.removeObserver(id) } }
        return stream
    }

    private func removeObserver(_ id: UUID) { stateObservers[id] = nil }

    private func publish() {
        for continuation in stateObservers.values { continuation.yield(current) }
    }

    /// Syncs until the task is cancelled: every `interval` while all is well, after the back-off delay
    /// (1 s doubling to 5 min, with jitter; at least `Retry-After`) after a failure.
    ///
    /// - Parameter onRound: told what each round did and the state after it (the kiosk logs it).
    public func run(onRound: @Sendable (Result<Report, SyncError>, SyncState) -> Void = { _, _ in }) async {
        while !Task.isCancelled {
            let wait: Double
            do {
                onRound(.success(try await syncOnce()), current)
                wait = Double(settings.interval.components.seconds)
            } catch let error as SyncError {
                onRound(.failure(error), current)
                wait = retry.delay(afterFailures: current.consecutiveFailures, retryAfter: error.retryAfter)
            } catch {
                wait = retry.delay(afterFailures: current.consecutiveFailures)
            }
            current.nextAttempt = Date().addingTimeInterval(wait)
            publish()
            try? await Task.sleep(for: .milliseconds(Int(wait * 1000)))
        }
    }

    /// One round: push every due punch and enrolment (batches of 500), pull and apply the roster, send a
    /// heartbeat.
    ///
    /// - Throws: ``SyncError``; the state records it and counts the failure.
    @discardableResult
    public func syncOnce() async throws -> Report {
        do {
            var report = try await pushPunches()
            (report.enrolmentsDelivered, report.enrolmentsRejected) = try await pushEnrolments()
            report.correctionsDelivered = try await pushCorrections()
            report.withdrawalsDelivered = try await pushConsentWithdrawals()
            report.rosterApplied = try await pullRoster()
            try await sendHeartbeat()
            current.lastSuccess = Date()
            current.lastError = nil
            current.lastErrorSpanish = nil
            current.consecutiveFailures = 0
            current.queued = (try? await store.outboxCounts().pendingPunches) ?? current.queued
            publish()
            return report
        } catch let error as SyncError {
            fail(error)
            throw error
        } catch let error as StoreError {
            let wrapped = SyncError(.local, "the kiosk's database failed during sync: \(error.message(in: .en))",
                                    "la base de datos del quiosco falló al sincronizar: \(error.message(in: .es))")
            fail(wrapped)
            throw wrapped
        } catch {
            let wrapped = SyncError(.unreachable, "sync failed: \(error)", "la sincronización falló: \(error)")
            fail(wrapped)
            throw wrapped
        }
    }

    private func fail(_ error: SyncError) {
        current.lastError = error.message(in: .en)
        current.lastErrorSpanish = error.message(in: .es)
        current.consecutiveFailures += 1
        publish()
    }

    /// Pushes due punches until none is left; marks delivered ones acknowledged and rejected ones pending
    /// for a day (an employee unknown to the server may be added there later).
    func pushPunches() async throws -> Report {
        var report = Report(delivered: 0, rejected: 0, rosterApplied: false)
        var rejectedThisRound: Set<UUID> = []
        while true {
            let now = Date()
            let punches = try await store.duePunches(now: now, limit: SyncAPI.maxBatchSize)
                .filter { !rejectedThisRound.contains($0.id) }
            if punches.isEmpty { break }
            try await store.markOutbox(punches.map(\.id), kind: .punch, as: .sent, error: nil, nextAttemptAt: nil, now: now)
            let results: [ItemResult]
            do {
                results = try await call(SyncAPI.punchesPath) {
                    switch try await api.pushPunches(.init(body: .json(.init(punches: punches.map(WirePunch.init).map(Components.Schemas.WirePunch.init))))) {
                    case .ok(let answer): return .success(try answer.body.json.results.map(ItemResult.init))
                    case .badRequest(let error): return .failure(400, try error.body.json.error.message, nil)
                    case .unauthorized: return .failure(401, "", nil)
                    case .contentTooLarge(let error): return .failure(413, try error.body.json.error.message, nil)
                    case .serviceUnavailable(let error): return .failure(503, try error.body.json.error.message, error.headers.retryAfter)
                    case .undocumented(let status, _): return .failure(status, "", nil)
                    }
                }
            } catch {
                // Unknown outcome: back to pending; the server de-duplicates the resend on UUID.
                try await store.markOutbox(punches.map(\.id), kind: .punch, as: .pending, error: "\(error)", nextAttemptAt: nil, now: now)
                throw error
            }
            let delivered = results.filter(\.outcome.isDelivered).map(\.id)
            let rejected = results.filter { !$0.outcome.isDelivered }
            try await store.markOutbox(delivered, kind: .punch, as: .acknowledged, error: nil, nextAttemptAt: nil, now: now)
            for result in rejected {
                rejectedThisRound.insert(result.id)
                try await store.markOutbox([result.id], kind: .punch, as: .pending, error: "rejected: \(result.reason ?? "")",
                                           nextAttemptAt: now.addingTimeInterval(24 * 3600), now: now)
            }
            let answered = Set(results.map(\.id))
            let missing = punches.map(\.id).filter { !answered.contains($0) }
            if !missing.isEmpty {
                try await store.markOutbox(missing, kind: .punch, as: .pending, error: "no answer for this punch", nextAttemptAt: nil, now: now)
            }
            report.delivered += delivered.count
            report.rejected += rejected.count
            current.queued = (try? await store.outboxCounts().pendingPunches) ?? current.queued
            publish()
            if delivered.isEmpty { break }
        }
        return report
    }

    /// Pulls the roster since the applied version; applies it in one transaction and refreshes the gallery
    /// when anything changed.
    func pullRoster() async throws -> Bool {
        let since = try await store.rosterVersion()
        let punchesSince = try await store.lastPunchCursor()
        let delta: RosterDelta = try await call(SyncAPI.rosterPath) {
            switch try await api.pullRoster(.init(query: .init(since: since, punchesSince: punchesSince))) {
            case .ok(let answer): return .success(try RosterDelta(try answer.body.json))
            case .badRequest(let error): return .failure(400, try error.body.json.error.message, nil)
            case .unauthorized: return .failure(401, "", nil)
            case .serviceUnavailable(let error): return .failure(503, try error.body.json.error.message, error.headers.retryAfter)
            case .undocumented(let status, _): return .failure(status, "", nil)
            }
        }
        let changed = delta.version != since || !delta.employees.isEmpty || !delta.templates.isEmpty || !delta.deletions.isEmpty
            || !delta.schedules.isEmpty || !delta.shifts.isEmpty
        try await store.applyRoster(delta)
        current.rosterVersion = delta.version
        if changed { galleryStale = true }
        if galleryStale {
            do {
                try await refreshGallery()
            } catch {
                throw SyncError(.local, "the roster was applied but the recognition gallery could not be reloaded (\(error)); it is retried next round",
                                "se aplicó la plantilla pero no se pudo recargar la galería de reconocimiento (\(error)); se reintenta en la próxima ronda")
            }
            galleryStale = false
        }
        return changed
    }

    /// Uploads due enrolments (templates enrolled here, with consent) until none is left; acknowledged ones
    /// become deletable by later roster pulls; a face conflict removes the templates here and alarms the
    /// supervisor; other rejected ones wait a day (the employee may be added on the server later).
    ///
    /// - Returns: how many were delivered and rejected.
    func pushEnrolments() async throws -> (delivered: Int, rejected: Int) {
        try await pushOutbox(
            kind: .enrolment, path: SyncAPI.enrolmentsPath,
            load: { now in try await self.store.enrolmentsToUpload(now: now, limit: SyncAPI.maxBatchSize) }, id: \.id,
            // A face already another employee's at the site, or one enrolled before the person's biometrics were
            // deleted, is refused for good: the templates leave this kiosk (the gallery is reloaded this round)
            // and the supervisor sees an alarm.
            isFinal: { Self.isFinal($0.reason) },
            onFinal: { results, now in
                _ = try await self.store.removeRejectedEnrolments(results.map { RejectedEnrolment(id: $0.id, reason: $0.reason ?? "") }, now: now)
                self.galleryStale = true
            }
        ) { enrolments in
            switch try await self.api.pushEnrolments(.init(body: .json(.init(enrolments: enrolments.map(Components.Schemas.WireEnrolment.init))))) {
            case .ok(let answer): return .success(try answer.body.json.results.map(ItemResult.init))
            case .badRequest(let error): return .failure(400, try error.body.json.error.message, nil)
            case .unauthorized: return .failure(401, "", nil)
            case .contentTooLarge(let error): return .failure(413, try error.body.json.error.message, nil)
            case .serviceUnavailable(let error): return .failure(503, try error.body.json.error.message, error.headers.retryAfter)
            case .undocumented(let status, _): return .failure(status, "", nil)
            }
        }
    }

    /// True for an enrolment refusal that sending again cannot change.
    static func isFinal(_ reason: String?) -> Bool {
        FaceConflictReason.isFaceConflict(reason) || BiometricsDeletedReason.matches(reason)
    }

    /// Pushes the due corrections (append-only on the server, applied by its reports).
    ///
    /// - Returns: how many the server acknowledged.
    func pushCorrections() async throws -> Int {
        try await pushOutbox(kind: .correction, path: SyncAPI.pathPrefix + "/corrections",
                             load: { now in try await self.store.correctionsToUpload(now: now, limit: SyncAPI.maxBatchSize) },
                             id: \.id) { items in
            switch try await self.api.pushCorrections(.init(body: .json(.init(corrections: try items.map(Components.Schemas.WireCorrection.init))))) {
            case .ok(let answer): return .success(try answer.body.json.results.map(ItemResult.init))
            case .badRequest(let error): return .failure(400, try error.body.json.error.message, nil)
            case .unauthorized: return .failure(401, "", nil)
            case .contentTooLarge(let error): return .failure(413, try error.body.json.error.message, nil)
            case .serviceUnavailable(let error): return .failure(503, try error.body.json.error.message, error.headers.retryAfter)
            case .undocumented(let status, _): return .failure(status, "", nil)
            }
        }.delivered
    }

    /// Pushes the due consent withdrawals (the server deletes the templates everywhere).
    ///
    /// - Returns: how many the server acknowledged.
    func pushConsentWithdrawals() async throws -> Int {
        try await pushOutbox(kind: .consentWithdrawal, path: SyncAPI.pathPrefix + "/consent-withdrawals",
                             load: { now in try await self.store.consentWithdrawalsToUpload(now: now, limit: SyncAPI.maxBatchSize) },
                             id: \.id) { items in
            switch try await self.api.pushConsentWithdrawals(.init(body: .json(.init(withdrawals: items.map(Components.Schemas.WireConsentWithdrawal.init))))) {
            case .ok(let answer): return .success(try answer.body.json.results.map(ItemResult.init))
            case .badRequest(let error): return .failure(400, try error.body.json.error.message, nil)
            case .unauthorized: return .failure(401, "", nil)
            case .contentTooLarge(let error): return .failure(413, try error.body.json.error.message, nil)
            case .serviceUnavailable(let error): return .failure(503, try error.body.json.error.message, error.headers.retryAfter)
            case .undocumented(let status, _): return .failure(status, "", nil)
            }
        }.delivered
    }

    /// Pushes the due items of one outbox kind in batches until none is left: acknowledged ones are done;
    /// a rejection `isFinal` says sending again cannot change goes to `onFinal` (which removes the item); other
    /// rejected ones wait a day (what they need may reach the server later); unanswered ones stay pending.
    ///
    /// - Returns: how many were delivered and rejected.
    private func pushOutbox<Item: Sendable>(
        kind: OutboxItemKind, path: String, load: (Date) async throws -> [Item], id: (Item) -> UUID,
        isFinal: (ItemResult) -> Bool = { _ in false }, onFinal: ([ItemResult], Date) async throws -> Void = { _, _ in },
        send: ([Item]) async throws -> Answer<[ItemResult]>
    ) async throws -> (delivered: Int, rejected: Int) {
        var delivered = 0
        var rejected = 0
        var rejectedThisRound: Set<UUID> = []
        while true {
            let now = Date()
            let items = try await load(now).filter { !rejectedThisRound.contains(id($0)) }
            if items.isEmpty { break }
            let ids = items.map(id)
            try await store.markOutbox(ids, kind: kind, as: .sent, error: nil, nextAttemptAt: nil, now: now)
            let results: [ItemResult]
            do {
                results = try await call(path) { try await send(items) }
            } catch {
                // Unknown outcome: back to pending; the server de-duplicates the resend on UUID.
                try await store.markOutbox(ids, kind: kind, as: .pending, error: "\(error)", nextAttemptAt: nil, now: now)
                throw error
            }
            let accepted = results.filter(\.outcome.isDelivered).map(\.id)
            try await store.markOutbox(accepted, kind: kind, as: .acknowledged, error: nil, nextAttemptAt: nil, now: now)
            let final = results.filter { !$0.outcome.isDelivered && isFinal($0) }
            if !final.isEmpty { try await onFinal(final, now) }
            for result in results where !result.outcome.isDelivered && !isFinal(result) {
                rejectedThisRound.insert(result.id)
                try await store.markOutbox([result.id], kind: kind, as: .pending, error: "rejected: \(result.reason ?? "")",
                                           nextAttemptAt: now.addingTimeInterval(24 * 3600), now: now)
            }
            let answered = Set(results.map(\.id))
            let missing = ids.filter { !answered.contains($0) }
            if !missing.isEmpty {
                try await store.markOutbox(missing, kind: kind, as: .pending, error: "no answer for this item", nextAttemptAt: nil, now: now)
            }
            delivered += accepted.count
            rejected += results.count - accepted.count
            if accepted.isEmpty { break }
        }
        return (delivered, rejected)
    }

    /// Reports the kiosk's state; the roster version confirms the deletions applied.
    func sendHeartbeat() async throws {
        let queued = (try? await store.outboxCounts().pendingPunches) ?? current.queued
        let heartbeat = Heartbeat(softwareVersion: settings.softwareVersion, rosterVersion: current.rosterVersion,
                                  camera: await camera(), queueDepth: queued, clock: Date(), lastError: current.lastError)
        try await call(SyncAPI.heartbeatPath) {
            switch try await api.sendHeartbeat(.init(body: .json(.init(heartbeat)))) {
            case .ok: return .success(())
            case .badRequest(let error): return .failure(400, try error.body.json.error.message, nil)
            case .unauthorized: return .failure(401, "", nil)
            case .contentTooLarge(let error): return .failure(413, try error.body.json.error.message, nil)
            case .serviceUnavailable(let error): return .failure(503, try error.body.json.error.message, error.headers.retryAfter)
            case .undocumented(let status, _): return .failure(status, "", nil)
            }
        }
    }

    /// What one operation answered: its value, or an error status with the server's message.
    enum Answer<Value> {
        case success(Value)
        case failure(Int, String, Int?)
    }

    /// Runs one operation of the generated client; records the clock skew from the answer's `Date` header and
    /// turns every failure into a ``SyncError`` that says what to do.
    @discardableResult
    func call<Value>(_ path: String, _ operation: () async throws -> Answer<Value>) async throws -> Value {
        let answer: Answer<Value>
        do {
            answer = try await operation()
        } catch let error as ClientError where error.response != nil {
            throw SyncError(.badAnswer, "the server's answer to \(path) cannot be read (\(error.causeDescription): \(error.underlyingError)); check the server's version",
                            "no se entiende la respuesta del servidor a \(path) (\(error.causeDescription): \(error.underlyingError)); compruebe la versión del servidor",
                            status: error.response.map { Int($0.status.code) })
        } catch let error as ContractMappingError {
            throw SyncError(.badAnswer, "the server's answer to \(path) cannot be read (\(error)); check the server's version",
                            "no se entiende la respuesta del servidor a \(path) (\(error)); compruebe la versión del servidor")
        } catch {
            let cause = (error as? ClientError).map { "\($0.underlyingError)" } ?? "\(error)"
            throw SyncError(.unreachable, "the server \(settings.baseURL.host ?? "") cannot be reached (\(cause)); punches stay queued",
                            "no se puede contactar con el servidor \(settings.baseURL.host ?? "") (\(cause)); los fichajes quedan en cola")
        }
        if let skew = serverClock.latestSkew() { current.clockSkewSeconds = skew }
        switch answer {
        case .success(let value):
            return value
        case .failure(401, _, _):
            throw SyncError(.unauthorized, "the server refused this kiosk's token; register the kiosk again (`kiosk register`)",
                            "el servidor rechazó el token del quiosco; vuelva a registrarlo (`kiosk register`)", status: 401)
        case .failure(let status, let message, let retryAfter):
            throw SyncError(.server, "the server answered \(status) to \(path): \(message)", "el servidor respondió \(status) a \(path): \(message)",
                            status: status, retryAfter: retryAfter.map(Double.init))
        }
    }
}
