import Foundation
import Hummingbird

/// A submitted `application/x-www-form-urlencoded` form (at most 64 KiB).
struct ConsoleForm: Sendable {
    /// Field values by name (the last wins when a name repeats).
    private(set) var fields: [String: String] = [:]

    /// Reads and decodes the request's body.
    ///
    /// - Throws: ``ConsoleError`` 400 when the body is not a form or is longer than 64 KiB.
    static func read(_ request: Request) async throws -> ConsoleForm {
        let type = request.headers[.contentType]?.lowercased() ?? ""
        guard type.hasPrefix("application/x-www-form-urlencoded") else {
            throw ConsoleError(.badRequest, .badForm, detail: "Content-Type '\(type)'")
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: 64 << 10)
        } catch {
            throw ConsoleError(.contentTooLarge, .badForm, detail: "> 64 KiB")
        }
        return ConsoleForm(encoded: String(buffer: buffer))
    }

    /// Decodes `name=value&…` (`+` is a space, `%XX` a byte).
    init(encoded: String) {
        for pair in encoded.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]), !name.isEmpty else { continue }
            fields[name] = parts.count > 1 ? Self.decode(parts[1]) ?? "" : ""
        }
    }

    /// The trimmed value of `name`, nil when absent or empty.
    subscript(_ name: String) -> String? {
        guard let value = fields[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    /// The value of `name` exactly as sent (passwords keep their spaces).
    func raw(_ name: String) -> String? { fields[name] }

    private static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
