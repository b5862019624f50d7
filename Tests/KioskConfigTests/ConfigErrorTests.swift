import KioskConfig
import Testing
import Vocabulary

@Suite("ConfigError's words")
struct ConfigErrorTests {
    static let all: [ConfigError.Code] = [.unreadable, .empty, .syntax, .unknownSection, .unknownKey, .wrongType, .outOfRange,
                                          .invalidValue, .badEnvironment]

    @Test(arguments: all)
    func everyCodeHasAMessageAndAFixInBothLanguages(code: ConfigError.Code) throws {
        let error = ConfigError(code, file: "kiosk.conf", line: 7, key: "camera.fps", found: "500", expected: "1 … 60 fps")
        for language in Language.allCases {
            #expect(error.message(in: language).hasPrefix("kiosk.conf:7: "), "\(code) \(language)")
            let fix = try #require(error.fix(in: language), "\(code) \(language)")
            #expect(fix.count > 20, "\(code) \(language): \(fix)")
        }
        #expect(error.message(in: .es) != error.message(in: .en))
        #expect(error.fix(in: .es) != error.fix(in: .en))
        #expect(error.message(in: .es).contains("encontrado: 500") && error.message(in: .en).contains("found: 500"))
    }

    @Test func theFixSaysWhatToDoForTheCode() {
        let empty = ConfigError(.empty, file: "kiosk.conf")
        #expect(empty.fix(in: .es)?.contains("git checkout kiosk.conf") == true)
        #expect(empty.fix(in: .en)?.contains("built-in defaults") == true)
        let environment = ConfigError(.badEnvironment, file: "environment", key: "KIOSK_CAMERA_FPS")
        #expect(environment.fix(in: .en)?.contains("KIOSK_<SECTION>_<KEY>") == true)
        #expect(environment.fix(in: .es)?.contains("KIOSK_<SECCIÓN>_<CLAVE>") == true)
    }

    @Test func descriptionIsTheEnglishMessageAndDebugAddsWhereItWasRaised() {
        let error = ConfigError(.unknownKey, file: "kiosk.conf", line: 3, key: "kiosk.nmae", suggestion: "name")
        #expect(error.description == error.message(in: .en))
        #expect(error.debugDescription.hasPrefix("ConfigError.unknownKey: kiosk.conf:3"))
        #expect(error.debugDescription.contains("ConfigErrorTests.swift:"))
    }

    @Test func errorsCompareByWhatTheyReportNotWhereTheyWereRaised() {
        let first = ConfigError(.syntax, file: "kiosk.conf", line: 2)
        let second = ConfigError(.syntax, file: "kiosk.conf", line: 2)
        #expect(first.raisedAt != second.raisedAt)
        #expect(first == second)
        #expect(first != ConfigError(.syntax, file: "kiosk.conf", line: 3))
    }
}
