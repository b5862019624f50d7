import CDlibFace
import Foundation

/// dlib's CNN face detector (MMOD, `mmod_human_face_detector.dat`): finds turned, small and dim faces that
/// HOG misses, at seconds per megapixel on a CPU. The photo pipeline's fallback, never the door's per-frame
/// path.
///
/// ``load(directory:)`` verifies the file's size and SHA-256 (against `SHA256SUMS`) and builds the network
/// once per process; each thread gets its own copy with ``makeDetector()``. For example:
///
/// ```swift
/// let cnn = try CNNFaceModel.load(directory: "models").makeDetector()
/// let faces = try photo.withView { try cnn.detectFaces(in: $0, scale: 1) }
/// ```
public final class CNNFaceModel: @unchecked Sendable {
    // @unchecked: `handle` points to a network never modified after load; the only operation on it, copying
    // in fe_cnn_detector_copy, takes a C++ mutex. Every other stored property is immutable.
    private let handle: OpaquePointer

    /// The model file's name inside the models folder.
    public static let fileName = "mmod_human_face_detector.dat"
    /// The file's size as dlib releases it.
    public static let releaseSize = 729_940
    /// The folder the model was read from.
    public let directory: String

    private static let shared = LoadOnce<CNNFaceModel>()

    private init(handle: OpaquePointer, directory: String) {
        self.handle = handle
        self.directory = directory
    }

    deinit { fe_cnn_detector_free(handle) }

    /// The process's CNN detector model, verified and loaded from `directory` on the first call; later
    /// calls return it whatever `directory` they name.
    ///
    /// - Throws: ``FaceEngineError`` naming the file and the fix (run scripts/bootstrap):
    ///   `.checksumsMissing`, `.checksumEntryMissing`, `.modelFileMissing`, `.modelFileWrongSize`,
    ///   `.modelChecksumMismatch` or `.modelLoadFailed`.
    public static func load(directory: String) throws(FaceEngineError) -> CNNFaceModel {
        try shared.value { () throws(FaceEngineError) -> CNNFaceModel in
            let (path, data, _) = try VerifiedModelFile.read(fileName: fileName, releaseSize: releaseSize, directory: directory,
                                                             checksums: try ModelChecksums(directory: directory))
            var handle: OpaquePointer?
            try callDlib(.modelLoadFailed, path: path) { error, capacity in
                data.withUnsafeBytes { bytes in
                    fe_cnn_detector_load(bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count, &handle, error, capacity)
                }
            }
            return CNNFaceModel(handle: handle!, directory: directory)
        }
    }

    /// A detector with its own copy of the network (no file is read). Make one per thread, on that thread.
    ///
    /// - Throws: ``FaceEngineError`` `.dlibFailure` if the copy fails (out of memory).
    public func makeDetector() throws(FaceEngineError) -> CNNFaceDetector {
        var copy: OpaquePointer?
        try callDlib { fe_cnn_detector_copy(handle, &copy, $0, $1) }
        return CNNFaceDetector(model: self, handle: copy!)
    }
}

/// One thread's copy of the CNN face detector; not `Sendable` (dlib's networks are not thread-safe).
public final class CNNFaceDetector {
    private let handle: OpaquePointer
    /// The model this detector copied; kept alive as long as the detector.
    public let model: CNNFaceModel

    init(model: CNNFaceModel, handle: OpaquePointer) {
        self.model = model
        self.handle = handle
    }

    deinit { fe_cnn_detector_free(handle) }

    /// Faces, largest first, found on `image` resized by `scale` (0 < scale <= 4; the network finds faces
    /// from about 40 pixels of the image it reads); boxes are in `image`'s pixels.
    ///
    /// - Throws: ``FaceEngineError`` `.dlibFailure` if dlib fails.
    public func detectFaces(in image: RGBImageView, scale: Double) throws(FaceEngineError) -> [FaceBox] {
        precondition(scale > 0 && scale <= 4, "scale \(scale) must be in (0, 4]")
        let source = image.cImage
        let handle = self.handle
        return try collectBoxes { boxes, capacity, count throws(FaceEngineError) in
            try callDlib { fe_cnn_detect(handle, source, scale, boxes, capacity, count, $0, $1) }
        }
    }
}
