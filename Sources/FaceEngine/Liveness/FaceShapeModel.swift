import CDlibFace
import Foundation

/// dlib's 68-point shape predictor (`shape_predictor_68_face_landmarks.dat`, about 95 MB), for liveness.
///
/// ``load(directory:)`` verifies the file's size and SHA-256 (against `SHA256SUMS`) and builds the predictor
/// once per process, with its leaves as int16 codes in one array (about 33 MB resident instead of dlib's 72 MB;
/// landmarks within dlib's own one-pixel jitter of dlib's). Placing landmarks only reads the model (the
/// evaluation is const and keeps no state), so every recognition thread shares the one instance. For example:
///
/// ```swift
/// let shapes = try FaceShapeModel.load(directory: "models")
/// let shape = try frame.withView { try shapes.shape(in: $0, box: face.box) }
/// print(EyeAspectRatio.of(shape))
/// ```
public final class FaceShapeModel: @unchecked Sendable {
    // @unchecked: `predictor` points to a predictor that is never modified after load; fe_shape68_find and
    // fe_shape_reference_find only read it (const calls that allocate their own scratch). Every other stored
    // property is immutable.
    private let predictor: Predictor

    /// The compact predictor the kiosk uses, or dlib's own (the tests' reference).
    private enum Predictor {
        case compact(OpaquePointer)
        case dlibReference(OpaquePointer)
    }

    /// The model file's name inside the models folder.
    public static let fileName = "shape_predictor_68_face_landmarks.dat"
    /// The file's size in face_recognition_models 0.3.0.
    public static let releaseSize = 99_693_937
    /// The folder the model was read from.
    public let directory: String
    /// Seconds the verification and load took.
    public let loadSeconds: Double

    private static let shared = LoadOnce<FaceShapeModel>()

    private init(predictor: Predictor, directory: String, loadSeconds: Double) {
        self.predictor = predictor
        self.directory = directory
        self.loadSeconds = loadSeconds
    }

    deinit {
        switch predictor {
        case .compact(let handle): fe_shape68_free(handle)
        case .dlibReference(let handle): fe_shape_reference_free(handle)
        }
    }

    /// The process's 68-point predictor, verified and loaded from `directory` on the first call; later calls
    /// return it whatever `directory` they name.
    ///
    /// - Throws: ``FaceEngineError`` naming the file and the fix (run scripts/bootstrap):
    ///   `.checksumsMissing`, `.checksumEntryMissing`, `.modelFileMissing`, `.modelFileTruncated`,
    ///   `.modelFileWrongSize`, `.modelChecksumMismatch` or `.modelLoadFailed`.
    public static func load(directory: String) throws(FaceEngineError) -> FaceShapeModel {
        try shared.value { () throws(FaceEngineError) -> FaceShapeModel in
            let watch = Stopwatch()
            let (path, data, _) = try verified(directory: directory)
            var handle: OpaquePointer?
            try callDlib(.modelLoadFailed, path: path) { error, capacity in
                data.withUnsafeBytes { bytes in
                    fe_shape68_load(bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count, &handle, error, capacity)
                }
            }
            return FaceShapeModel(predictor: .compact(handle!), directory: directory, loadSeconds: watch.seconds)
        }
    }

    /// dlib's own 68-point predictor, loaded as dlib loads it (about 72 MB resident), outside the process's
    /// shared instance: the reference the tests hold the compact predictor to. Never for the door.
    ///
    /// - Throws: ``FaceEngineError`` as ``load(directory:)``.
    static func loadDlibReference(directory: String) throws(FaceEngineError) -> FaceShapeModel {
        let watch = Stopwatch()
        let (path, data, _) = try verified(directory: directory)
        var handle: OpaquePointer?
        try callDlib(.modelLoadFailed, path: path) { error, capacity in
            data.withUnsafeBytes { bytes in
                fe_shape_reference_load(bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count, &handle, error, capacity)
            }
        }
        return FaceShapeModel(predictor: .dlibReference(handle!), directory: directory, loadSeconds: watch.seconds)
    }

    /// Checks the model file's size and SHA-256 without loading it (for diagnostics).
    ///
    /// - Returns: its size in bytes and its SHA-256.
    /// - Throws: ``FaceEngineError`` as ``load(directory:)``, but never `.modelLoadFailed`.
    public static func verify(directory: String) throws(FaceEngineError) -> (size: Int, sha256: String) {
        let (_, data, digest) = try verified(directory: directory)
        return (data.count, digest)
    }

    /// Reads the file and checks it against `SHA256SUMS`: its path, bytes and digest.
    private static func verified(directory: String) throws(FaceEngineError) -> (String, Data, String) {
        let file = try VerifiedModelFile.read(fileName: fileName, releaseSize: releaseSize, directory: directory,
                                              checksums: try ModelChecksums(directory: directory))
        return (file.path, file.data, file.sha256)
    }

    /// The 68 landmarks of the face in `box`.
    ///
    /// - Throws: ``FaceEngineError`` `.dlibFailure` if dlib fails.
    public func shape(in image: RGBImageView, box: FaceBox) throws(FaceEngineError) -> FaceShape {
        var xy = [Double](repeating: 0, count: 2 * FaceShape.count)
        let source = image.cImage
        let predictor = self.predictor
        try xy.withUnsafeMutableBufferPointer { buffer throws(FaceEngineError) in
            switch predictor {
            case .compact(let handle):
                try callDlib { fe_shape68_find(handle, source, box.cBox, buffer.baseAddress, $0, $1) }
            case .dlibReference(let handle):
                try callDlib { fe_shape_reference_find(handle, source, box.cBox, buffer.baseAddress, $0, $1) }
            }
        }
        return FaceShape(points: (0..<FaceShape.count).map { SIMD2(xy[2 * $0], xy[2 * $0 + 1]) })
    }
}
