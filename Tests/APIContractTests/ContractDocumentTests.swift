@testable import APIContract
import Crypto
import Foundation
import SyncProtocol
import Testing

@Suite("The embedded contract")
struct ContractDocumentTests {
    static var yamlFile: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/APIContract/openapi.yaml")
    }

    @Test("the generated code is up to date with openapi.yaml (else run scripts/generate-api)")
    func upToDate() throws {
        let data = try Data(contentsOf: Self.yamlFile)
        let digest = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
        #expect(digest == ContractDocument.sourceSHA256, "openapi.yaml changed since the code was generated: run scripts/generate-api")
        #expect(ContractDocument.yaml == String(decoding: data, as: UTF8.self))
    }

    @Test("the JSON form is OpenAPI 3.1 with an operation id on every operation")
    func json() throws {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(ContractDocument.json.utf8)) as? [String: Any])
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        var ids: Set<String> = []
        for (path, item) in paths {
            for (method, operation) in item where method != "parameters" {
                let id = try #require((operation as? [String: Any])?["operationId"] as? String, "\(method) \(path)")
                #expect(ids.insert(id).inserted, "\(id) is used twice")
            }
        }
        #expect(ids.count >= 31)
    }

    @Test("a punch crosses the contract and back unchanged")
    func punchRoundTrip() throws {
        let punch = WirePunch(id: UUID(), kioskID: "k-1", sequence: 7, employeeCode: "E001",
                              instant: Date(timeIntervalSince1970: 1_717_401_780.123), localDate: "2024-06-03", kind: "OUT",
                              method: "pin", matchDistance: nil, shiftName: "Mañana", flags: 3)
        #expect(try WirePunch(Components.Schemas.WirePunch(punch)) == punch)
        // An unknown kind travels as it is: the server rejects that punch alone, not the kiosk's whole batch.
        var odd = punch
        odd.kind = "SALIDA"
        #expect(Components.Schemas.WirePunch(odd).kind == "SALIDA")
        var broken = Components.Schemas.WirePunch(punch)
        broken.id = "not-a-uuid"
        #expect(throws: ContractMappingError.self) { try WirePunch(broken) }
    }

    @Test("an enrolment's descriptor and consent cross the contract unchanged")
    func enrolmentRoundTrip() throws {
        let descriptor = Data((0..<512).map { UInt8($0 % 251) })
        let enrolment = WireEnrolment(id: UUID(), employeeCode: "E002", descriptor: descriptor, enrolledAt: Date(timeIntervalSince1970: 1_717_401_780),
                                      consent: WireConsent(id: UUID(), givenAt: Date(timeIntervalSince1970: 1_717_401_700), recordedBy: "S001",
                                                           textVersion: "consent-es-2024-01"))
        #expect(try WireEnrolment(Components.Schemas.WireEnrolment(enrolment)) == enrolment)
    }
}
