import ArgumentParser
import Attendance
import Foundation
import Vocabulary

/// Reads a PIN without echo from the terminal (twice, to catch typos), or one line from a pipe.
enum PinPrompt {
    static func read(language: Language) throws -> String {
        guard isatty(STDIN_FILENO) == 1 else {
            guard let line = readLine(strippingNewline: true), !line.isEmpty else {
                throw ValidationError(Bilingual(es: "no se recibió ningún PIN por la entrada estándar",
                                                en: "no PIN on standard input").text(language))
            }
            return line
        }
        let first = try readHidden(Bilingual(es: "PIN nuevo: ", en: "New PIN: ").text(language))
        let second = try readHidden(Bilingual(es: "Repita el PIN: ", en: "Repeat the PIN: ").text(language))
        guard first == second else {
            throw ValidationError(Bilingual(es: "los dos PIN no coinciden; no se ha cambiado nada",
                                            en: "the two PINs differ; nothing was changed").text(language))
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
