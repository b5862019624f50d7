import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import SyncProtocol

/// Reading and writing JSON bodies with the protocol's coders and plain-words decoding errors.
enum JSONBody {
    /// Decodes the request body as `T`.
    ///
    /// - Throws: 400 naming the field and the problem when the JSON is malformed or does not fit; 413 when
    ///   the body is larger than `limit`.
    static func decode<T: Decodable>(_ type: T.Type, from request: Request, limit: Int = 8 << 20) async throws -> T {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw APIError(.contentTooLarge, "the body is larger than \(limit) bytes; send smaller batches")
        }
        guard buffer.readableBytes > 0 else { throw APIError.badRequest("the body is empty; send a JSON \(T.self)") }
        do {
            return try SyncCoding.decoder().decode(T.self, from: Data(buffer.readableBytesView))
        } catch let error as DecodingError {
            throw APIError.badRequest("malformed JSON for \(T.self): \(describe(error))")
        } catch {
            throw APIError.badRequest("malformed JSON for \(T.self): \(error.localizedDescription)")
        }
    }

    /// A JSON response.
    static func response<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws -> Response {
        let data = try SyncCoding.encoder().encode(value)
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// A text response (CSV, plain).
    static func text(_ text: String, contentType: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: contentType], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// "punches[3].instant: …" from a decoding error.
    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            var text = ""
            for key in keys {
                if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
            }
            return text.isEmpty ? "the top level" : text
        }
        switch error {
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)): expected \(type) (\(context.debugDescription))"
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)): missing \(type) value"
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])): required field is missing"
        case .dataCorrupted(let context):
            let underlying = (context.underlyingError as NSError?)?.localizedDescription
            return "\(path(context.codingPath)): \(context.debugDescription)" + (underlying.map { " (\($0))" } ?? "")
        @unknown default:
            return String(describing: error)
        }
    }
}
