// MARK: - Truncate, pad, wrap

extension DisplayWidth {
    /// The longest prefix of `text` that fits in `width` columns; when text had to be cut, the last column
    /// holds `ellipsis` ("Fernández" in 6 columns → "Ferná…").
    public static func truncate(_ text: String, to width: Int, ellipsis: Character = "…") -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let room = width - of(ellipsis)
        var result = ""
        var used = 0
        for character in text {
            let w = of(character)
            if used + w > room { break }
            result.append(character)
            used += w
        }
        result.append(ellipsis)
        return result
    }

    /// `text` truncated to `width` columns, then padded with spaces to exactly `width` columns, aligned
    /// as asked.
    public static func fit(_ text: String, to width: Int, alignment: TextAlignment = .leading) -> String {
        let cut = truncate(text, to: width)
        let padding = String(repeating: " ", count: max(0, width - of(cut)))
        switch alignment {
        case .leading: return cut + padding
        case .trailing: return padding + cut
        case .center:
            let left = padding.count / 2
            return String(repeating: " ", count: left) + cut + String(repeating: " ", count: padding.count - left)
        }
    }

    /// Greedy word wrap into lines of at most `width` columns; a word longer than a line is cut.
    public static func wrap(_ text: String, to width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let firstLine = lines.count
            var line = ""
            for word in paragraph.split(separator: " ") {
                var word = String(word)
                while of(word) > width {
                    if !line.isEmpty { lines.append(line); line = "" }
                    var head = ""
                    while let c = word.first, head.isEmpty || of(head) + of(c) <= width { head.append(word.removeFirst()) }
                    lines.append(head)
                }
                if word.isEmpty { continue }
                if line.isEmpty {
                    line = word
                } else if of(line) + 1 + of(word) <= width {
                    line += " " + word
                } else {
                    lines.append(line)
                    line = word
                }
            }
            if !line.isEmpty || lines.count == firstLine { lines.append(line) }
        }
        return lines
    }
}
