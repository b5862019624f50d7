import Foundation
import SyncProtocol
import Testing

@Suite("Sync protocol wire types")
struct SyncAPITests {
    @Test("a punch batch survives a JSON round trip with millisecond instants")
    func roundTrip() throws {
        let instant = Date(timeIntervalSince1970: 1_717_398_123.456)
        let batch = PunchBatch(punches: [WirePunch(id: UUID(), kioskID: "k-1", sequence: 7, employeeCode: "E001", instant: instant,
                                                   localDate: "2024-06-03", kind: "IN", method: "face", matchDistance: 0.31)])
        let data = try SyncCoding.encoder().encode(batch)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("2024-06-03T07:02:03.456Z"))
        let back = try SyncCoding.decoder().decode(PunchBatch.self, from: data)
        #expect(back.punches[0].id == batch.punches[0].id)
        #expect(abs(back.punches[0].instant.timeIntervalSince(instant)) < 0.001)
        #expect(back.punches[0].shiftName == nil)
    }

    @Test("dates without fractional seconds are read; other text is refused with the value quoted")
    func dates() throws {
        #expect(SyncCoding.parseDate("2024-06-03T07:02:03Z") == Date(timeIntervalSince1970: 1_717_398_123))
        let json = Data(#"{"serverTime":"soon","rosterVersion":1}"#.utf8)
        let error = #expect(throws: DecodingError.self) { try SyncCoding.decoder().decode(HeartbeatReply.self, from: json) }
        if case .dataCorrupted(let context)? = error { #expect(context.debugDescription.contains("'soon'")) }
    }

    @Test("accepted and duplicate count as delivered, rejected does not; paths share the versioned prefix")
    func outcomes() {
        #expect(ItemOutcome.accepted.isDelivered && ItemOutcome.duplicate.isDelivered && !ItemOutcome.rejected.isDelivered)
        for path in [SyncAPI.punchesPath, SyncAPI.rosterPath, SyncAPI.enrolmentsPath, SyncAPI.heartbeatPath, SyncAPI.registerPath] {
            #expect(path.hasPrefix("/api/v\(SyncAPI.version)/"))
        }
        #expect(RosterDeletion.scheduleKey(employeeCode: "E1", weekday: 2, shiftName: "Tarde") == "E1/2/Tarde")
    }
}
