public import Vocabulary

/// What a frame source is doing, in words a technician can act on.
public enum CaptureStatus: Sendable, Equatable {
    /// Created, capture thread not running yet.
    case starting
    /// Frames are flowing.
    case streaming
    /// The device vanished or failed; the capture thread is opening it again (attempt counts from 1).
    case reconnecting(attempt: Int, lastError: CameraError)
    /// A replay reached the end of its file and does not loop.
    case ended
    /// `stop()` was called.
    case stopped
    /// Capture gave up; the error says why and what to do.
    case failed(CameraError)

    /// The status in `language`, e.g. "reconnecting (attempt 3): No camera at /dev/video0. …".
    public func text(_ language: Language) -> String {
        Bilingual(es: spanish, en: english).text(language)
    }

    private var english: String {
        switch self {
        case .starting: "starting"
        case .streaming: "streaming"
        case .reconnecting(let attempt, let error): "reconnecting (attempt \(attempt)): \(error.message(in: .en))"
        case .ended: "replay ended"
        case .stopped: "stopped"
        case .failed(let error): "failed: \(error.message(in: .en))"
        }
    }

    private var spanish: String {
        switch self {
        case .starting: "iniciando"
        case .streaming: "capturando"
        case .reconnecting(let attempt, let error): "reconectando (intento \(attempt)): \(error.message(in: .es))"
        case .ended: "reproducción terminada"
        case .stopped: "detenida"
        case .failed(let error): "fallo: \(error.message(in: .es))"
        }
    }
}
