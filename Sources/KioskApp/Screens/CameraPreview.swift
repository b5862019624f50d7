import Attendance
import Camera
import FaceEngine
public import TerminalUI
import Vocabulary

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
            return Span(Bilingual(es: "! Sin reconocimiento facial: fiche con F4",
                                  en: "! No face recognition: check in with F4").text(language), role: .warn)
        }
        switch snapshot.lastVerdict {
        case .noFace:
            return Span(Bilingual(es: "· Mire a la cámara", en: "· Look at the camera").text(language), role: .muted)
        case .unknown:
            return Span(Bilingual(es: "✗ Cara no reconocida", en: "✗ Face not recognised").text(language), role: .error)
        case .match(let code, _, _):
            return Span(Bilingual(es: "✓ Reconocido: \(code)", en: "✓ Recognised: \(code)").text(language), role: .ok)
        }
    }

    /// Draws into `rect`: the picture above, the caption on the last row.
    public func render(in rect: Rect, on canvas: inout Canvas) {
        guard !rect.isEmpty else { return }
        let language = snapshot.language
        let (pictureArea, captionRow) = rect.splitBottom(1)
        guard let frame = snapshot.frame else {
            Panel(title: Bilingual(es: "Cámara", en: "Camera").text(language)).render(in: pictureArea, on: &canvas)
            let inner = Panel.content(of: pictureArea).inset(horizontal: 1, vertical: 0)
            var lines: [(String, Style)] = [(Bilingual(es: "✗ Sin imagen de cámara", en: "✗ No camera picture").text(language), Style(.error))]
            if let status = snapshot.cameraStatus {
                lines.append((status.text(language), Style(.muted)))
            } else if snapshot.startupFinished {
                lines.append((Bilingual(es: "la cámara no arrancó (vea F3 Diagnóstico)",
                                        en: "the camera did not start (see F3 Diagnostics)").text(language), Style(.muted)))
            }
            lines.append(("", Style(.normal)))
            lines.append((Bilingual(es: "Fiche con F4: código y PIN", en: "Check in with F4: code and PIN").text(language), Style(.warn)))
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
        let overlay = snapshot.faceBox.map { PixelRect(x: $0.left, y: $0.top, width: $0.width, height: $0.height) }
        HalfBlockImage(image: frame.image, overlay: overlay, overlayColor: boxColor).render(in: pictureArea, on: &canvas)
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
