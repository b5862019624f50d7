import Foundation
import Hummingbird

/// One page of a long list of people (Today, Reports): the page the query asks for (`?page=N`), the window the
/// SQL reads, and the links to the pages around it with the page's other query items kept, so a site of
/// thousands renders a hundred rows and pages without JavaScript.
struct ConsolePager: Sendable {
    /// Rows on a page.
    static let pageSize = 100
    /// The page shown, from 1.
    var page: Int
    /// Rows on a page.
    var size: Int

    /// Rows before this page.
    var offset: Int { (page - 1) * size }

    /// Page `page` of `size` rows.
    init(page: Int = 1, size: Int = Self.pageSize) {
        precondition(page >= 1 && size >= 1, "pages and their size count from 1")
        self.page = page
        self.size = size
    }

    /// Reads `?page=N` of `request` (absent or empty: the first).
    ///
    /// - Throws: ``ConsoleError`` 400 for anything but a whole number from 1.
    init(_ request: Request, size: Int = Self.pageSize) throws {
        let text = request.uri.queryParameters["page"].map(String.init)?.trimmingCharacters(in: .whitespaces) ?? ""
        guard !text.isEmpty else {
            self.init(size: size)
            return
        }
        // The bound keeps the SQL offset far from overflow.
        guard let number = Int(text), number >= 1, number <= 1_000_000 else {
            throw ConsoleError(.badRequest, .badPage, detail: "page '\(text)'")
        }
        self.init(page: number, size: size)
    }

    /// The template's `pager` ("1–100 of 5000", links to the previous and next pages built from `path` and
    /// `query` plus `page`), nil when every one of `total` rows fits the first page.
    func data(total: Int, path: String, query: [URLQueryItem]) -> [String: Any]? {
        guard total > size || page > 1 else { return nil }
        func url(_ page: Int) -> String {
            var components = URLComponents()
            components.queryItems = query + [URLQueryItem(name: "page", value: String(page))]
            return path + "?" + (components.percentEncodedQuery ?? "")
        }
        var data: [String: Any] = ["first": min(offset + 1, total), "last": min(offset + size, total), "total": total]
        if page > 1 { data["previousURL"] = url(min(page - 1, max(1, (total + size - 1) / size))) }
        if offset + size < total { data["nextURL"] = url(page + 1) }
        return data
    }

    /// The links' markup, which a paged table's template interpolates above the table.
    static let template = """
        {{#pager}}<nav class="pager"><span class="muted">{{first}}–{{last}} {{t.ofTotal}} {{total}}</span>\
        {{#previousURL}} <a rel="prev" class="page-previous" href="{{previousURL}}">{{t.previousPage}}</a>{{/previousURL}}\
        {{#nextURL}} <a rel="next" class="page-next" href="{{nextURL}}">{{t.nextPage}}</a>{{/nextURL}}</nav>{{/pager}}
        """
}
