// swift-tools-version:6.0
// Asistencia: a face-recognition attendance kiosk. Targets follow ../shared/DESIGN.md's component table;
// dependencies point down that table.
import Foundation
import PackageDescription

/// Upcoming features the style guide asks for, on every Swift target (Swift 6 mode is the package default).
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("ExistentialAny"),
]

/// AVX2/FMA for dlib's C++ is opt-in (`FACE_AVX2=1 swift build`): the default binary runs on any x86-64.
let faceAVX2 = Context.environment["FACE_AVX2"] == "1"

/// oneDNN (Debian's libdnnl-dev, which scripts/bootstrap installs) runs the face descriptor network; without
/// its headers CDlibFace builds with dlib's own forward only. `FACE_DNNL=0 swift build` forces that fallback.
let faceDNNL = Context.environment["FACE_DNNL"] != "0"
    && FileManager.default.fileExists(atPath: "/usr/include/oneapi/dnnl/dnnl.hpp")

let package = Package(
    name: "Asistencia",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "kiosk", targets: ["kiosk"]),
        .library(name: "FakeV4L2Plugin", type: .dynamic, targets: ["FakeV4L2Plugin"]),
        .executable(name: "fakecam-capture", targets: ["fakecam-capture"]),
        .executable(name: "asistencia-server", targets: ["asistencia-server"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.0"..<"5.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.21.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.20.0"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.8.0"),
        .package(url: "https://github.com/hummingbird-project/swift-openapi-hummingbird", from: "2.1.0"),
        .package(url: "https://github.com/swift-server/swift-openapi-async-http-client", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
    ],
    targets: [
        // MARK: - Vocabulary (shared value types: language, localized messages, the RGB8 pixel buffer)
        .target(name: "Vocabulary", swiftSettings: swiftSettings),
        .testTarget(name: "VocabularyTests", dependencies: ["Vocabulary"], swiftSettings: swiftSettings),

        // MARK: - TestEnvironment (tests only: the CI skip policy and printed random seeds)
        .target(name: "TestEnvironment", path: "Tests/TestEnvironment", swiftSettings: swiftSettings),

        // MARK: - Attendance (pure domain, no I/O)
        .target(name: "Attendance", dependencies: ["Vocabulary"], swiftSettings: swiftSettings),
        .testTarget(name: "AttendanceTests", dependencies: ["Attendance", "Vocabulary"], swiftSettings: swiftSettings),

        // MARK: - BlockingWork (the one helper that takes blocking work off Swift's cooperative pool)
        .target(name: "BlockingWork", swiftSettings: swiftSettings),

        // MARK: - KioskStore (SQLite through GRDB)
        .target(
            name: "KioskStore",
            dependencies: [
                "Attendance",
                "BlockingWork",
                "Vocabulary",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        // Test support for KioskStoreTests' crash-safety test: punches in a loop, reports each commit on stdout.
        .executableTarget(name: "punch-writer", dependencies: ["KioskStore", "Attendance"], swiftSettings: swiftSettings),
        .testTarget(name: "KioskStoreTests", dependencies: ["KioskStore", "Vocabulary", "punch-writer", "TestEnvironment"], swiftSettings: swiftSettings),

        // MARK: - Face engine (dlib through a C API)
        .target(
            name: "CDlibFace",
            cxxSettings: [
                // dlib at -O0 is ~60x slower: optimise this target even in debug builds.
                .unsafeFlags(["-O3", "-DNDEBUG", "-DDLIB_NO_GUI_SUPPORT"] + (faceAVX2 ? ["-mavx2", "-mfma"] : [])),
            ] + (faceDNNL ? [.define("FE_HAVE_DNNL")] : []),
            linkerSettings: [
                .linkedLibrary("dlib"), .linkedLibrary("blas"), .linkedLibrary("lapack"), .linkedLibrary("m"),
            ] + (faceDNNL ? [.linkedLibrary("dnnl")] : [])
        ),
        .target(
            name: "FaceEngine",
            dependencies: ["CDlibFace", "Vocabulary", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "FaceEngineTests", dependencies: ["FaceEngine", "Vocabulary", "KioskBenchmarks", "TestEnvironment"], exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),

        // MARK: - Camera (V4L2 and replay sources)
        .systemLibrary(name: "CV4L2", pkgConfig: "libv4l2", providers: [.apt(["libv4l-dev"])]),
        .target(name: "CImageCodec", linkerSettings: [.linkedLibrary("jpeg"), .linkedLibrary("png")]),
        .target(name: "Camera", dependencies: ["CV4L2", "CImageCodec", "Vocabulary"], swiftSettings: swiftSettings),
        // A libv4l2 plugin that turns a `*.fakecam` file into a capture device, for CameraTests only.
        .target(name: "FakeV4L2Plugin"),
        .executableTarget(name: "fakecam-capture", dependencies: ["Camera", "Vocabulary"], swiftSettings: swiftSettings),
        .testTarget(
            name: "CameraTests", dependencies: ["Camera", "Vocabulary", "fakecam-capture", "TestEnvironment"], swiftSettings: swiftSettings
        ),

        // MARK: - TerminalUI (ncursesw wrapper and widgets)
        .systemLibrary(name: "CNcurses", providers: [.apt(["libncursesw5-dev"])]),
        .target(name: "TerminalUI", dependencies: ["CNcurses", "Vocabulary"], swiftSettings: swiftSettings),
        .executableTarget(name: "tui-demo", dependencies: ["TerminalUI", "Vocabulary"], swiftSettings: swiftSettings),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "Vocabulary", "TestEnvironment"], swiftSettings: swiftSettings),

        // MARK: - KioskConfig (kiosk.conf loader)
        .target(
            name: "KioskConfig",
            dependencies: ["Attendance", "Vocabulary", .product(name: "TOMLKit", package: "TOMLKit")],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "KioskConfigTests", dependencies: ["KioskConfig", "Vocabulary"], swiftSettings: swiftSettings),

        // MARK: - KioskApp (start-up, recognition loop, screens, diagnostics)
        .target(
            name: "KioskApp",
            dependencies: [
                "Attendance",
                "BlockingWork",
                "Camera",
                "FaceEngine",
                "KioskConfig",
                "KioskStore",
                "KioskSync",
                "TerminalUI",
                "Vocabulary",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "KioskAppTests",
            dependencies: [
                "KioskApp", "BlockingWork", "Camera", "FaceEngine", "KioskConfig", "KioskStore", "KioskSync", "TerminalUI", "Vocabulary",
                "TestEnvironment",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: - KioskBenchmarks (`kiosk bench`'s face and store tables and soak, outside the shipping libraries)
        .target(
            name: "KioskBenchmarks",
            dependencies: [
                "Attendance", "Camera", "FaceEngine", "KioskApp", "KioskConfig", "KioskStore", "Vocabulary",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: - kiosk executable
        .executableTarget(
            name: "kiosk",
            dependencies: [
                "Attendance",
                "BlockingWork",
                "Camera",
                "FaceEngine",
                "KioskApp",
                "KioskBenchmarks",
                "KioskConfig",
                "KioskStore",
                "KioskSync",
                "Vocabulary",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings,
            // Release builds lay out the functions a running door executes next to each other, so its code pages
            // stay few (scripts/build-release-kiosk puts every function in its own section; gold's option).
            linkerSettings: [
                .unsafeFlags(
                    ["-Xlinker", "--section-ordering-file=\(Context.packageDirectory)/scripts/hot-code.order"],
                    .when(configuration: .release)
                ),
            ]
        ),

        // MARK: - SyncProtocol, AttendanceServer, asistencia-server, KioskSync (central server and sync client)
        .target(name: "SyncProtocol", swiftSettings: swiftSettings),
        // The API contract: openapi.yaml and the code generated from it (scripts/generate-api), shared by the
        // server and the kiosk's client.
        .target(
            name: "APIContract",
            dependencies: ["Attendance", "SyncProtocol", .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")],
            exclude: ["openapi.yaml", "openapi-generator-config.yaml"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "APIContractTests",
            dependencies: ["APIContract", "SyncProtocol", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "SyncProtocolTests", dependencies: ["SyncProtocol"], swiftSettings: swiftSettings),
        .target(
            name: "AttendanceServer",
            dependencies: [
                "Attendance",
                "APIContract",
                "SyncProtocol",
                "Vocabulary",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ],
            swiftSettings: swiftSettings
        ),
        // `asistencia-server bench` and `bench-fleet`: the HTTP client they load a server with stays out of the server
        // library.
        .target(
            name: "ServerBenchmarks",
            dependencies: [
                "APIContract",
                "SyncProtocol",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIAsyncHTTPClient", package: "swift-openapi-async-http-client"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "asistencia-server", dependencies: ["AttendanceServer", "ServerBenchmarks", "Vocabulary"], swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "AttendanceServerTests",
            dependencies: [
                "AttendanceServer",
                "SyncProtocol",
                "Vocabulary",
                "asistencia-server",
                "TestEnvironment",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "KioskSync",
            dependencies: [
                "Attendance",
                "KioskStore",
                "APIContract",
                "SyncProtocol",
                "Vocabulary",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIAsyncHTTPClient", package: "swift-openapi-async-http-client"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "KioskSyncTests",
            dependencies: [
                "KioskSync",
                "Vocabulary",
                // Run as processes by the fleet test.
                "asistencia-server",
                "kiosk",
                "TestEnvironment",
                "APIContract",
                .product(name: "OpenAPIAsyncHTTPClient", package: "swift-openapi-async-http-client"),
                "AttendanceServer",
                "SyncProtocol",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: swiftSettings
        ),
    ],
    cxxLanguageStandard: .cxx17
)
