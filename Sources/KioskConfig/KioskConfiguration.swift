public import Attendance
public import Vocabulary

/// The kiosk's configuration: `kiosk.conf` (TOML) over these defaults, then `KIOSK_<SECTION>_<KEY>`
/// environment overrides.
///
/// The defaults are the demo kiosk `make run` starts: local SQLite under `var/`, the replay camera when no
/// webcam is present, demo employees, no server. Every key is documented in the committed `kiosk.conf`; a
/// test keeps that file and these defaults equal.
public struct KioskConfiguration: Codable, Hashable, Sendable {
    public var kiosk = Kiosk()
    public var camera = Camera()
    public var recognition = Recognition()
    public var database = Database()
    public var server = Server()
    public var security = Security()
    public var checkin = CheckIn()
    public var liveness = Liveness()

    /// The built-in defaults.
    public init() {}

    /// `[kiosk]`: who this door is and how it talks.
    public struct Kiosk: Codable, Hashable, Sendable {
        /// Shown in the header and sent in heartbeats.
        public var name = "Puerta principal"
        /// The site (sede) whose employees this kiosk serves.
        public var site = "Sede central"
        /// `es` or `en`: every text on screen.
        public var language = "es"
        /// `language` as a value (validation has checked it names one).
        public var displayLanguage: Language { Language(rawValue: language) ?? .es }
        /// IANA time zone in which days, shifts and clocks are reckoned.
        public var timeZone = "Europe/Madrid"
        /// Seed the demo employees and enrol their faces from the bootstrap photos.
        public var demo = true
        /// Folder of the bootstrap photos the demo employees' faces are enrolled from.
        public var demoPhotos = "assets/photos"
        /// Ring the terminal bell on a punch.
        public var beep = true
        /// Where the log goes while the terminal UI owns the screen.
        public var logFile = "var/log/kiosk.log"
        /// The status file `kiosk run` keeps fresh and `kiosk diagnose --health` reads (never the database).
        public var statusFile = "var/kiosk.status"
        public init() {}

        enum CodingKeys: String, CodingKey {
            case name
            case site
            case language
            case timeZone = "time_zone"
            case demo
            case demoPhotos = "demo_photos"
            case beep
            case logFile = "log_file"
            case statusFile = "status_file"
        }
    }

    /// `[camera]`: where frames come from.
    public struct Camera: Codable, Hashable, Sendable {
        /// `auto` (the first V4L2 webcam, else `fallback_replay`), a device such as `/dev/video0`, or
        /// `replay:PATH` (an image folder, `.mjpeg` or `.y4m` file).
        public var device = "auto"
        /// Replay source used by `auto` when the box has no webcam.
        public var fallbackReplay = "assets/demo-replay.mjpeg"
        /// Requested frame width in pixels; the closest size the camera offers is used.
        public var width = 640
        /// Requested frame height in pixels.
        public var height = 480
        /// Requested frames per second.
        public var fps = 15
        public init() {}

        enum CodingKeys: String, CodingKey {
            case device
            case fallbackReplay = "fallback_replay"
            case width
            case height
            case fps
        }
    }

    /// `[recognition]`: how faces are found and matched.
    public struct Recognition: Codable, Hashable, Sendable {
        /// Folder holding the dlib model files and their `SHA256SUMS`.
        public var modelsDir = "models"
        /// Largest accepted face-descriptor distance (chosen on the dev set: README, "Recognition accuracy").
        public var threshold = 0.55
        /// The runner-up employee must be at least this much farther than the best.
        public var margin = 0.05
        /// Faces smaller than this (pixels, box side) are ignored: passers-by are never punched.
        public var minFacePx = 100
        /// HOG detector upsampling (0 = none); costs about 4x time per step.
        public var upsample = 0
        /// Frames that must agree before a punch …
        public var confirmFrames = 2
        /// … out of this many consecutive recognised frames.
        public var confirmWindow = 3
        /// Recognition threads, each with its own copy of the networks.
        public var workers = 1
        /// A repeat within this many seconds is not a new punch.
        public var debounceSeconds = 60
        /// An exit sooner than this many minutes after the entry asks to confirm.
        public var minWorkMinutes = 5
        public init() {}

        enum CodingKeys: String, CodingKey {
            case modelsDir = "models_dir"
            case threshold
            case margin
            case minFacePx = "min_face_px"
            case upsample
            case confirmFrames = "confirm_frames"
            case confirmWindow = "confirm_window"
            case workers
            case debounceSeconds = "debounce_seconds"
            case minWorkMinutes = "min_work_minutes"
        }
    }

    /// `[database]`: the local store.
    public struct Database: Codable, Hashable, Sendable {
        /// SQLite file; its encryption key file (`<path>.key`, mode 0600) is created beside it.
        public var path = "var/kiosk.sqlite"
        public init() {}
    }

    /// `[server]`: the central server, if any.
    public struct Server: Codable, Hashable, Sendable {
        /// Base URL such as `https://asistencia.example.org`; empty = standalone kiosk.
        public var url = ""
        /// File holding this kiosk's bearer token (written by `kiosk register`).
        public var tokenFile = "var/kiosk.token"
        /// Seconds between sync rounds when all is well.
        public var syncIntervalSeconds = 30
        public init() {}

        enum CodingKeys: String, CodingKey {
            case url
            case tokenFile = "token_file"
            case syncIntervalSeconds = "sync_interval_seconds"
        }
    }

    /// `[security]`: PIN lockout, per person.
    public struct Security: Codable, Hashable, Sendable {
        /// Wrong PINs in a row that lock that person out.
        public var pinLockoutTries = 5
        /// How long the lockout lasts.
        public var pinLockoutMinutes = 5
        public init() {}

        enum CodingKeys: String, CodingKey {
            case pinLockoutTries = "pin_lockout_tries"
            case pinLockoutMinutes = "pin_lockout_minutes"
        }
    }

    /// `[checkin]`: how the check-in screen talks to the person at the door.
    public struct CheckIn: Codable, Hashable, Sendable {
        /// Seconds a question on the check-in screen (an exit soon after the entry) waits for the person it
        /// was asked of before it expires and nothing is recorded.
        public var confirmSeconds = 10
        /// The ways to check in, comma-separated: `face`, `badge` (a keyboard-wedge reader), `pin` (F4).
        public var methods = "face,badge,pin"
        /// Two-factor badge + face: after a badge, the face must match that person's templates (1:1).
        public var badgeFace = false
        /// `methods` as punch methods (validation has checked each word).
        public var allowedMethods: Set<PunchMethod> {
            Set(methods.split(separator: ",").compactMap { PunchMethod(rawValue: $0.trimmingCharacters(in: .whitespaces)) })
        }
        public init() {}

        enum CodingKeys: String, CodingKey {
            case confirmSeconds = "confirm_seconds"
            case methods
            case badgeFace = "badge_face"
        }
    }
}
