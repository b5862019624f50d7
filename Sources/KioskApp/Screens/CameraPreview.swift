import Attendance
import Camera
import FaceEngine
public import TerminalUI

/// The left pane of the check-in screen: the live frame in half-block characters with the face box
/// (green = recognised, red = unknown, yellow = looking), a caption saying the same in words, or — without
/// a camera — why, and that the PIN check-in (F4) still works.
public struct CameraPreview: Widget {
    /// What to draw.
    public var snapshot: KioskSnapshot

    /// A preview of `snapshot`'s frame.
    public init(snapshot: KioskSnapshot) {
        self.snapshot = snapshot
    }

    /// The caption under the picture, with its colour.
    public var caption: Span {
        let language = snapshot.language
        guard snapshot.recognitionAvailable else {
            return Span(ScreenFormat.pick(language, "! Sin reconocimiento facial: fiche con F4", "! No face recognition: check in with F4"), role: .warn)
        }
        switch snapshot.lastVerdict {
        case .noFace:
            return Span(ScreenFormat.pick(language, "· Mire a la cámara", "· Look at the camera"), role: .muted)
        case .unknown:
            return Span(ScreenFormat.pick(language, "✗ Cara no reconocida", "✗ Face not recognised"), role: .error)
        case .match(let code, _, _):
            return Span(ScreenFormat.pick(language, "✓ Reconocido: \(code)", "✓ Recognised: \(code)"), role: .ok)
        }
    }

    /// Draws into `rect`: the picture above, the caption on the last row.
    public func render(in rect: Rect, on canvas: inout Canvas) {
        guard !rect.isEmpty else { return }
        let language = snapshot.language
        let (pictureArea, captionRow) = rect.splitBottom(1)
        guard let frame = snapshot.frame else {
            Panel(title: ScreenFormat.pick(language, "Cámara", "Camera")).render(in: pictureArea, on: &canvas)
            let inner = Panel.content(of: pictureArea).inset(horizontal: 1, vertical: 0)
            var lines: [(String, Style)] = [(ScreenFormat.pick(language, "✗ Sin imagen de cámara", "✗ No camera picture"), Style(.error))]
            if let status = snapshot.cameraStatus {
                lines.append((language == .es ? status.spanish : status.english, Style(.muted)))
            } else if snapshot.startupFinished {
                lines.append((ScreenFormat.pick(language, "la cámara no arrancó (vea F3 Diagnóstico)", "the camera did not start (see F3 Diagnostics)"), Style(.muted)))
            }
            lines.append(("", Style(.normal)))
            lines.append((ScreenFormat.pick(language, "Fiche con F4: código y PIN", "Check in with F4: code and PIN"), Style(.warn)))
            var y = inner.y + max(0, (inner.height - lines.count - 2) / 2)
            for (text, style) in lines {
                for part in DisplayWidth.wrap(text, to: inner.width) where y < inner.maxY {
                    canvas.write(DisplayWidth.fit(part, to: inner.width, alignment: .center), x: inner.x, y: y, style: style, clip: inner)
                    y += 1
                }
            }
            canvas.write(DisplayWidth.fit(caption.text, to: captionRow.width), x: captionRow.x, y: captionRow.y, style: caption.style, clip: captionRow)
            return
        }
        let image = TerminalUI.RGBImage(width: frame.width, height: frame.height, stride: frame.stride, pixels: frame.pixels)
        let overlay = snapshot.faceBox.map { PixelRect(x: $0.left, y: $0.top, width: $0.width, height: $0.height) }
        HalfBlockImage(image: image, overlay: overlay, overlayColor: boxColor).render(in: pictureArea, on: &canvas)
        canvas.fill(captionRow)
        canvas.write(DisplayWidth.fit(caption.text, to: captionRow.width, alignment: .center), x: captionRow.x, y: captionRow.y, style: caption.style, clip: captionRow)
    }

    private var boxColor: RGB {
        switch snapshot.lastVerdict {
        case .match: .green
        case .unknown: .red
        case .noFace: .yellow
        }
    }
}
