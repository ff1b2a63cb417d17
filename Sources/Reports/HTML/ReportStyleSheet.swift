/// The reports' only styling, inline: readable on screen, and on paper without colour (every
/// coloured thing also carries its figure or word, and lines differ by dash as well as colour).
/// Printed, pages are A4; table cells wrap between words (free text, ids and fingerprints anywhere),
/// so no table is wider than the page, a row is never
/// split across two pages, and a table's header row repeats on each page it runs on to.
enum ReportStyleSheet {
    static let css = """
        :root { color-scheme: light; }
        body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b; margin: 0 auto; max-width: 1000px; padding: 1.5rem; }
        h1 { font-size: 1.6rem; margin: 0 0 .4rem; }
        h2 { font-size: 1.25rem; margin: 2rem 0 .6rem; border-bottom: 2px solid #d0d7de; padding-bottom: .2rem; }
        h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; }
        .notice { border: 2px solid #8a5a00; background: #fff8e6; padding: .8rem 1rem; border-radius: 6px; }
        .notice p { margin: .3rem 0; }
        table { border-collapse: collapse; margin: .6rem 0 1rem; width: 100%; }
        caption { text-align: left; font-weight: 600; padding: .3rem 0; }
        th, td { border: 1px solid #c8cdd2; padding: .3rem .5rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
        thead th { background: #eef1f4; }
        tbody th { font-weight: 600; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .date { white-space: nowrap; }
        td.text { overflow-wrap: anywhere; }
        small.id, .id { font-size: .78em; color: #555; font-family: ui-monospace, monospace; word-break: break-all; }
        .note { color: #333; font-size: .92em; border-left: 3px solid #d0d7de; padding-left: .6rem; }
        .overdue, .fail, .void, .problem { color: #9b1c1c; font-weight: 600; }
        .due { color: #8a5a00; font-weight: 600; }
        .current, .pass, .ok { color: #1d6b32; font-weight: 600; }
        .attempt { border: 1px solid #c8cdd2; border-radius: 6px; padding: .2rem 1rem .8rem; margin: 1rem 0; }
        .attempt.voided { border-style: dashed; background: #f6f6f6; }
        .transcript li { margin: .4rem 0; }
        .given { white-space: pre-wrap; margin: .2rem 0 0 1rem; }
        code { font-size: .85em; word-break: break-all; }
        td.fingerprint { font-family: ui-monospace, monospace; font-size: .8em; word-break: break-all; min-width: 9em; }
        svg.chart { max-width: 100%; height: auto; display: block; margin: .5rem 0; }
        svg.chart text { font: 12px system-ui, sans-serif; fill: #1b1b1b; }
        svg.chart .axis { fill: #555; }
        svg.chart .value { font-weight: 600; }
        svg.chart .grid { stroke: #d0d7de; stroke-width: 1; }
        svg.chart .line { fill: none; stroke-width: 2.5; }
        svg.chart .pass { fill: #2e8b57; stroke: #2e8b57; }
        svg.chart .mean { fill: #2f5fa7; stroke: #2f5fa7; }
        svg.chart .mean.line { stroke-dasharray: 6 4; fill: none; }
        svg.chart .pass.line { fill: none; }
        svg.chart .missed { fill: #c0392b; }
        svg.chart .overused { fill: #7d4fa0; }
        svg.chart .score { fill: #2f5fa7; }
        @page { size: A4; margin: 14mm 12mm 16mm; }
        @media print {
          body { font-size: 10pt; max-width: none; padding: 0; }
          .notice { background: none; break-inside: avoid; }
          h2, h3, h4, caption { break-after: avoid; }
          svg.chart { break-inside: avoid; }
          table { font-size: 8pt; }
          th, td { padding: .12rem .25rem; }
          thead { display: table-header-group; }
          tr { break-inside: avoid; }
          .attempt { break-inside: auto; }
          a { color: inherit; text-decoration: none; }
        }
        """
}
