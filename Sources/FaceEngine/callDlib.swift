import CDlibFace

/// Calls a CDlibFace function that reports failure through an error buffer, throwing its text.
///
/// - Parameters:
///   - code: The error code to throw when the call fails.
///   - path: The file involved, for the message.
///   - body: Calls the C function with the buffer and its capacity, returning its status.
func callDlib(
    _ code: FaceEngineError.Code = .dlibFailure,
    path: String? = nil,
    file: String = #fileID,
    line: Int = #line,
    _ body: (UnsafeMutablePointer<CChar>, Int) -> Int32
) throws(FaceEngineError) {
    var buffer = [CChar](repeating: 0, count: 512)
    let status = buffer.withUnsafeMutableBufferPointer { body($0.baseAddress!, $0.count) }
    if status != 0 {
        let text = buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        throw FaceEngineError(code, path: path, detail: text, file: file, line: line)
    }
}
