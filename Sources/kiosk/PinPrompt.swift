import ArgumentParser
import Attendance
import Foundation
import Vocabulary

/// Reads a PIN without echo from the terminal (twice, to catch typos), or one line from a pipe.
enum PinPrompt {
    static func read(language: Language) throws -> String {
        let es = language == .es
        guard isatty(STDIN_FILENO) == 1 else {
            guard let line = readLine(strippingNewline: true), !line.isEmpty else {
                throw ValidationError(es ? "no se recibió ningún PIN por la entrada estándar" : "no PIN on standard input")
            }
            return line
        }
        let first = try readHidden(es ? "PIN nuevo: " : "New PIN: ")
        let second = try readHidden(es ? "Repita el PIN: " : "Repeat the PIN: ")
        guard first == second else {
            throw ValidationError(es ? "los dos PIN no coinciden; no se ha cambiado nada" : "the two PINs differ; nothing was changed")
        }
        return first
    }

    private static func readHidden(_ prompt: String) throws -> String {
        FileHandle.standardError.write(Data(prompt.utf8))
        var saved = termios()
        tcgetattr(STDIN_FILENO, &saved)
        var hidden = saved
        hidden.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return readLine(strippingNewline: true) ?? ""
    }
}
