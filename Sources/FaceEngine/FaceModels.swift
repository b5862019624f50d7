import CDlibFace
import Dispatch
import Foundation
import Synchronization

/// The dlib networks and HOG detector, loaded once per process and shared by every recognition worker.
///
/// ``load(directory:)`` verifies each model file's size and SHA-256 (against `SHA256SUMS`) and then builds
/// the networks from the bytes it verified; concurrent callers share that one load, and later calls return
/// the same instance without touching the disk. Each worker gets its own copy of the networks through
/// ``makeRecognizer()``.
///
/// For example:
///
/// ```swift
/// let models = try FaceModels.load(directory: configuration.recognition.modelsDir)
/// print(models.report.totalSeconds)
/// let recognizer = try models.makeRecognizer()   // on the worker's thread
/// ```
public final class FaceModels: @unchecked Sendable {
    // @unchecked: `handle` points to C++ objects that are never modified after load except by
    // releaseDlibDescriptor; both it and copying in fe_engine_create take the same C++ mutex. Every other
    // stored property is immutable.
    private let handle: OpaquePointer

    /// The folder the models were read from.
    public let directory: String
    /// What the load did and how long it took.
    public let report: ModelLoadReport
    /// The descriptor backend chosen after the load (oneDNN when it is built in and matches dlib).
    public let descriptorBackend: DescriptorBackendChoice

    private static let shared = LoadOnce<FaceModels>()

    private init(handle: OpaquePointer, directory: String, report: ModelLoadReport, descriptorBackend: DescriptorBackendChoice) {
        self.handle = handle
        self.directory = directory
        self.report = report
        self.descriptorBackend = descriptorBackend
    }

    deinit { fe_models_free(handle) }

    /// The process's models, loading them from `directory` on the first call.
    ///
    /// Later calls return the loaded models whatever `directory` they name (check ``directory``): a second
    /// load never happens. A failed load loads nothing, so a call after fixing the files tries again.
    ///
    /// - Throws: ``FaceEngineError`` naming the bad file and the fix (run scripts/bootstrap):
    ///   `.checksumsMissing`, `.checksumEntryMissing`, `.modelFileMissing`, `.modelFileTruncated`,
    ///   `.modelFileWrongSize`, `.modelChecksumMismatch`, or `.modelLoadFailed`.
    public static func load(directory: String) throws(FaceEngineError) -> FaceModels {
        try shared.value { () throws(FaceEngineError) -> FaceModels in try FaceModels(loadingFrom: directory) }
    }

    /// The models if ``load(directory:)`` has succeeded in this process.
    public static var loaded: FaceModels? { shared.loaded }

    /// How many times this process has loaded models from disk (the load-once tests expect 1).
    static var loadCount: Int { shared.loadCount }

    /// Verifies and loads the files; only ``load(directory:)`` calls it, under the load-once lock.
    private convenience init(loadingFrom directory: String) throws(FaceEngineError) {
        let watch = Stopwatch()
        // One BLAS thread per worker: the workers are the parallelism, and OpenBLAS's own threads would
        // fight them for the two cores.
        let singleThreaded = fe_set_blas_threads(1) == 1
        let checksums = try ModelChecksums(directory: directory)
        let (files, detector, detectorSeconds) = try FaceModels.verifyWhileBuildingDetector(directory: directory, checksums: checksums)
        let verifySeconds = watch.seconds
        guard let network = files.first(where: { $0.model == .descriptorNetwork }),
              let predictor = files.first(where: { $0.model == .shapePredictor })
        else { preconditionFailure("verification returns every ModelFile") }
        var handle: OpaquePointer?
        var timing = fe_load_timing()
        try callDlib(.modelLoadFailed, path: directory) { error, capacity in
            network.bytes.withUnsafeBytes { networkBytes in
                predictor.bytes.withUnsafeBytes { predictorBytes in
                    fe_models_load(networkBytes.baseAddress?.assumingMemoryBound(to: UInt8.self), networkBytes.count,
                                   predictorBytes.baseAddress?.assumingMemoryBound(to: UInt8.self), predictorBytes.count,
                                   detector, &handle, &timing, error, capacity)
                }
            }
        }
        let report = ModelLoadReport(
            files: files.map { .init(name: $0.model.fileName, size: $0.size, sha256: $0.sha256) },
            verifySeconds: verifySeconds,
            descriptorNetworkSeconds: timing.descriptor_network,
            shapePredictorSeconds: timing.shape_predictor,
            detectorSeconds: detectorSeconds,
            totalSeconds: watch.seconds,
            openBLASSingleThreaded: singleThreaded)
        // Chosen once here, before any recognizer exists: the check runs dlib's forward on the shared network.
        var choice = fe_backend_choice()
        let allowOneDNN = DescriptorBackendChoice.allowOneDNN(environment: ProcessInfo.processInfo.environment)
        fe_models_choose_descriptor_backend(handle, allowOneDNN ? 1 : 0, &choice)
        let note = withUnsafeBytes(of: choice.note) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        let backend = DescriptorBackendChoice(
            backend: DescriptorBackend(choice.backend), checkDistance: choice.check_distance >= 0 ? choice.check_distance : nil,
            seconds: choice.seconds, note: note)
        self.init(handle: handle!, directory: directory, report: report, descriptorBackend: backend)
    }

