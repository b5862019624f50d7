// punch-writer: test support for KioskStoreTests' crash-safety test. Punches in a loop into the database
// given as the first argument and writes "<uuid> <sequence>" on stdout right after each commit, until killed.
//
// Usage: punch-writer DATABASE CODES START_EPOCH_SECONDS [COUNT]
//   CODES: comma-separated employee codes (already in the database); instants advance 10 minutes a punch.
import Foundation
import Attendance
import KioskStore

let arguments = CommandLine.arguments
guard arguments.count >= 4, let start = Double(arguments[3]) else {
    FileHandle.standardError.write(Data("usage: punch-writer DATABASE CODES START_EPOCH_SECONDS [COUNT]\n".utf8))
    exit(2)
}
let codes = arguments[2].split(separator: ",").map { EmployeeCode(String($0)) }
let count = arguments.count > 4 ? Int(arguments[4]) ?? Int.max : Int.max

do {
    let store = try await KioskStore.open(path: arguments[1], options: StoreOptions(timeZone: TimeZone(identifier: "UTC")!))
    var i = 0
    while i < count {
        let instant = Date(timeIntervalSince1970: start + Double(i) * 600)
        let outcome = try await store.punch(codes[i % codes.count], at: instant, method: .pin, confirmedShortStay: true)
        if let punch = outcome.punch {
            // One write(2) per line, after the commit: the test may kill us between the two.
            FileHandle.standardOutput.write(Data("\(punch.id.uuidString) \(punch.sequence)\n".utf8))
        }
        i += 1
    }
} catch let error as StoreError {
    FileHandle.standardError.write(Data((error.debugDescription + "\n").utf8))
    exit(1)
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
