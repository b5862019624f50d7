public import HTTPTypes
public import Hummingbird

/// One route of the API: what the router serves and what the OpenAPI document lists, from one entry.
public struct APIRoute: Sendable {
    /// The handler: the request, its context and the authenticated caller.
    public typealias Handler = @Sendable (Request, BasicRequestContext, Caller) async throws -> Response

    /// HTTP method.
    public var method: HTTPRequest.Method
    /// Path with `{name}` parameters, e.g. `/api/v1/admin/employees/{code}`.
    public var path: String
    /// Who may call it.
    public var access: Access
    /// One line for the OpenAPI document.
    public var summary: String
    /// The request body's schema name (a component of the document), if it takes one.
    public var requestSchema: String?
    /// The success answer's schema name.
    public var responseSchema: String?
    /// Query parameters it reads.
    public var queryParameters: [String]
    /// True when it can answer CSV (`format=csv`).
    public var offersCSV: Bool
    /// Serves the route.
    public var handler: Handler

    /// Makes a route.
    public init(_ method: HTTPRequest.Method, _ path: String, access: Access, summary: String, request: String? = nil,
                response: String? = nil, query: [String] = [], offersCSV: Bool = false, handler: @escaping Handler) {
        self.method = method
        self.path = path
        self.access = access
        self.summary = summary
        self.requestSchema = request
        self.responseSchema = response
        self.queryParameters = query
        self.offersCSV = offersCSV
        self.handler = handler
    }

    /// The `{name}` parameters of the path.
    public var pathParameters: [String] {
        path.split(separator: "/").compactMap { segment in
            segment.hasPrefix("{") && segment.hasSuffix("}") ? String(segment.dropFirst().dropLast()) : nil
        }
    }
}
