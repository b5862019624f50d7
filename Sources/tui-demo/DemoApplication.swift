import TerminalUI

/// The demo screen: header, live preview with a face box, start-up progress, a greeting banner, recent
/// punches, an F-key bar, and a PIN pad on F2. Used by the tmux end-to-end test.
struct DemoApplication: TerminalApplication {
    typealias Event = DemoEvent

    private let frame = DemoScene.frame()
    private var progress = 0.0
    private var pin: PinEntry?
    private var pinMessage: Span?
    private var banner = ("Buenos días, Pérez", "entrada 08:03 ✓ a tiempo", StyleRole.ok)
    private var selected = 0
    private var scrollOffset = 0
    private let punches: [TableRow] = [
        TableRow(["08:03", "Ana Pérez", "entrada"], role: .ok),
        TableRow(["08:05", "José Núñez Fernández de Córdoba", "entrada"], role: .ok),
        TableRow(["08:21", "María Ibáñez", "tarde"], role: .warn),
        TableRow(["08:40", "Desconocido", "✗"], role: .error),
        TableRow(["09:02", "Luis Gómez", "entrada"]),
        TableRow(["12:30", "Ana Pérez", "salida"]),
    ]

    mutating func handle(_ input: TerminalInput<DemoEvent>, context: TerminalContext) {
        switch input {
        case .event(.progress(let value)):
            progress = value
        case .tick:
            break
        case .key(let key):
            if pin != nil {
                handlePin(key, context: context)
                return
            }
            switch key {
            case .function(2): pin = PinEntry(minimumLength: 4, maximumLength: 6); pinMessage = nil
            case .function(10), .character("q"): context.quit()
            case .up: selected = max(0, selected - 1)
            case .down: selected = min(punches.count - 1, selected + 1)
            case .character("b"): context.ringBell()
            default: break
            }
        }
    }

    private mutating func handlePin(_ key: Key, context: TerminalContext) {
        guard var entry = pin else { return }
        switch entry.handle(key) {
        case .editing:
            pin = entry
        case .incomplete:
            pin = entry
            pinMessage = Span("Mínimo 4 dígitos", role: .warn)
            context.ringBell()
        case .submitted(let digits):
            pin = nil
            banner = ("PIN recibido", "\(digits.count) dígitos", .info)
        case .cancelled:
            pin = nil
            banner = ("PIN cancelado", "", .warn)
        }
    }

    func draw(on canvas: inout Canvas, context: TerminalContext) {
        let layout = ScreenLayout(size: canvas.size)
        HeaderLine(title: "Asistencia · demo", status: [
            Span("✓ Cámara", role: .ok),
            Span("✗ Servidor", role: .error),
            Span("\(canvas.size.width)×\(canvas.size.height)", role: .info),
        ]).render(in: layout.header, on: &canvas)

        let (preview, below) = layout.leftPane.splitBottom(2)
        HalfBlockImage(image: frame, overlay: DemoScene.faceBox).render(in: preview, on: &canvas)
        canvas.write("Arranque", x: below.x, y: below.y, style: Style(.muted))
        ProgressBar(fraction: progress, role: progress >= 1 ? .ok : .info)
            .render(in: below.splitTop(2).top.splitTop(1).rest, on: &canvas)

        let (bannerArea, rest) = layout.rightPane.splitTop(4)
        MessageBanner(banner.0, detail: banner.1, role: banner.2).render(in: bannerArea, on: &canvas)
        let panel = rest.splitTop(1).rest
        Panel(title: "Últimos fichajes", isFocused: pin == nil).render(in: panel, on: &canvas)
        let tableArea = Panel.content(of: panel)
        let offset = Table.scrollOffset(showing: selected, visibleRows: tableArea.height - 1, current: scrollOffset)
        Table(columns: [
            TableColumn("Hora", width: .fixed(5)),
            TableColumn("Nombre", width: .flexible(minimum: 8)),
            TableColumn("Tipo", width: .fixed(7)),
        ], rows: punches, selectedRow: selected, scrollOffset: offset).render(in: tableArea, on: &canvas)

        KeyBar([
            KeyBarItem("F1", "Ayuda"), KeyBarItem("F2", "PIN"), KeyBarItem("F3", "Diagnóstico"), KeyBarItem("F10", "Salir"),
        ]).render(in: layout.keyBar, on: &canvas)

        if let pin {
            PinPad(title: "Supervisor", prompt: "Introduzca su PIN", entry: pin, message: pinMessage)
                .render(in: layout.body, on: &canvas)
        }
    }
}
