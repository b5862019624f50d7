import AttendanceServer
import HTTPTypes
import Testing
import Vocabulary

@Suite("APIError's words")
struct APIErrorTests {
    static let statuses: [HTTPResponse.Status] = [.badRequest, .unauthorized, .forbidden, .notFound, .methodNotAllowed, .conflict,
                                                  .contentTooLarge, .unprocessableContent, .tooManyRequests, .serviceUnavailable,
                                                  .internalServerError, HTTPResponse.Status(code: 418)]

    @Test(arguments: statuses)
    func everyStatusHasAMessageAndAFixInBothLanguages(status: HTTPResponse.Status) throws {
        let error = APIError(status, "employee 'E042' is not at this site")
        #expect(error.message(in: .en).hasSuffix("(\(status.code)): employee 'E042' is not at this site"))
        #expect(error.message(in: .es).hasSuffix("(\(status.code)): employee 'E042' is not at this site"))
        #expect(error.message(in: .es) != error.message(in: .en), "\(status)")
        let es = try #require(error.fix(in: .es))
        let en = try #require(error.fix(in: .en))
        #expect(es != en, "\(status)")
    }

    @Test func theCodeFollowsTheStatus() {
        #expect(APIError.badRequest("x").code == .badRequest)
        #expect(APIError.notFound("x").code == .notFound)
        #expect(APIError.unprocessable("x").code == .unprocessable)
        #expect(APIError.unauthorized.code == .unauthorized)
        #expect(APIError(.serviceUnavailable, "x", retryAfterSeconds: 5).code == .unavailable)
        #expect(APIError(.tooManyRequests, "x").fix(in: .en)?.contains("Retry-After") == true)
    }

    @Test func descriptionKeepsTheBodyOut() {
        let error = APIError.notFound("employee 'E042' (Ana Pérez) is not at this site")
        #expect(error.description == "APIError 404 notFound")
        #expect(!error.description.contains("E042"))
        #expect(error.debugDescription.contains("Ana Pérez"))
        #expect(error.debugDescription.contains("APIErrorTests.swift:"))
        // The answer's body is unchanged: the English sentence the contract documents.
        #expect(error.message == "employee 'E042' (Ana Pérez) is not at this site")
    }
}
