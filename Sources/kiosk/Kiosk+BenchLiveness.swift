import BlockingWork
import FaceEngine
import Foundation
import KioskApp
import KioskBenchmarks
import KioskConfig

extension Kiosk.Bench {
    /// `kiosk bench --liveness DIR`: each sequence's decision as it finishes, then the table and the summary.
    static func benchLiveness(directory: String, configuration: KioskConfiguration) async throws {
        let recognition = configuration.recognition
        let settings = LivenessSettings(windowSeconds: Double(configuration.liveness.windowSeconds))
        print("Liveness on \(directory) (detection: min_face_px \(recognition.minFacePx), upsample \(recognition.upsample); identity taken as confirmed at face frame \(recognition.confirmFrames))")
        let table = try await DedicatedThread.run(name: "liveness-bench") { () throws -> String in
            let benchmark = LivenessBenchmark(
                recognizer: try FaceModels.load(directory: recognition.modelsDir).makeRecognizer(),
                shapes: try FaceShapeModel.load(directory: recognition.modelsDir),
                detection: DetectionSettings(minFacePixels: recognition.minFacePx, upsample: recognition.upsample),
                settings: settings, confirmFrames: recognition.confirmFrames)
            let rows = try benchmark.run(directory: directory) { row in
                FileHandle.standardError.write(Data("  \(row.label.rawValue)/\(row.name): \(row.outcome)\n".utf8))
            }
            return LivenessBenchmark.table(rows, settings: settings)
        }
        print(table)
    }
}
