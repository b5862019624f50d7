/// What a piece of text means; the `Theme` decides how each meaning looks in colour and in monochrome.
///
/// Widgets and screens pick roles, never raw colours, so the kiosk reads the same on a monochrome
/// terminal. A status colour is always paired with a word on screen ("✓ Cámara", "✗ Servidor").
public enum StyleRole: Hashable, Sendable, CaseIterable {
    /// Ordinary text.
    case normal
    /// The header line.
    case header
    /// A title or the name of a panel.
    case title
    /// Secondary text (hints, units, empty bar cells).
    case muted
    /// Success: checked in, phase passed (green).
    case ok
    /// Attention: confirm, degraded (yellow).
    case warn
    /// Failure: unknown face, phase failed (red).
    case error
    /// Neutral information (cyan).
    case info
    /// The key name in the F-key bar ("F1"), drawn plain.
    case keyBarKey
    /// The action in the F-key bar ("Ayuda"), drawn on a colour block.
    case keyBarAction
    /// A table's header row (reverse video).
    case tableHeader
    /// The highlighted table row.
    case selection
    /// A panel border.
    case frame
    /// The border of the panel that has the focus.
    case frameFocused
}
