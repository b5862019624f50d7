import AttendanceServer
import Foundation
import Logging
import Vocabulary
import ServerBenchmarks

// asistencia-server: the central server. Configuration comes from ASISTENCIA_* environment variables (see
// ServerConfiguration); it migrates the schema and seeds before accepting connections.
// `asistencia-server bench URL` runs ServerBenchmark against a running server (admin token from
// ASISTENCIA_ADMIN_TOKEN) and prints its table. `asistencia-server enrolments list|accept …` lists the enrolments
// refused because their face is another employee's and accepts one with a reason (EnrolmentOverrideCommand).
// `asistencia-server accounts …` sets web console passwords (AccountsCommand); `asistencia-server bench-console [N]`
// times the console's Today and month report for N employees on the configured database (ConsoleBenchmark).
var logger = Logger(label: "asistencia-server")
logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap { Logger.Level(rawValue: $0) } ?? .info
let arguments = CommandLine.arguments
if arguments.count >= 2, ["--help", "-h", "help"].contains(arguments[1]) {
    print(ServerUsage.text)
    exit(0)
}
if arguments.count >= 2, arguments[1] == "--version" {
    print("asistencia-server \(ServerUsage.version) (API \(ServerUsage.apiVersion))")
    exit(0)
}
do {
    if arguments.count == 3, arguments[1] == "bench" {
        guard let token = ProcessInfo.processInfo.environment["ASISTENCIA_ADMIN_TOKEN"], !token.isEmpty else {
            throw ServerConfigurationError(variable: "ASISTENCIA_ADMIN_TOKEN", value: nil, problem: "is not set; the benchmark needs the server's admin token")
        }
        let result = try await ServerBenchmark(baseURL: arguments[2], adminToken: token).run()
        print(result.table)
    } else if arguments.count >= 4, arguments[1] == "bench-fleet", let kiosks = Int(arguments[3]) {
        guard let token = ProcessInfo.processInfo.environment["ASISTENCIA_ADMIN_TOKEN"], !token.isEmpty else {
            throw ServerConfigurationError(variable: "ASISTENCIA_ADMIN_TOKEN", value: nil, problem: "is not set; the benchmark needs the server's admin token")
        }
        let seconds = arguments.count >= 5 ? Double(arguments[4]) ?? 60 : 60
        print(try await FleetBenchmark(baseURL: arguments[2], adminToken: token, kiosks: kiosks, seconds: seconds).run().table)
    } else if arguments.count >= 2, arguments[1] == "accounts" {
        print(try await AccountsCommand.run(Array(arguments.dropFirst(2)), configuration: try ServerConfiguration.load(), logger: logger))
    } else if arguments.count >= 2, arguments[1] == "bench-console" {
        let employees = arguments.count >= 3 ? Int(arguments[2]) ?? 5000 : 5000
        print(try await ConsoleBenchmark.run(employees: employees, configuration: try ServerConfiguration.load(), logger: logger).table)
    } else if arguments.count >= 2, arguments[1] == "enrolments" {
        print(try await EnrolmentOverrideCommand.run(Array(arguments.dropFirst(2)), configuration: try ServerConfiguration.load(),
                                                     logger: logger))
    } else {
        let configuration = try ServerConfiguration.load()
        logger.info("starting on \(configuration.host):\(configuration.port), database \(configuration.database)")
        let server = AttendanceServerApp(configuration: configuration, logger: logger)
        try await server.makeApplication().runService()
    }
} catch let error as ServerConfigurationError {
    FileHandle.standardError.write(Data("asistencia-server: configuration error: \(error)\n".utf8))
    exit(2)
} catch let error as any LocalizedMessage {
    // Said in the language of $LANG, with what to do.
    let language: Language = (ProcessInfo.processInfo.environment["LANG"] ?? "").hasPrefix("es") ? .es : .en
    FileHandle.standardError.write(Data("asistencia-server: \(error.sentence(in: language))\n".utf8))
    exit(1)
} catch {
    FileHandle.standardError.write(Data("asistencia-server: \(error)\n".utf8))
    exit(1)
}
