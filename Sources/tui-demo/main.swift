// tui-demo: a small TerminalUI program for the tmux end-to-end test and for trying the widgets by hand.
// `tui-demo` runs the UI (F2 PIN pad, arrows move the selection, b rings the bell, F10 quits);
// `tui-demo bench` prints rendering times.
import Foundation
import TerminalUI

if CommandLine.arguments.dropFirst().first == "bench" {
    DemoBenchmark.run()
    exit(0)
}

let session = TerminalSession<DemoEvent>()
// The progress comes from another thread, as start-up phases do in the kiosk.
let producer = Thread {
    for step in 1...20 {
        Thread.sleep(forTimeInterval: 0.1)
        session.post(.progress(Double(step) / 20))
    }
}
producer.start()
do {
    let reason = try session.runBlocking({ DemoApplication() })
    // Printed after the terminal is restored, so the end-to-end test can see the program ended cleanly.
    FileHandle.standardOutput.write(Data("tui-demo ended: \(reason)\n".utf8))
    if case .signal(let number) = reason { exit(128 + number) }
    exit(0)
} catch {
    FileHandle.standardError.write(Data("tui-demo: \(error)\n".utf8))
    exit(1)
}
