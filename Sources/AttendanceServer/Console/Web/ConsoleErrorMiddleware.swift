import Hummingbird
import Logging

/// Turns the console's errors into pages: not signed in → the login page; a ``ConsoleError`` or an
/// `APIError` from the shared store code → a message page with its status; anything else → 500, logged.
struct ConsoleErrorMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    let console: WebConsole

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as ConsoleError where error.status == .unauthorized {
            return ConsoleRenderer.redirect(to: "/console/login")
        } catch let error as ConsoleError {
            let language = ConsoleLanguage.of(request)
            let message = ConsoleText.text(error.key, language) + (error.detail.map { " (\($0))" } ?? "")
            return try await messagePage(request, heading: .errorHeading, message: message, status: error.status)
        } catch let error as APIError {
            return try await messagePage(request, heading: .errorHeading, message: error.message, status: error.status)
        } catch let error as HTTPError where error.status == .notFound {
            return try await messagePage(request, heading: .errorHeading, message: ConsoleText.text(.notFound, ConsoleLanguage.of(request)),
                                         status: .notFound)
        } catch {
            context.logger.error("console: \(request.method) \(request.uri.path) failed: \(String(reflecting: error))")
            return try await messagePage(request, heading: .errorHeading, message: "500", status: .internalServerError)
        }
    }

    private func messagePage(_ request: Request, heading: ConsoleText.Key, message: String,
                             status: HTTPResponse.Status) async throws -> Response {
        let user = try? await console.signedIn(request)
        let language = user?.language ?? ConsoleLanguage.of(request)
        return console.renderer.page(MessageTemplate.name, title: ConsoleText.text(heading, language),
                                     data: ["heading": ConsoleText.text(heading, language), "message": message], language: language,
                                     account: user?.account, csrf: user?.session.csrfToken, status: status)
    }
}
