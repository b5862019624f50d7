public import FaceEngine
public import Vocabulary

/// What the model-load phase produced.
public struct LoadedModels: Sendable {
    /// What recognition runs on.
    public var finding: any FaceFinding
    /// dlib's models, which enrolment (camera and demo faces) and the technician's recognition test also use;
    /// nil for a scripted engine.
    public var dlib: FaceModels?
    /// The model-load line of the start-up panel.
    public var detail: Bilingual

    public init(finding: any FaceFinding, dlib: FaceModels?, detail: Bilingual) {
        self.finding = finding
        self.dlib = dlib
        self.detail = detail
    }
}

/// Where the runtime meets the model loader: verifies and loads the models of a folder. Blocking: the runtime
/// calls it on a dedicated thread.
public protocol ModelLoading: Sendable {
    /// Loads the models of `directory` (once per process for dlib's: a second call returns the loaded ones).
    ///
    /// - Parameter releasesDlibDescriptor: whether dlib's copy of the descriptor network may be dropped
    ///   (oneDNN keeps its own folded weights); only on the first load.
    func load(directory: String, releasesDlibDescriptor: Bool) throws -> LoadedModels
}

/// The kiosk's loader: dlib's models through ``FaceModels``' load-once guard, size and SHA-256 checked.
public struct DlibModelLoader: ModelLoading {
    public init() {}

    public func load(directory: String, releasesDlibDescriptor: Bool) throws -> LoadedModels {
        let models = try FaceModels.load(directory: directory)
        if releasesDlibDescriptor { models.releaseDlibDescriptor() }
        let files = models.report.files.map { "\($0.name) \($0.size / 1_000_000) MB" }.joined(separator: ", ")
        let seconds = String(format: "%.2f", models.report.totalSeconds)
        let choice = models.descriptorBackend
        let backend = choice.backend == .oneDNN
            ? Bilingual(es: "descriptor: oneDNN", en: "descriptor: oneDNN")
            : Bilingual(es: "descriptor: dlib, oneDNN no disponible (\(choice.note))", en: "descriptor: dlib (\(choice.note))")
        let detail = Bilingual(es: "\(models.report.files.count) modelos, tamaño y SHA-256 ok, \(seconds) s, \(backend.es) (\(files))",
                               en: "\(models.report.files.count) models, size and SHA-256 ok, \(seconds) s, \(backend.en) (\(files))")
        return LoadedModels(finding: models, dlib: models, detail: detail)
    }
}
