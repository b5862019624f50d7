import Vocabulary

extension Diagnostics {
    /// The configuration loaded (a bad one never gets this far: `kiosk run` waits on the start-up panel until it is
    /// fixed, the other commands report it and stop).
    func configurationCheck() -> DiagnosticCheck {
        let c = configuration
        let server = c.server.url.isEmpty ? Bilingual(es: "sin servidor", en: "standalone") : Bilingual(es: c.server.url, en: c.server.url)
        return DiagnosticCheck(
            id: "config",
            title: Bilingual(es: "Configuración", en: "Configuration"),
            verdict: .ok,
            detail: Bilingual(
                es: "\(configurationSource); \(c.kiosk.name) (\(c.kiosk.site)), \(c.kiosk.timeZone), \(server.es)\(c.kiosk.demo ? ", modo demo" : "")",
                en: "\(configurationSource); \(c.kiosk.name) (\(c.kiosk.site)), \(c.kiosk.timeZone), \(server.en)\(c.kiosk.demo ? ", demo mode" : "")"
            )
        )
    }
}
