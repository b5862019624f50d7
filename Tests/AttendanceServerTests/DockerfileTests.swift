import Foundation
import Testing

/// No Docker engine runs here: these tests check that what the Dockerfile and compose file name exists.
@Suite("Docker files")
struct DockerfileTests {
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// Dockerfile instructions with continuation lines joined.
    static func instructions() throws -> [(keyword: String, arguments: String)] {
        var joined: [String] = []
        var current = ""
        for line in try read("Dockerfile").split(separator: "\n", omittingEmptySubsequences: false) {
            let text = line.trimmingCharacters(in: .whitespaces)
            if current.isEmpty && (text.isEmpty || text.hasPrefix("#")) { continue }
            if text.hasSuffix("\\") {
                current += text.dropLast() + " "
            } else {
                joined.append(current + text)
                current = ""
            }
        }
        return joined.map { line in
            let parts = line.split(separator: " ", maxSplits: 1)
            return (String(parts[0]).uppercased(), parts.count > 1 ? String(parts[1]) : "")
        }
    }

    /// The words of a CMD/HEALTHCHECK in exec form (`["a", "b"]`) or shell form.
    static func words(_ text: String) -> [String] {
        var body = text
        if body.hasPrefix("--") || body.hasPrefix("CMD") {
            if let range = body.range(of: "CMD ") { body = String(body[range.upperBound...]) }
        }
        if body.hasPrefix("["), let data = body.data(using: .utf8), let array = try? JSONSerialization.jsonObject(with: data) as? [String] {
            return array
        }
        return body.split(separator: " ").map(String.init)
    }

    @Test("every file the Dockerfile copies from the context exists (or the bootstrap makes it)")
    func copies() throws {
        var checked = 0
        for (keyword, arguments) in try Self.instructions() where keyword == "COPY" && !arguments.hasPrefix("--from") {
            let sources = arguments.split(separator: " ").dropLast().map(String.init)
            for source in sources {
                let exists = FileManager.default.fileExists(atPath: Self.root.appendingPathComponent(source).path)
                #expect(exists, "COPY \(source): not in the repository")
                checked += 1
            }
        }
        #expect(checked >= 5)
        // What stages copy from the build stage: models come from scripts/bootstrap, binaries from products.
        let bootstrap = try Self.read("scripts/bootstrap")
        #expect(bootstrap.contains("models"), "scripts/bootstrap fetches models/")
        let package = try Self.read("Package.swift")
        #expect(package.contains(#".executable(name: "asistencia-server""#))
        #expect(package.contains(#".executable(name: "kiosk""#))
    }

    @Test("every command the images run is one the project has")
    func commands() throws {
        let kioskMain = try Self.read("Sources/kiosk/Kiosk.swift")
        let scripts = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("scripts").path)
        let makefile = try Self.read("Makefile")
        let systemTools: Set<String> = ["apt-get", "curl", "cp", "mkdir", "rm", "chown", "useradd", "swift", "python3", "pg_isready"]
        var checked = 0
        for (keyword, arguments) in try Self.instructions() where ["RUN", "CMD", "HEALTHCHECK"].contains(keyword) {
            let commands = keyword == "RUN"
                ? arguments.components(separatedBy: "&&").map { $0.trimmingCharacters(in: .whitespaces).split(separator: " ").map(String.init) }
                : [Self.words(arguments)]
            // `NAME=value command …`: the environment assignments are not the program.
            for words in commands.map({ Array($0.drop { $0.contains("=") && !$0.hasPrefix("-") }) }) where !words.isEmpty {
                checked += 1
                let program = words[0]
                switch program {
                case "kiosk":
                    let subcommand = words.dropFirst().first { !$0.hasPrefix("-") } ?? ""
                    let typeName = subcommand.prefix(1).uppercased() + subcommand.dropFirst()
                    #expect(kioskMain.contains("\(typeName).self"), "kiosk \(subcommand): not a subcommand in Sources/kiosk/Kiosk.swift")
                    let file = (try? Self.read("Sources/kiosk/Kiosk+\(typeName).swift")) ?? ""
                    let options = (try? Self.read("Sources/kiosk/ConfigOptions.swift")) ?? ""
                    for flag in words.dropFirst(2) where flag.hasPrefix("--") {
                        let name = String(flag.dropFirst(2))
                        let camel = name.split(separator: "-").enumerated()
                            .map { $0.offset == 0 ? String($0.element) : $0.element.capitalized }.joined()
                        #expect(file.contains("var \(camel)") || options.contains("var \(camel)"),
                                "kiosk \(subcommand) \(flag): no such option in Sources/kiosk")
                    }
                case "asistencia-server":
                    #expect(FileManager.default.fileExists(atPath: Self.root.appendingPathComponent("Sources/asistencia-server/main.swift").path))
                case "make":
                    for target in words.dropFirst() where !target.hasPrefix("-") {
                        #expect(makefile.contains("\n\(target):"), "make \(target): no such target in the Makefile")
                    }
                default:
                    if program.hasPrefix("scripts/") {
                        #expect(scripts.contains(String(program.dropFirst("scripts/".count))), "\(program): not in scripts/")
                    } else {
                        #expect(systemTools.contains(program), "\(program): neither a project command nor an installed tool")
                    }
                }
            }
        }
        #expect(checked >= 6)
    }

    @Test("the compose file builds the Dockerfile's stages and passes the camera through")
    func compose() throws {
        let compose = try Self.read("docker-compose.yml")
        let stages = try Self.instructions().filter { $0.keyword == "FROM" }.compactMap { $0.arguments.components(separatedBy: " AS ").last }
        for target in ["server", "kiosk"] {
            #expect(stages.contains(target), "Dockerfile has no stage \(target)")
            #expect(compose.contains("target: \(target)"))
        }
        #expect(compose.contains("/dev/video0:/dev/video0"))
        #expect(compose.contains("condition: service_healthy"), "the kiosk waits for a healthy server")
        #expect(!compose.contains("ASISTENCIA_ADMIN_TOKEN: \"") , "no literal admin token in the compose file")
        for variable in ["ASISTENCIA_DATABASE_URL", "ASISTENCIA_ADMIN_TOKEN", "ASISTENCIA_HOST", "ASISTENCIA_BEHIND_PROXY"] {
            #expect(try Self.read("Sources/AttendanceServer/Config/ServerConfiguration.swift").contains("\"\(variable)\""))
            #expect(compose.contains(variable))
        }
    }

    @Test("both images have a health check with a start period, and the kiosk runs as a non-root user of the video group")
    func runtime() throws {
        let instructions = try Self.instructions()
        let healthchecks = instructions.filter { $0.keyword == "HEALTHCHECK" }
        #expect(healthchecks.count == 2)
        #expect(healthchecks.allSatisfy { $0.arguments.contains("--start-period=") })
        let dockerfile = try Self.read("Dockerfile")
        let kioskStage = try #require(dockerfile.components(separatedBy: " AS kiosk").last)
        #expect(kioskStage.contains("USER asistencia") && kioskStage.contains("--groups video"))
        #expect(!kioskStage.contains("USER root"))
    }
}