    /// Reads and verifies every ``ModelFile`` (one thread each; hashing is the slow part) while a third
    /// thread builds the HOG detector, which needs no file.
    ///
    /// - Returns: the verified files in ``ModelFile`` order, the detector, and its build time in seconds.
    /// - Throws: the first file's ``FaceEngineError`` in ``ModelFile`` order.
    private static func verifyWhileBuildingDetector(
        directory: String, checksums: ModelChecksums
    ) throws(FaceEngineError) -> ([VerifiedModelFile], OpaquePointer, Double) {
        let models = ModelFile.allCases
        let results = Mutex<[Int: Result<VerifiedModelFile, FaceEngineError>]>([:])
        // The detector travels as an address: OpaquePointer is not Sendable.
        let built = Mutex<Result<(address: Int, seconds: Double), FaceEngineError>?>(nil)
        DispatchQueue.concurrentPerform(iterations: models.count + 1) { index in
            if index == models.count {
                var detector: OpaquePointer?
                var seconds = 0.0
                let result = Result { () throws(FaceEngineError) -> (address: Int, seconds: Double) in
                    try callDlib(.modelLoadFailed, path: directory) { fe_detector_build(&detector, &seconds, $0, $1) }
                    return (Int(bitPattern: detector), seconds)
                }
                built.withLock { $0 = result }
            } else {
                let result = Result { () throws(FaceEngineError) -> VerifiedModelFile in
                    try VerifiedModelFile(models[index], directory: directory, checksums: checksums)
                }
                results.withLock { $0[index] = result }
            }
        }
        let detector = built.withLock { $0 }!
        let collected = results.withLock { $0 }
        do throws(FaceEngineError) {
            let files = try models.indices.map { index throws(FaceEngineError) in try collected[index]!.get() }
            let (address, seconds) = try detector.get()
            return (files, OpaquePointer(bitPattern: address)!, seconds)
        } catch {
            if case .success(let made) = detector { fe_detector_free(OpaquePointer(bitPattern: made.address)) }
            throw error
        }
    }

    /// Frees dlib's copy of the descriptor weights (about 22 MB) when oneDNN was chosen, which keeps its
    /// own: a long-running kiosk never needs them. Afterwards `makeRecognizer(backend: .dlib)` throws.
    ///
    /// - Returns: whether anything was released (false when dlib is the backend).
    @discardableResult
    public func releaseDlibDescriptor() -> Bool {
        fe_models_release_dlib_descriptor(handle) == 1
    }

    /// A recognizer with its own copies of the networks and detector (no file is read). Make one per
    /// recognition thread, on that thread. It computes descriptors with ``descriptorBackend``, or with
    /// `backend` when given (the equality test and the benchmark compare both).
    ///
    /// - Throws: ``FaceEngineError`` `.dlibFailure` if the copy fails (out of memory), or if `backend` is
    ///   `.oneDNN` and the models did not choose it.
    public func makeRecognizer(backend: DescriptorBackend? = nil) throws(FaceEngineError) -> FaceRecognizer {
        var engine: OpaquePointer?
        let chosen = backend ?? descriptorBackend.backend
        try callDlib { fe_engine_create_with_backend(handle, chosen.cValue, &engine, $0, $1) }
        return FaceRecognizer(models: self, engine: engine!)
    }
}
