import HummingbirdBcrypt

/// Console passwords as bcrypt hashes (hummingbird-auth's `Bcrypt`), derived on a ``KDFQueue``.
struct PasswordHasher: Sendable {
    /// bcrypt's log2 rounds: 12 takes ~0.25 s here, which is what makes a stolen hash slow to guess.
    let cost: UInt8
    private let queue = KDFQueue(label: "AttendanceServer.consolePasswords")

    /// A hash of a random text, checked for unknown codes so that a wrong code and a wrong password take the
    /// same time (the login page never tells which codes exist). Made once, on the queue, at first use.
    private static let decoy = Bcrypt.hash(TokenDigest.makeToken(), cost: 12)

    init(cost: UInt8 = 12) {
        precondition((4...31).contains(cost), "bcrypt cost must be 4...31")
        self.cost = cost
    }

    /// Bytes bcrypt reads (it ignores the rest), hence the longest password accepted.
    static let maximumBytes = 72
    /// The shortest password accepted.
    static let minimumCharacters = 10

    /// The hash of `password`.
    func hash(_ password: String) async throws -> String {
        let cost = self.cost
        return try await queue.run { Bcrypt.hash(password, cost: cost) }
    }

    /// True when `password` matches `hash`; with no hash, checks a decoy and answers false.
    func verify(_ password: String, hash: String?) async throws -> Bool {
        let matches = try await queue.run { Bcrypt.verify(password, hash: hash ?? Self.decoy) }
        return hash != nil && matches
    }

    /// Why `password` cannot be a console password, nil when it can.
    static func problem(with password: String) -> ConsoleText.Key? {
        if password.count < minimumCharacters { return .passwordTooShort }
        if password.utf8.count > maximumBytes { return .passwordTooLong }
        return nil
    }
}
