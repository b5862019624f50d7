public import Foundation
public import SyncProtocol

// Corrections and consent withdrawals, between the contract (generated) and the sync protocol.

extension Components.Schemas.WireCorrection {
    /// The contract's form of `correction`.
    public init(_ correction: WireCorrection) throws {
        self.init(id: correction.id.uuidString, employeeCode: correction.employeeCode, localDate: correction.localDate,
                  action: try ContractMappingError.enumeration(correction.action, "action"),
                  kind: try correction.kind.map { try ContractMappingError.enumeration($0, "kind") }, instant: correction.instant,
                  voidedPunchID: correction.voidedPunchID?.uuidString, reason: correction.reason, madeBy: correction.madeBy,
                  madeAt: correction.madeAt)
    }
}

extension WireCorrection {
    /// The sync protocol's form of a checked contract correction.
    public init(_ correction: Components.Schemas.WireCorrection) throws {
        self.init(id: try UUID(contract: correction.id, field: "id"), employeeCode: correction.employeeCode, localDate: correction.localDate,
                  action: correction.action.rawValue, kind: correction.kind?.rawValue, instant: correction.instant,
                  voidedPunchID: try correction.voidedPunchID.map { try UUID(contract: $0, field: "voidedPunchID") },
                  reason: correction.reason, madeBy: correction.madeBy, madeAt: correction.madeAt)
    }
}

extension Components.Schemas.WireConsentWithdrawal {
    /// The contract's form of `withdrawal`.
    public init(_ withdrawal: WireConsentWithdrawal) {
        self.init(id: withdrawal.id.uuidString, employeeCode: withdrawal.employeeCode, recordedBy: withdrawal.recordedBy,
                  withdrawnAt: withdrawal.withdrawnAt)
    }
}

extension WireConsentWithdrawal {
    /// The sync protocol's form of a checked contract withdrawal.
    public init(_ withdrawal: Components.Schemas.WireConsentWithdrawal) throws {
        self.init(id: try UUID(contract: withdrawal.id, field: "id"), employeeCode: withdrawal.employeeCode,
                  recordedBy: withdrawal.recordedBy, withdrawnAt: withdrawal.withdrawnAt)
    }
}
