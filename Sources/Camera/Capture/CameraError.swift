#if canImport(Glibc)
import Glibc
#endif
public import Vocabulary

/// A camera or replay problem, with what went wrong, where, and what to do about it, in Spanish and English.
///
/// `message(in:)` says what happened and what to do (so `fix(in:)` is nil); `description` is the English
/// message; `debugDescription` adds the system error and the source location.
///
/// ## Topics
/// - Devices: ``Code/deviceMissing``, ``Code/permissionDenied``, ``Code/busy``, ``Code/notCaptureDevice``,
///   ``Code/noUsableFormat``, ``Code/deviceLost``, ``Code/deviceFailure``
/// - Replays: ``Code/replayUnreadable``, ``Code/replayEmpty``, ``Code/replayTruncated``, ``Code/replayInvalid``
public struct CameraError: Error, Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible,
    LocalizedMessage
{
    /// The kind of problem; new kinds may be added.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        enum Value: String, Sendable {
            case deviceMissing, permissionDenied, busy, notCaptureDevice, noUsableFormat, deviceLost, deviceFailure
            case replayUnreadable, replayEmpty, replayTruncated, replayInvalid
        }
        let value: Value

        /// No device at the path (not plugged in, or the wrong path).
        public static let deviceMissing = Code(value: .deviceMissing)
        /// The process may not open the device.
        public static let permissionDenied = Code(value: .permissionDenied)
        /// Another program holds the device.
        public static let busy = Code(value: .busy)
        /// The device cannot stream video frames (a metadata node, a radio, a plain file).
        public static let notCaptureDevice = Code(value: .notCaptureDevice)
        /// The device offers neither MJPEG nor YUYV.
        public static let noUsableFormat = Code(value: .noUsableFormat)
        /// The device vanished mid-stream (unplugged: ENODEV, EIO).
        public static let deviceLost = Code(value: .deviceLost)
        /// A V4L2 request failed for another reason.
        public static let deviceFailure = Code(value: .deviceFailure)
        /// A replay file or folder cannot be read.
        public static let replayUnreadable = Code(value: .replayUnreadable)
        /// A replay has nothing to show (an empty folder, a stream without one decodable picture).
        public static let replayEmpty = Code(value: .replayEmpty)
        /// A replay file ends in the middle of a frame.
        public static let replayTruncated = Code(value: .replayTruncated)
        /// A replay file is not in a form the kiosk reads.
        public static let replayInvalid = Code(value: .replayInvalid)

        /// The code's name, e.g. `deviceMissing`.
        public var description: String { value.rawValue }
    }

    /// The kind of problem.
    public let code: Code
    /// The device or file concerned.
    public let path: String
    /// Specifics: the system error, the formats found, the frame that was cut short.
    public let detail: String
    /// The `errno` behind it, when there was one.
    public let systemError: Int32?
    /// Where the error was raised (for `debugDescription`).
    public let file: String
    /// Line where the error was raised.
    public let line: Int

    /// Creates an error; `file` and `line` default to the caller's.
    public init(
        _ code: Code, path: String, detail: String = "", systemError: Int32? = nil,
        file: String = #fileID, line: Int = #line
    ) {
        self.code = code
        self.path = path
        self.detail = detail
        self.systemError = systemError
        self.file = file
        self.line = line
    }

    /// Builds the error that an `errno` from opening or using `path` means.
    static func from(
        errno number: Int32, path: String, doing operation: String, file: String = #fileID, line: Int = #line
    ) -> CameraError {
        let detail = "\(operation): \(String(cString: strerror(number))) (errno \(number))"
        let code: Code =
            switch number {
            case ENOENT, ENXIO: .deviceMissing
            case ENODEV, EIO: .deviceLost
            case EACCES, EPERM: .permissionDenied
            case EBUSY: .busy
            case ENOTTY: .notCaptureDevice
            default: .deviceFailure
            }
        return CameraError(code, path: path, detail: detail, systemError: number, file: file, line: line)
    }

    /// The message in `language`: what happened and what to do next.
    public func message(in language: Language) -> String {
        Bilingual(es: spanish, en: english).text(language)
    }

    /// `message(in:)` already ends with what to do.
    public func fix(in language: Language) -> String? { nil }

    private var english: String {
        let specifics = detail.isEmpty ? "" : " (\(detail))"
        switch code.value {
        case .deviceMissing:
            return "No camera at \(path); is it connected? See `kiosk diagnose` for the cameras found\(specifics)."
        case .permissionDenied:
            return "Permission denied opening \(path): add the kiosk user to the video group "
                + "(sudo usermod -aG video USER) and log in again\(specifics)."
        case .busy:
            return "The camera \(path) is used by another program: close it (find it with `fuser \(path)`)\(specifics)."
        case .notCaptureDevice:
            return "\(path) is not a video capture device that can stream\(specifics); set [camera] device in "
                + "kiosk.conf to one that `kiosk diagnose` lists."
        case .noUsableFormat:
            return "The camera \(path) offers no usable format (MJPEG or YUYV)\(specifics); use a UVC webcam."
        case .deviceLost:
            return "The camera \(path) stopped answering\(specifics); check the cable. The kiosk reconnects by itself."
        case .deviceFailure:
            return "The camera \(path) refused a request\(specifics); unplug it and plug it in again, "
                + "then see `kiosk diagnose`."
        case .replayUnreadable:
            return "Cannot read the replay \(path)\(specifics); check the path in [camera] device."
        case .replayEmpty:
            return "The replay \(path) has no picture that can be shown\(specifics); add JPEG or PNG images "
                + "or fix the path."
        case .replayTruncated:
            return "The replay \(path) is cut short\(specifics); export the file again."
        case .replayInvalid:
            return "The replay \(path) is not readable\(specifics); use a folder of JPEG/PNG images, "
                + "a .playlist, a .mjpeg stream or a 4:2:0 .y4m file."
        }
    }

    private var spanish: String {
        let specifics = detail.isEmpty ? "" : " (\(detail))"
        switch code.value {
        case .deviceMissing:
            return "No hay ninguna cámara en \(path); ¿está conectada? Vea `kiosk diagnose` para las cámaras "
                + "encontradas\(specifics)."
        case .permissionDenied:
            return "Permiso denegado al abrir \(path): añada el usuario del quiosco al grupo video "
                + "(sudo usermod -aG video USUARIO) y vuelva a iniciar sesión\(specifics)."
        case .busy:
            return "La cámara \(path) la usa otro programa: ciérrelo (búsquelo con `fuser \(path)`)\(specifics)."
        case .notCaptureDevice:
            return "\(path) no es un dispositivo de captura de vídeo con streaming\(specifics); ponga en "
                + "[camera] device de kiosk.conf uno de los que lista `kiosk diagnose`."
        case .noUsableFormat:
            return "La cámara \(path) no ofrece ningún formato utilizable (MJPEG o YUYV)\(specifics); use una "
                + "webcam UVC."
        case .deviceLost:
            return "La cámara \(path) dejó de responder\(specifics); revise el cable. El quiosco se reconecta solo."
        case .deviceFailure:
            return "La cámara \(path) rechazó una petición\(specifics); desconéctela y vuelva a conectarla, "
                + "y luego vea `kiosk diagnose`."
        case .replayUnreadable:
            return "No se puede leer la reproducción \(path)\(specifics); revise la ruta en [camera] device."
        case .replayEmpty:
            return "La reproducción \(path) no tiene ninguna imagen que mostrar\(specifics); añada imágenes "
                + "JPEG o PNG o corrija la ruta."
        case .replayTruncated:
            return "La reproducción \(path) está cortada\(specifics); vuelva a exportar el archivo."
        case .replayInvalid:
            return "La reproducción \(path) no se puede leer\(specifics); use una carpeta de imágenes JPEG/PNG, "
                + "una lista .playlist, un flujo .mjpeg o un archivo .y4m 4:2:0."
        }
    }

    /// The English message.
    public var description: String { english }

    /// The message plus the code, the system error and where it was raised.
    public var debugDescription: String {
        "CameraError.\(code) at \(path)\(systemError.map { " errno \($0)" } ?? ""): \(english) - raised at \(file):\(line)"
    }

    /// Errors compare by what happened, not by where in the source they were raised.
    public static func == (lhs: CameraError, rhs: CameraError) -> Bool {
        lhs.code == rhs.code && lhs.path == rhs.path && lhs.detail == rhs.detail && lhs.systemError == rhs.systemError
    }
}
