import BlockingWork
import FaceEngine
import Foundation
import Vocabulary

extension DoorDevices {
    /// Loads the 68-point predictor when `[liveness] mode = on` (part of the model-load phase).
    func loadLivenessModel() async throws -> FaceShapeModel? {
        guard configuration.liveness.isOn else { return nil }
        let directory = configuration.recognition.modelsDir
        return try await DedicatedThread.run(name: "liveness-model-load") { try FaceShapeModel.load(directory: directory) }
    }

    /// The model-load phase's words on liveness.
    static func livenessNote(_ shapes: FaceShapeModel?) -> Bilingual {
        guard let shapes else { return Bilingual(es: "; prueba de vida desactivada", en: "; liveness off") }
        let seconds = String(format: "%.2f", shapes.loadSeconds)
        return Bilingual(es: "; prueba de vida: \(FaceShapeModel.fileName) ok, \(seconds) s",
                         en: "; liveness: \(FaceShapeModel.fileName) ok, \(seconds) s")
    }
}
