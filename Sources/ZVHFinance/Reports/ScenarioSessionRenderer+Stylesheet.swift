extension ScenarioSessionRenderer {
    /// The page's style: readable on screen, every control with a visible focus ring,
    /// nothing told by colour alone (the chosen member is bold and marked, the chart's
    /// series differ by dash and marker), and a print style that puts the chosen state
    /// on one A4 page in black and grey without the controls.
    static let stylesheet = """

        @page { size: A4; margin: 12mm 13mm 12mm; }
        body { font-family: "Helvetica Neue", Helvetica, Arial, sans-serif; font-size: 10.5pt; color: #111; background: #fff; margin: 0; line-height: 1.35; }
        main { max-width: 184mm; margin: 0 auto; padding: 6mm 4mm; }
        h1 { font-size: 16pt; margin: 0 0 4pt; }
        h2 { font-size: 12.5pt; margin: 14pt 0 4pt; border-bottom: 1pt solid #222; padding-bottom: 2pt; }
        p { margin: 4pt 0; overflow-wrap: anywhere; }
        p.context { color: #444; margin: 1pt 0; font-size: 9pt; }
        p.asof { font-style: italic; }
        p.melding { border: 2pt solid #000; padding: 6pt; font-weight: 700; }
        form { border: 1pt solid #888; padding: 4pt 10pt 8pt; margin: 8pt 0; }
        form h2 { border: none; margin-top: 4pt; }
        .as { margin: 6pt 0; }
        .as label { font-weight: 600; }
        .schuif label { display: inline-block; min-width: 62mm; }
        input[type=range] { width: 60mm; vertical-align: middle; }
        output { display: inline-block; min-width: 18mm; font-weight: 700; font-variant-numeric: tabular-nums; }
        input[type=checkbox] { width: 16px; height: 16px; vertical-align: middle; }
        select, button { font: inherit; padding: 2pt 6pt; }
        button { border: 1pt solid #222; background: #f2f2f2; border-radius: 3pt; cursor: pointer; }
        input:focus-visible, select:focus-visible, button:focus-visible, a:focus-visible { outline: 3px solid #000; outline-offset: 2px; }
        .uitleg { color: #444; font-size: 9pt; margin: 1pt 0 0; }
        table { border-collapse: collapse; width: 100%; margin: 6pt 0; font-size: 10pt; }
        caption { text-align: left; font-weight: 600; padding: 0 0 4pt; }
        th, td { padding: 2pt 6pt; border-bottom: 0.5pt solid #bbb; text-align: left; vertical-align: top; }
        thead th { border-bottom: 1pt solid #111; font-weight: 600; }
        tbody th { font-weight: normal; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tr.total th, tr.total td { font-weight: 700; border-top: 1pt solid #111; }
        tr.gekozen-lid th, tr.gekozen-lid td { font-weight: 700; background: #e8e8e8; }
        tr.gekozen-lid th::before { content: "\\25B6  "; }
        figure { margin: 6pt 0; }
        figcaption { font-weight: 600; margin-bottom: 2pt; }
        svg { max-width: 100%; height: auto; }
        svg text { font-family: "Helvetica Neue", Helvetica, Arial, sans-serif; font-size: 11px; fill: #111; }
        footer { margin-top: 10pt; }
        @media print {
          body { font-size: 9pt; }
          main { max-width: none; padding: 0; }
          form, .knoppen, p.koppeling, noscript, footer p.asof { display: none !important; }
          h1 { font-size: 13pt; }
          h2 { font-size: 10.5pt; margin: 8pt 0 3pt; }
          p.context { font-size: 7.5pt; }
          table { font-size: 8.5pt; margin: 3pt 0; }
          th, td { padding: 1pt 4pt; }
          #grafiek svg { max-height: 45mm; }
          tr.gekozen-lid th, tr.gekozen-lid td { background: none; }
          section, table, figure { break-inside: avoid; page-break-inside: avoid; }
        }

        """
}
