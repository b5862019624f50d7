import Attendance
import Camera
import FaceEngine
import Foundation
import KioskConfig
import KioskStore
import Logging
import Testing
@testable import KioskApp

/// The runtime started whole (`start()`: database, model load, seeds, camera, recognition) on scripted parts:
/// a face engine that sees the embeddings the test scripts, a camera the test steps frame by frame, and a
/// model loader that can fail. Each test waits on the runtime's change notifications and on the camera's
/// "frame handled" point, never on a sleep. The time limits are generous: the whole suite runs in parallel
/// on two cores, where a test may wait a long time for the cooperative pool before it starts its work.
@Suite("Runtime on scripted parts", .serialized)
struct RuntimeSeamsTests {
    /// E001's template, E002's (0.6 away), a probe right at E001, and one as close to both (no margin).
    static let e001 = ScriptedFaces.embedding(0, 0)
    static let e002 = ScriptedFaces.embedding(0.6, 0)
    static let nearE001 = ScriptedFaces.embedding(0.05, 0)
    static let between = ScriptedFaces.embedding(0.3, 0.1)
    static let farAway = ScriptedFaces.embedding(0, 1)

    /// A door on a fresh folder: a seeded store (E001, E002, …) with the given templates, the stepped camera
    /// holding a first frame, and the scripted engine (nil: the models do not load).
    struct Door {
        let runtime: KioskRuntime
        let store: KioskStore
        let camera = SteppedCamera()
        let faces: ScriptedFaces?
        let loader: ScriptedModelLoader
        let changes: Changes
        let folder: URL

        init(faces: ScriptedFaces?, templates: [(String, Embedding)] = []) async throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("runtime-seams-\(UUID().uuidString.prefix(8))")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var configuration = KioskConfiguration()
            configuration.kiosk.language = "es"
            configuration.kiosk.demo = true
            configuration.database.path = folder.appendingPathComponent("kiosk.sqlite").path
            configuration.recognition.modelsDir = folder.path
            configuration.camera.device = "stepped"
            configuration.server.url = ""
            // The scripted faces carry no liveness evidence; the liveness gate has its own tests.
            configuration.liveness.mode = "off"
            store = try await KioskStore.open(configuration)
            _ = try await store.seed(demo: true)
            for (code, embedding) in templates {
                _ = try await store.addTemplates(for: EmployeeCode(code), vectors: [embedding.values],
                                                 consent: BiometricConsent(textVersion: "test", recordedBy: EmployeeCode("S001")))
            }
            self.faces = faces
            loader = ScriptedModelLoader(faces: faces)
            camera.push(SteppedCamera.frame(1))
            runtime = KioskRuntime(configuration: configuration, configurationSource: "test", logger: Logger(label: "runtime-seams"),
                                   seams: KioskSeams(models: loader, cameras: SteppedCameras(camera: camera)))
            changes = Changes(runtime)
        }

        /// Scripts `embedding` (nil: no face) for the frame, hands it out, and waits until it was handled.
        func show(_ sequence: UInt64, _ embedding: Embedding?) async {
            if let embedding { faces?.script(sequence, embedding) }
            camera.push(SteppedCamera.frame(sequence))
            #expect(await camera.handled(sequence), "frame \(sequence) handled")
        }

        /// Today's punches as "CODE KIND METHOD", oldest first.
        func punches() async throws -> [String] {
            try await store.punches(on: runtime.today(now: Date())).sorted { $0.instant < $1.instant }
                .map { "\($0.employee) \($0.kind.rawValue) \($0.method.rawValue)" }
        }

