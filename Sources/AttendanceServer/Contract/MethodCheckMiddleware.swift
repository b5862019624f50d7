import HTTPTypes
import Hummingbird

/// Answers what the router has no operation for, in the contract's terms: a path of the document asked with
/// another method is 405 with `Allow`; any other path is 404; both with the one `Error` body.
struct MethodCheckMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Each path template of the document and its methods.
    let templates: [(segments: [Substring], methods: [HTTPRequest.Method])]

    init(operations: some Sequence<ContractOperation>) {
        var byPath: [String: [HTTPRequest.Method]] = [:]
        for operation in operations { byPath[operation.path, default: []].append(operation.method) }
        templates = byPath.sorted { $0.key < $1.key }.map { path, methods in
            (path.split(separator: "/"), methods.sorted { $0.rawValue < $1.rawValue })
        }
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound || error.status == .methodNotAllowed {
            let segments = request.uri.path.split(separator: "/")
            let allowed = templates.first { template in
                template.segments.count == segments.count
                    && zip(template.segments, segments).allSatisfy { pattern, segment in pattern.hasPrefix("{") || pattern == segment }
            }?.methods
            guard let allowed else {
                throw APIError.notFound("no operation at \(request.uri.path); GET /openapi.json lists them")
            }
            var answer = try APIError(.methodNotAllowed, "\(request.method) is not an operation of \(request.uri.path); it takes "
                                      + allowed.map(\.rawValue).joined(separator: ", "))
                .response(from: request, context: context)
            answer.headers[.allow] = allowed.map(\.rawValue).joined(separator: ", ")
            return answer
        }
    }
}
