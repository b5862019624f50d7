import Camera
import Foundation
import Vocabulary

extension Diagnostics {
    /// The camera: the running source's status, fps and dropped frames; or what V4L2 devices exist.
    func cameraCheck() -> DiagnosticCheck {
        let title = Bilingual(es: "Cámara", en: "Camera")
        let device = CameraChoice.device(for: configuration.camera)
        let listing = CameraInventory.report(CameraInventory.scan())
        if let camera {
            let stats = camera.statistics
            let fps = String(format: "%.1f", stats.measuredFPS)
            let es = "\(camera.name) \(camera.width)×\(camera.height), \(camera.status.text(.es)), \(fps) fps, \(stats.frames) imágenes, \(stats.dropped) descartadas"
            let en = "\(camera.name) \(camera.width)×\(camera.height), \(camera.status.text(.en)), \(fps) fps, \(stats.frames) frames, \(stats.dropped) dropped"
            switch camera.status {
            case .streaming, .starting, .ended:
                return DiagnosticCheck(id: "camera", title: title, verdict: .ok, detail: Bilingual(es: es, en: en))
            default:
                return DiagnosticCheck(id: "camera", title: title, verdict: .failed, detail: Bilingual(es: es, en: en),
                                       fix: Bilingual(es: "revise el cable USB; la cámara se reconecta sola", en: "check the USB cable; the camera reconnects by itself"))
            }
        }
        if device.hasPrefix("replay:") {
            let path = String(device.dropFirst("replay:".count))
            if FileManager.default.fileExists(atPath: path) {
                return DiagnosticCheck(id: "camera", title: title, verdict: .ok,
                                       detail: Bilingual(es: "reproducción \(path). \(listing.es)", en: "replay \(path). \(listing.en)"))
            }
            return DiagnosticCheck(id: "camera", title: title, verdict: .failed,
                                   detail: Bilingual(es: "no existe la fuente \(path). \(listing.es)", en: "replay source \(path) does not exist. \(listing.en)"),
                                   fix: Bilingual(es: "ejecute scripts/bootstrap o corrija [camera] device", en: "run scripts/bootstrap or correct [camera] device"))
        }
        let present = FileManager.default.fileExists(atPath: device)
        return DiagnosticCheck(id: "camera", title: title, verdict: present ? .ok : .failed,
                               detail: Bilingual(es: "\(device). \(listing.es)", en: "\(device). \(listing.en)"),
                               fix: present ? nil : Bilingual(es: "conecte la webcam o corrija [camera] device", en: "plug in the webcam or correct [camera] device"))
    }
}
