import FaceEngine
import Vocabulary

extension Diagnostics {
    /// Each model file the engine loads: present, the right size, and the right SHA-256.
    func modelsCheck() -> DiagnosticCheck {
        let title = Bilingual(es: "Modelos", en: "Models")
        let directory = configuration.recognition.modelsDir
        let fix = Bilingual(es: "ejecute scripts/bootstrap (descarga y comprueba los modelos)",
                            en: "run scripts/bootstrap (downloads and checks the models)")
        do {
            let checksums = try ModelChecksums(directory: directory)
            var lines: [String] = []
            for model in ModelFile.allCases {
                let file = try VerifiedModelFile(model, directory: directory, checksums: checksums)
                lines.append("\(model.fileName) \(file.size / 1_000_000) MB sha256 \(file.sha256.prefix(12))…")
            }
            // The 68-point model matters only with liveness on (it is not loaded otherwise).
            if configuration.liveness.isOn {
                let file = try FaceShapeModel.verify(directory: directory)
                lines.append("\(FaceShapeModel.fileName) \(file.size / 1_000_000) MB sha256 \(file.sha256.prefix(12))…")
            }
            let detail = lines.joined(separator: "; ")
            return DiagnosticCheck(id: "models", title: title, verdict: .ok,
                                   detail: Bilingual(es: "\(directory): \(detail)", en: "\(directory): \(detail)"))
        } catch {
            return DiagnosticCheck(id: "models", title: title, verdict: .failed,
                                   detail: error.bilingualMessage, fix: error.bilingualFix ?? fix)
        }
    }

    /// Resident memory now and at its peak.
    func memoryCheck() -> DiagnosticCheck {
        let title = Bilingual(es: "Memoria", en: "Memory")
        guard let usage = MemoryUsage.current() else {
            return DiagnosticCheck(id: "memory", title: title, verdict: .warning,
                                   detail: Bilingual(es: "no se puede leer /proc/self/status", en: "cannot read /proc/self/status"))
        }
        let rss = usage.residentBytes / 1_048_576, peak = usage.peakResidentBytes / 1_048_576
        return DiagnosticCheck(id: "memory", title: title, verdict: .ok,
                               detail: Bilingual(es: "RSS \(rss) MB, pico \(peak) MB", en: "RSS \(rss) MB, peak \(peak) MB"))
    }
}
