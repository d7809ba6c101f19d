/// Breaking text into lines that fit a width, measured with the font's metrics.
extension PDFFont {
    /// The text in lines no wider than `width` millipoints: broken at spaces, a word
    /// wider than the line broken between characters, explicit line breaks kept. At
    /// most `maxLines` lines; when the text is longer, the last line ends in `…`, so a
    /// hostile label costs at most `maxLines` lines of work and space.
    /// - Complexity: O(n) in the length of the text shown (at most `maxLines` lines).
    public func wrap(_ text: String, size: Int, width: Int, maxLines: Int) -> [String] {
        guard maxLines > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        let space = self.width(of: " ", size: size)
        var truncated = false
        func finish() -> Bool {
            lines.append(line)
            line = ""
            lineWidth = 0
            return lines.count < maxLines
        }
        paragraphs: for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            for word in paragraph.split(separator: " ") {
                let wordWidth = self.width(of: String(word), size: size)
                if !line.isEmpty, lineWidth + space + wordWidth <= width {
                    line += " " + word
                    lineWidth += space + wordWidth
                    continue
                }
                if !line.isEmpty, !finish() { truncated = true; break paragraphs }
                if wordWidth <= width {
                    line = String(word)
                    lineWidth = wordWidth
                    continue
                }
                // A word wider than the line: break it between characters.
                for character in word {
                    let characterWidth = self.width(of: String(character), size: size)
                    if !line.isEmpty, lineWidth + characterWidth > width, !finish() { truncated = true; break paragraphs }
                    line.append(character)
                    lineWidth += characterWidth
                }
            }
            if !finish() { truncated = !isLast(paragraph, of: text) || !line.isEmpty; break }
        }
        if !line.isEmpty, lines.count < maxLines { lines.append(line) }
        while lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
        if truncated, let last = lines.popLast() {
            var shortened = last
            let ellipsis = self.width(of: "…", size: size)
            while !shortened.isEmpty, self.width(of: shortened, size: size) + ellipsis > width { shortened.removeLast() }
            lines.append(shortened + "…")
        }
        return lines.isEmpty ? [""] : lines
    }

    private func isLast(_ paragraph: Substring, of text: String) -> Bool {
        paragraph.endIndex == text.endIndex
    }
}