        func finish() async {
            await runtime.shutdown()
            try? FileManager.default.removeItem(at: folder)
        }
    }

    /// The runtime's change notifications, to wait on.
    final class Changes: Sendable {
        private let stream: AsyncStream<Void>

        init(_ runtime: KioskRuntime) {
            let (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
            self.stream = stream
            runtime.onChange { continuation.yield() }
        }

        /// Returns once `condition` holds, looking again at each change (the test's time limit ends a wait
        /// for something that never comes).
        func until(_ condition: () -> Bool) async {
            if condition() { return }
            for await _ in stream where condition() { return }
        }
    }

    @Test("model load failure: the door runs PIN-only and the panel shows the fix", .timeLimit(.minutes(20)))
    func modelLoadFailure() async throws {
        let door = try await Door(faces: nil)
        try await door.store.setPIN(code: EmployeeCode("E001"), pin: "482916")
        await door.runtime.start()
        let snapshot = door.runtime.snapshot()
        let line = try #require(snapshot.startup.first { $0.phase == .modelLoad })
        #expect(line.outcome?.verdict == .failed)
        #expect(line.outcome?.detail.es.contains("shape_predictor_5_face_landmarks.dat: not found") == true, "\(String(describing: line.outcome))")
        #expect(line.outcome?.fix?.es.contains("scripts/bootstrap") == true)
        #expect(line.outcome?.fix?.es.contains("código y PIN") == true)
        #expect(snapshot.startup.first { $0.phase == .camera }?.outcome?.verdict == .ok, "the camera still comes up")
        #expect(!snapshot.recognitionAvailable, "no recognition without models")
        let panel = ScreenFixtures.render(StartupPanel(snapshot: snapshot), width: 110, height: 40)
        let text = (0..<40).map { panel.row($0) }.joined(separator: "\n")
        #expect(text.contains("scripts/bootstrap"), "the fix is on the panel:\n\(text)")
        #expect(text.contains("✗ Arranque con fallos"), "\(text)")

        let message = await door.runtime.punchWithPIN(code: EmployeeCode("E001"), pin: "482916")
        #expect(message.tone == .success, "\(message)")
        #expect(try await door.punches() == ["E001 IN pin"])
        await door.finish()
    }

    @Test("models fixed after start-up: the technician's reload starts recognition", .timeLimit(.minutes(20)))
    func reloadAfterFailedModelLoad() async throws {
        let door = try await Door(faces: nil, templates: [("E001", Self.e001)])
        await door.runtime.start()
        #expect(!door.runtime.snapshot().recognitionAvailable)

        let faces = ScriptedFaces()
        door.loader.install(faces)
        let said = await door.runtime.reloadModels(by: EmployeeCode("T001"))
        #expect(said.es.hasPrefix("modelos cargados y verificados"), "\(said.es)")
        let snapshot = door.runtime.snapshot()
        #expect(snapshot.recognitionAvailable)
        #expect(snapshot.startup.first { $0.phase == .modelLoad }?.outcome?.verdict == .ok, "the panel's model line is ok now")
        let audit = try await door.store.recentAudit().first
        #expect(audit?.action == "reload models" && audit?.actor == EmployeeCode("T001"))

        faces.script(2, Self.nearE001)
        faces.script(3, Self.nearE001)
        door.camera.push(SteppedCamera.frame(2))
        door.camera.push(SteppedCamera.frame(3))
        await door.changes.until { door.runtime.snapshot().recent.count == 1 }
        #expect(try await door.punches() == ["E001 IN face"])
        await door.finish()
    }

    @Test("camera lost mid-run: reconnecting on screen, then recognition goes on", .timeLimit(.minutes(20)))
    func cameraLostAndBack() async throws {
        let door = try await Door(faces: ScriptedFaces(), templates: [("E001", Self.e001)])
        await door.runtime.start()
        #expect(door.runtime.snapshot().cameraStatus == .streaming)
        #expect(door.runtime.snapshot().recognitionAvailable)
        #expect(await door.camera.handled(1))

        // What the V4L2 camera reports when its device disappears.
        door.camera.set(.reconnecting(attempt: 1, lastError: CameraError(.deviceLost, path: "/dev/video0", systemError: ENODEV)))
        await door.changes.until {
            if case .reconnecting? = door.runtime.snapshot().cameraStatus { true } else { false }
        }
        let header = KioskHeader(snapshot: door.runtime.snapshot()).status.map(\.text).joined(separator: " ")
        #expect(header.contains("! Cámara reconectando"), "\(header)")

        door.camera.set(.streaming)
        await door.changes.until { door.runtime.snapshot().cameraStatus == .streaming }
        #expect(KioskHeader(snapshot: door.runtime.snapshot()).status.map(\.text).joined().contains("✓ Cámara"))
        await door.show(2, Self.nearE001)
        await door.show(3, Self.nearE001)
        await door.changes.until { door.runtime.snapshot().recent.count == 1 }
        #expect(try await door.punches() == ["E001 IN face"], "recognised after the camera came back")
        await door.finish()
    }

    @Test("roster change: the gallery is reloaded and the new template recognised", .timeLimit(.minutes(20)))
    func rosterChangeReloadsGallery() async throws {
        let door = try await Door(faces: ScriptedFaces(), templates: [("E001", Self.e001)])
        await door.runtime.start()
        #expect(door.runtime.gallery.gallery.templateCount == 1)
        await door.show(2, Self.farAway)
        await door.show(3, Self.farAway)
        await door.changes.until { door.runtime.snapshot().message?.text == "No reconocido" }
        #expect(try await door.punches().isEmpty)

        // What a roster pull writes, then the hook the sync client calls after applying it.
        _ = try await door.store.addTemplates(for: EmployeeCode("E002"), vectors: [Self.farAway.values],
                                              consent: BiometricConsent(textVersion: "test", recordedBy: EmployeeCode("S001")))
        #expect(door.runtime.gallery.gallery.templateCount == 1, "nothing changes before the roster hook")
        try await door.runtime.rosterChanged()
        #expect(door.runtime.gallery.gallery.templateCount == 2)

        await door.show(4, nil)
        await door.show(5, Self.farAway)
        await door.show(6, Self.farAway)
        await door.changes.until { door.runtime.snapshot().recent.count == 1 }
        #expect(try await door.punches() == ["E002 IN face"])
        await door.finish()
    }

    @Test("2 of 3 frames confirm a person; a face as close to two people is unknown", .timeLimit(.minutes(20)))
    func confirmationWindowAndMargin() async throws {
        let door = try await Door(faces: ScriptedFaces(), templates: [("E001", Self.e001), ("E002", Self.e002)])
        await door.runtime.start()

        await door.show(2, Self.nearE001)
        await door.show(3, Self.between)
        guard case .unknown = door.runtime.snapshot().lastVerdict else {
            Issue.record("within the threshold of both, without the margin, is unknown: \(door.runtime.snapshot().lastVerdict)")
            return
        }
        #expect(door.runtime.snapshot().message == nil, "one unknown frame of three says nothing yet")
        #expect(try await door.punches().isEmpty, "one matching frame of three punches nobody")

        await door.show(4, Self.nearE001)
        await door.changes.until { door.runtime.snapshot().recent.count == 1 }
        #expect(try await door.punches() == ["E001 IN face"], "the second matching frame of three confirms")

        await door.show(5, nil)
        await door.show(6, Self.between)
        await door.show(7, Self.between)
        await door.changes.until { door.runtime.snapshot().message?.text == "No reconocido" }
        #expect(try await door.punches() == ["E001 IN face"], "two frames without the margin punch nobody")
        await door.finish()
    }
}
