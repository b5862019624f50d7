import GRDB

extension StoreError {
    /// Wraps an error from SQLite: disk full and read-only get their own codes; a ``StoreError`` passes through.
    static func mapping(_ error: any Error, while what: String, file: String = #fileID, line: Int = #line) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_FULL: return StoreError(.diskFull, context: what, underlying: error, file: file, line: line)
            case .SQLITE_READONLY: return StoreError(.readOnly, context: what, underlying: error, file: file, line: line)
            default: break
            }
        }
        return StoreError(.database, context: what, underlying: error, file: file, line: line)
    }
}
