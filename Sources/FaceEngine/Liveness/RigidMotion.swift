import CDlibFace
import Foundation
public import Vocabulary

/// A still picture moved as a hand moves a printed photo or a phone in front of the camera: the attack
/// sequences of `kiosk bench --liveness` and the liveness tests. Every frame is the picture under one
/// homography, so the face on it never changes shape.
public enum RigidMotion: String, Sendable, CaseIterable {
    /// Side to side and up and down, by up to 8 % and 4 % of the picture.
    case translation
    /// Turned in its plane, by up to 12°.
    case rotation
    /// Brought closer and farther, by up to 15 %.
    case scale
    /// Tilted out of its plane, up to 25° about the vertical axis and 15° about the horizontal one, seen by a
    /// camera whose focal length is the picture's width.
    case tilt

    /// The homography taking the still's pixels to frame `index` of `count` (`count` > 1) of a
    /// `width` x `height` picture: one smooth back-and-forth over the sequence.
    public func homography(frame index: Int, of count: Int, width: Int, height: Int) -> PlaneHomography {
        let phase = 2 * Double.pi * Double(index) / Double(max(count - 1, 1))
        let w = Double(width), h = Double(height), cx = w / 2, cy = h / 2
        switch self {
        case .translation:
            return PlaneHomography(h: [1, 0, 0.08 * w * sin(phase), 0, 1, 0.04 * h * sin(2 * phase), 0, 0, 1])
        case .rotation:
            let a = 12 * Double.pi / 180 * sin(phase), c = cos(a), s = sin(a)
            return PlaneHomography(h: [c, -s, cx - c * cx + s * cy, s, c, cy - s * cx - c * cy, 0, 0, 1])
        case .scale:
            let k = 1 + 0.15 * sin(phase)
            return PlaneHomography(h: [k, 0, cx * (1 - k), 0, k, cy * (1 - k), 0, 0, 1])
        case .tilt:
            let yaw = 25 * Double.pi / 180 * sin(phase), pitch = 15 * Double.pi / 180 * sin(2 * phase)
            return Self.tilt(yaw: yaw, pitch: pitch, focal: w, cx: cx, cy: cy)
        }
    }

    /// The frames of the sequence: `count` copies of `still`, each moved by ``homography(frame:of:width:height:)``.
    ///
    /// - Throws: ``FaceEngineError`` `.dlibFailure` if dlib fails.
    public func frames(of still: RGBImage, count: Int) throws(FaceEngineError) -> [RGBImage] {
        precondition(count > 1, "a moved still needs at least two frames")
        var frames: [RGBImage] = []
        for index in 0..<count {
            let inverse = Self.inverse(homography(frame: index, of: count, width: still.width, height: still.height).h)
            var pixels = [UInt8](repeating: 0, count: still.width * still.height * 3)
            try still.withView { view throws(FaceEngineError) in
                let source = view.cImage
                try pixels.withUnsafeMutableBufferPointer { target throws(FaceEngineError) in
                    try inverse.withUnsafeBufferPointer { matrix throws(FaceEngineError) in
                        try callDlib {
                            fe_image_warp(source, matrix.baseAddress, target.baseAddress, Int32(still.width), Int32(still.height), $0, $1)
                        }
                    }
                }
            }
            frames.append(RGBImage(width: still.width, height: still.height, pixels: pixels))
        }
        return frames
    }

    /// The plane through the picture, turned about its own centre by `yaw` then `pitch`, as a pinhole camera
    /// of focal length `focal` centred on (`cx`, `cy`) sees it: H = K (R K⁻¹ + (I − R) e₃ e₃ᵀ).
    private static func tilt(yaw: Double, pitch: Double, focal: Double, cx: Double, cy: Double) -> PlaneHomography {
        let ry: [Double] = [cos(yaw), 0, sin(yaw), 0, 1, 0, -sin(yaw), 0, cos(yaw)]
        let rx: [Double] = [1, 0, 0, 0, cos(pitch), -sin(pitch), 0, sin(pitch), cos(pitch)]
        let r = multiply(rx, ry)
        let k: [Double] = [focal, 0, cx, 0, focal, cy, 0, 0, 1]
        let kInverse: [Double] = [1 / focal, 0, -cx / focal, 0, 1 / focal, -cy / focal, 0, 0, 1]
        var inner = multiply(r, kInverse)
        // (I − R) e₃ e₃ᵀ adds the third column of I − R to the third column.
        for row in 0..<3 { inner[row * 3 + 2] += (row == 2 ? 1 : 0) - r[row * 3 + 2] }
        let h = multiply(k, inner)
        return PlaneHomography(h: h.map { $0 / h[8] })
    }

    private static func multiply(_ a: [Double], _ b: [Double]) -> [Double] {
        var c = [Double](repeating: 0, count: 9)
        for i in 0..<3 { for j in 0..<3 { for k in 0..<3 { c[i * 3 + j] += a[i * 3 + k] * b[k * 3 + j] } } }
        return c
    }

    /// The inverse of a 3 x 3 matrix by its adjugate (a homography is invertible).
    static func inverse(_ m: [Double]) -> [Double] {
        let a = m[0], b = m[1], c = m[2], d = m[3], e = m[4], f = m[5], g = m[6], h = m[7], i = m[8]
        let cofactors = [e * i - f * h, c * h - b * i, b * f - c * e,
                         f * g - d * i, a * i - c * g, c * d - a * f,
                         d * h - e * g, b * g - a * h, a * e - b * d]
        let determinant = a * cofactors[0] + b * cofactors[3] + c * cofactors[6]
        return cofactors.map { $0 / determinant }
    }
}
