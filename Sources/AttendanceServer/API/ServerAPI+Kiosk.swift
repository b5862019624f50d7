import APIContract
import Foundation
import SyncProtocol

// The kiosk operations: punches, roster, enrolments, heartbeat, registration.

extension ServerAPI {
    func pushPunches(_ input: Operations.PushPunches.Input) async throws -> Operations.PushPunches.Output {
        guard case .json(let batch) = input.body else { throw APIError.badRequest("send the punches as application/json") }
        let punches = try batch.punches.map(WirePunch.init)
        let kiosk = try RequestCaller.kiosk()
        let results = try await database.ingest(punches: punches, from: kiosk)
        await recomputeAfterUpload(Self.acceptedDays(punches, results), cause: "punches uploaded by kiosk \(kiosk.id)")
        return .ok(.init(body: .json(.init(results: results.map(Components.Schemas.ItemResult.init)))))
    }

    func pullRoster(_ input: Operations.PullRoster.Input) async throws -> Operations.PullRoster.Output {
        let delta = try await database.roster(since: input.query.since ?? 0, punchesSince: input.query.punchesSince ?? 0,
                                                  for: try RequestCaller.kiosk())
        return .ok(.init(body: .json(try Components.Schemas.RosterDelta(delta))))
    }

    func pushEnrolments(_ input: Operations.PushEnrolments.Input) async throws -> Operations.PushEnrolments.Output {
        guard case .json(let batch) = input.body else { throw APIError.badRequest("send the enrolments as application/json") }
        let enrolments = try batch.enrolments.map(WireEnrolment.init)
        let results = try await database.ingest(enrolments: enrolments, from: try RequestCaller.kiosk())
        return .ok(.init(body: .json(.init(results: results.map(Components.Schemas.ItemResult.init)))))
    }

    func sendHeartbeat(_ input: Operations.SendHeartbeat.Input) async throws -> Operations.SendHeartbeat.Output {
        guard case .json(let heartbeat) = input.body else { throw APIError.badRequest("send the heartbeat as application/json") }
        let reply = try await database.record(heartbeat: Heartbeat(heartbeat), from: try RequestCaller.kiosk())
        return .ok(.init(body: .json(.init(reply))))
    }

    func registerKiosk(_ input: Operations.RegisterKiosk.Input) async throws -> Operations.RegisterKiosk.Output {
        guard case .json(let request) = input.body else { throw APIError.badRequest("send the registration as application/json") }
        try await registrations.checkAllowed()
        do {
            let credentials = try await database.redeem(KioskRegistrationRequest(request))
            return .created(.init(body: .json(.init(credentials))))
        } catch let error as APIError where error.status == .forbidden {
            await registrations.recordFailure()
            throw error
        }
    }
}

// Corrections and consent withdrawals made at kiosks.

extension ServerAPI {
    func pushCorrections(_ input: Operations.PushCorrections.Input) async throws -> Operations.PushCorrections.Output {
        guard case .json(let batch) = input.body else { throw APIError.badRequest("send the corrections as application/json") }
        let corrections = try batch.corrections.map(WireCorrection.init)
        let kiosk = try RequestCaller.kiosk()
        let results = try await database.ingest(corrections: corrections, from: kiosk)
        await recomputeAfterUpload(Self.acceptedDays(corrections, results), cause: "corrections uploaded by kiosk \(kiosk.id)")
        return .ok(.init(body: .json(.init(results: results.map(Components.Schemas.ItemResult.init)))))
    }

    func pushConsentWithdrawals(_ input: Operations.PushConsentWithdrawals.Input) async throws -> Operations.PushConsentWithdrawals.Output {
        guard case .json(let batch) = input.body else { throw APIError.badRequest("send the withdrawals as application/json") }
        let results = try await database.ingest(consentWithdrawals: try batch.withdrawals.map(WireConsentWithdrawal.init),
                                                from: try RequestCaller.kiosk())
        return .ok(.init(body: .json(.init(results: results.map(Components.Schemas.ItemResult.init)))))
    }
}
