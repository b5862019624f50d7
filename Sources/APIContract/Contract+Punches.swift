public import Foundation
public import SyncProtocol

// The punch batch's types, between the contract (generated) and the sync protocol.

extension Components.Schemas.WirePunch {
    /// The contract's form of `punch`.
    public init(_ punch: WirePunch) {
        self.init(id: punch.id.uuidString, kioskID: punch.kioskID, sequence: punch.sequence, employeeCode: punch.employeeCode,
                  instant: punch.instant, localDate: punch.localDate, kind: punch.kind, method: punch.method, matchDistance: punch.matchDistance,
                  shiftName: punch.shiftName, flags: Int32(clamping: punch.flags))
    }
}

extension WirePunch {
    /// The sync protocol's form of a checked contract punch.
    public init(_ punch: Components.Schemas.WirePunch) throws {
        self.init(id: try UUID(contract: punch.id, field: "id"), kioskID: punch.kioskID, sequence: punch.sequence,
                  employeeCode: punch.employeeCode, instant: punch.instant, localDate: punch.localDate, kind: punch.kind,
                  method: punch.method, matchDistance: punch.matchDistance, shiftName: punch.shiftName, flags: Int(punch.flags))
    }
}

extension Components.Schemas.ItemResult {
    /// The contract's form of `result`.
    public init(_ result: ItemResult) {
        self.init(id: result.id.uuidString, outcome: .init(rawValue: result.outcome.rawValue) ?? .rejected, reason: result.reason)
    }
}

extension ItemResult {
    /// The sync protocol's form of a contract result.
    public init(_ result: Components.Schemas.ItemResult) throws {
        self.init(id: try UUID(contract: result.id, field: "results[].id"),
                  outcome: try ContractMappingError.enumeration(result.outcome.rawValue, "results[].outcome"), reason: result.reason)
    }
}

extension UUID {
    /// `text` as a UUID, or an error naming `field`.
    public init(contract text: String, field: String) throws {
        guard let uuid = UUID(uuidString: text) else { throw ContractMappingError(field: field, value: text) }
        self = uuid
    }
}
