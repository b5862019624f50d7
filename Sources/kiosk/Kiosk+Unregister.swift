import ArgumentParser
import Attendance
import Foundation
import KioskApp
import KioskSync

extension Kiosk {
    /// `kiosk unregister`: removes the token file (queued punches stay queued).
    struct Unregister: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove this kiosk's token file; punches already queued stay queued until the kiosk is registered again."
        )

        @OptionGroup var options: ConfigOptions

        func run() async throws {
            let configuration = try options.load()
            let language = configuration.kiosk.displayLanguage
            let file = configuration.server.tokenFile
            let removed: Bool
            do {
                removed = try KioskRegistration.unregister(tokenFile: file)
            } catch let error as SyncError {
                throw Kiosk.refusal(error.sentence(in: language))
            }
            switch (removed, language) {
            case (true, .es): print("Token borrado (\(file)). Los fichajes en cola se quedan en cola hasta que registre el quiosco de nuevo (kiosk register).")
            case (true, .en): print("Token removed (\(file)). Queued punches stay queued until the kiosk is registered again (kiosk register).")
            case (false, .es): print("No había token (\(file)): el quiosco no estaba registrado.")
            case (false, .en): print("There was no token (\(file)): the kiosk was not registered.")
            }
        }
    }
}
