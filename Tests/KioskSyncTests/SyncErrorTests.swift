@testable import KioskSync
import Testing
import Vocabulary

@Suite("SyncError's words")
struct SyncErrorTests {
    static let all: [SyncError.Code] = [.configuration, .unreachable, .unauthorized, .server, .badAnswer, .local]

    @Test(arguments: all)
    func everyCodeHasAFixInBothLanguages(code: SyncError.Code) throws {
        let error = SyncError(code, "the server sync.example.org said no", "el servidor sync.example.org dijo que no", status: 503)
        #expect(error.message(in: .en) == "the server sync.example.org said no")
        #expect(error.message(in: .es) == "el servidor sync.example.org dijo que no")
        let es = try #require(error.fix(in: .es))
        let en = try #require(error.fix(in: .en))
        #expect(es != en && es.count > 20 && en.count > 20, "\(code)")
        #expect(error.sentence(in: .es) == error.message(in: .es) + " " + es)
    }

    @Test func theUnauthorisedFixNamesTheCommand() {
        let error = SyncError(.unauthorized, "token refused", "token rechazado", status: 401)
        #expect(error.fix(in: .es)?.contains("kiosk register") == true)
        #expect(error.fix(in: .en)?.contains("kiosk register") == true)
    }

    @Test func descriptionNamesNeitherHostNorPath() {
        let error = SyncError(.configuration, "the token file '/var/lib/asistencia/token' cannot be read",
                              "no se puede leer el fichero de token '/var/lib/asistencia/token'", status: 400)
        #expect(error.description == "SyncError.configuration (HTTP 400)")
        #expect(!error.description.contains("/var/lib"))
        #expect(error.debugDescription.contains("/var/lib/asistencia/token"))
        #expect(error.debugDescription.contains("SyncErrorTests.swift:"))
        #expect(SyncError(.unreachable, "a", "b").description == "SyncError.unreachable")
    }
}
