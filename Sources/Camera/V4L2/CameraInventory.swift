import Foundation
public import Vocabulary

/// Every V4L2 node on the machine with its driver, name, formats and sizes, for `kiosk diagnose`.
///
/// For example:
/// ```swift
/// let cameras = CameraInventory.scan()
/// print(CameraInventory.report(cameras).text(.en))
/// ```
public enum CameraInventory {
    /// Examines each path (default: every `/dev/video*`, in numeric order). Nodes that cannot be opened
    /// are listed with their `problem`.
    public static func scan(devicePaths: [String]? = nil) -> [CameraInfo] {
        (devicePaths ?? videoNodes()).map(examine)
    }

    /// The listing as text in both languages; says plainly when there is no camera at all.
    public static func report(_ cameras: [CameraInfo]) -> Bilingual {
        guard !cameras.isEmpty else {
            return Bilingual(
                es: "No se encontró ninguna cámara: este equipo no tiene ningún dispositivo /dev/video*. Conecte una "
                    + "webcam USB (UVC) y vuelva a mirar.",
                en: "No camera found: this machine has no /dev/video* device. Plug in a USB (UVC) webcam and look again."
            )
        }
        var english: [String] = []
        var spanish: [String] = []
        for camera in cameras {
            if let problem = camera.problem {
                english.append("\(camera.path): \(problem.message(in: .en))")
                spanish.append("\(camera.path): \(problem.message(in: .es))")
                continue
            }
            let title = "\(camera.path): \(camera.card) (\(camera.driver))"
            guard camera.canCapture else {
                english.append("\(title): not a capture node (metadata or output), not usable as the kiosk camera")
                spanish.append("\(title): no es un nodo de captura (metadatos o salida), no sirve como cámara del quiosco")
                continue
            }
            let formats = camera.formats.map { format in
                let sizes = format.sizes.map { size in
                    let rates = size.rates.map { String(format: "%g", $0) }.joined(separator: "/")
                    return "\(size.width)x\(size.height)" + (rates.isEmpty ? "" : "@\(rates)")
                }
                return "    \(format.fourcc) \(format.description): \(sizes.joined(separator: " "))"
            }
            english.append(([title] + formats).joined(separator: "\n"))
            spanish.append(([title] + formats).joined(separator: "\n"))
        }
        return Bilingual(es: spanish.joined(separator: "\n"), en: english.joined(separator: "\n"))
    }

    private static func videoNodes() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/dev")) ?? []
        return names
            .compactMap { name -> Int? in name.hasPrefix("video") ? Int(name.dropFirst(5)) : nil }
            .sorted()
            .map { "/dev/video\($0)" }
    }

    private static func examine(_ path: String) -> CameraInfo {
        let handle: V4L2Handle
        let capabilities: V4L2Handle.Capabilities
        do {
            handle = try V4L2Handle.open(path)
        } catch {
            return CameraInfo(path: path, driver: "", card: "", canCapture: false, formats: [], problem: error)
        }
        defer { handle.close() }
        do {
            capabilities = try handle.capabilities()
        } catch {
            return CameraInfo(path: path, driver: "", card: "", canCapture: false, formats: [], problem: error)
        }
        let formats = capabilities.canStream ? handle.formats() : []
        return CameraInfo(
            path: path, driver: capabilities.driver, card: capabilities.card, canCapture: capabilities.canStream,
            formats: formats.map { format in
                CameraInfo.Format(
                    fourcc: FourCC.name(format.fourcc), description: format.description,
                    sizes: format.sizes.map { CameraInfo.Size(width: $0.width, height: $0.height, rates: $0.rates) })
            },
            problem: nil)
    }
}
