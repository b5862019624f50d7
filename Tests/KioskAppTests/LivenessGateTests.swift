import FaceEngine
import KioskConfig
import Testing

@testable import KioskApp

/// The liveness decision joined to the 2-of-3 identity confirmation.
@Suite struct LivenessGateTests {
    static let confirmed = ConfirmationWindow.Outcome.employee(code: "E001", distance: 0.31)

    static func evidence(blinkAt: Double?) -> LivenessEvidence {
        var evidence = LivenessEvidence()
        evidence.frames = 10
        evidence.blinkAt = blinkAt
        return evidence
    }

    /// The default is on with a 3 s window; `mode = "off"` gives the gate no settings (and loads no 68-point model).
    @Test func configurationTurnsItOnAndOff() {
        var configuration = KioskConfiguration()
        #expect(configuration.liveness.settings?.windowSeconds == 3)
        configuration.liveness.mode = "off"
        #expect(configuration.liveness.settings == nil)
    }

    /// `mode = off`: the confirmed employee is punched at once, whatever the evidence, as before liveness.
    @Test func offPunchesOnIdentityAlone() {
        var gate = LivenessGate(settings: nil)
        #expect(gate.step(confirmed: nil, faceLeft: false, time: 0, evidence: nil) == .none)
        #expect(gate.step(confirmed: Self.confirmed, faceLeft: false, time: 0.1, evidence: nil)
                == .punch(code: "E001", distance: 0.31, evidence: nil))
        #expect(!gate.isDeciding)
        #expect(gate.step(confirmed: nil, faceLeft: false, time: 5, evidence: nil) == .none)
    }

    /// Evidence already in at the confirmation (a blink while the identity was being confirmed): punched at once.
    @Test func evidenceBeforeConfirmationPunchesAtOnce() {
        var gate = LivenessGate(settings: LivenessSettings())
        let live = Self.evidence(blinkAt: 0.4)
        _ = gate.step(confirmed: nil, faceLeft: false, time: 0.4, evidence: live)
        #expect(gate.step(confirmed: Self.confirmed, faceLeft: false, time: 0.5, evidence: nil)
                == .punch(code: "E001", distance: 0.31, evidence: live))
    }

    /// No evidence at the confirmation: the person is asked to blink, then punched when the blink comes.
    @Test func guidanceThenPunchOnBlink() {
        var gate = LivenessGate(settings: LivenessSettings(windowSeconds: 3))
        #expect(gate.step(confirmed: Self.confirmed, faceLeft: false, time: 1, evidence: Self.evidence(blinkAt: nil)) == .guide(code: "E001"))
        #expect(gate.step(confirmed: nil, faceLeft: false, time: 2.5, evidence: Self.evidence(blinkAt: nil)) == .none)
        let live = Self.evidence(blinkAt: 2.7)
        #expect(gate.step(confirmed: nil, faceLeft: false, time: 2.8, evidence: live) == .punch(code: "E001", distance: 0.31, evidence: live))
    }

    /// No evidence within the window: refused, no punch, and nothing more for that face.
    @Test func refusedWhenTheWindowCloses() {
        var gate = LivenessGate(settings: LivenessSettings(windowSeconds: 3))
        let none = Self.evidence(blinkAt: nil)
        #expect(gate.step(confirmed: Self.confirmed, faceLeft: false, time: 1, evidence: none) == .guide(code: "E001"))
        #expect(gate.step(confirmed: nil, faceLeft: false, time: 3.9, evidence: none) == .none)
        #expect(gate.step(confirmed: nil, faceLeft: false, time: 4.0, evidence: none) == .refuse(code: "E001", evidence: none))
        #expect(gate.step(confirmed: nil, faceLeft: false, time: 4.5, evidence: Self.evidence(blinkAt: 4.4)) == .none)
    }

    /// The face leaving ends the wait: a later blink punches nobody.
    @Test func faceLeavingEndsTheWait() {
        var gate = LivenessGate(settings: LivenessSettings())
        _ = gate.step(confirmed: Self.confirmed, faceLeft: false, time: 1, evidence: nil)
        #expect(gate.step(confirmed: nil, faceLeft: true, time: 1.5, evidence: nil) == .none)
        #expect(!gate.isDeciding)
        #expect(gate.step(confirmed: nil, faceLeft: false, time: 2, evidence: Self.evidence(blinkAt: 1.9)) == .none)
    }
}
