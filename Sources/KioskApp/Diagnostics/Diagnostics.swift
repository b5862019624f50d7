public import KioskConfig

/// Runs the kiosk's checks: each names what it saw, its verdict, and the fix for a failure.
///
/// Used by `kiosk diagnose` and by the technician screen.
public struct Diagnostics: Sendable {
    public let configuration: KioskConfiguration
    /// Where the configuration came from, for the configuration check's detail.
    public let configurationSource: String

    public init(configuration: KioskConfiguration, configurationSource: String) {
        self.configuration = configuration
        self.configurationSource = configurationSource
    }

    /// Every check, in the order of the start-up phases.
    public func run() async -> DiagnosticReport {
        DiagnosticReport(checks: [
            configurationCheck(),
            diskCheck(),
            clockCheck(),
        ])
    }
}
