"""The access report written out: one list of sections, rendered as a
standalone HTML page or as a PDF (fpdf2). Pure: the report comes in as
`AccessReport`, text or bytes go out."""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from fpdf.fonts import FontFace

from mitai_app.core.formatting import format_date, format_datetime
from mitai_app.core.i18n import CATALOG, translate
from mitai_app.core.pdf import FooterPDF, plain
from mitai_app.exports.access_report import AccessReport

APP_NAME = "Mitai Jinkendo"


@dataclass(frozen=True)
class Section:
    title: str
    text: list[str] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    after: str = ""  # a line below the table


def sections(report: AccessReport, lang: str, zone: str) -> list[Section]:
    def words(key: str, **values) -> str:
        return translate(key, lang, **values)

    def when(value) -> str:
        return format_datetime(value, lang, zone) if value else ""

    def more(shown: int, total: int) -> str:
        return words("exports.report.more", count=total - shown) if total > shown else ""

    tables = [t for t in report.tables if t.rows]
    purposes = [
        words(key if key in CATALOG else "exports.purpose.other")
        for key in (f"exports.purpose.{module}" for module in report.modules)
    ]
    processors = [
        words(
            "exports.report.ai",
            provider=report.ai_provider,
            url=report.ai_base_url or "-",
            model=report.ai_model or "-",
        )
        if report.ai_provider
        else words("exports.report.no_ai"),
        words("exports.report.mail", server=report.mail_server)
        if report.mail_server
        else words("exports.report.no_mail"),
    ]
    return [
        Section(
            words("exports.report.profile"),
            [words("exports.report.secrets")],
            [words("exports.report.field"), words("exports.report.value")],
            [[name, value] for name, value in report.profile.items()],
        ),
        Section(
            words("exports.report.tables"),
            header=[
                words("exports.report.table"),
                words("exports.report.module"),
                words("exports.report.rows"),
                words("exports.report.first"),
                words("exports.report.last"),
            ],
            rows=[
                [
                    t.table,
                    t.module,
                    str(t.rows),
                    format_date(t.first, lang) if t.first else "",
                    format_date(t.last, lang) if t.last else "",
                ]
                for t in tables
            ],
        ),
        Section(words("exports.report.purposes"), purposes or [words("exports.report.none")]),
        Section(words("exports.report.processors"), processors),
        Section(
            words("exports.report.insights", total=report.insights_total),
            [] if report.insights else [words("exports.report.none")],
            [
                words("exports.report.when"),
                words("exports.report.prompt"),
                words("exports.report.to"),
                words("exports.report.sent"),
            ],
            [
                [
                    when(i.at),
                    i.prompt,
                    " ".join(part for part in (i.provider, i.model) if part),
                    "; ".join(f"{name} = {value}" for name, value in i.sent.items()),
                ]
                for i in report.insights
            ],
            more(len(report.insights), report.insights_total),
        ),
        Section(
            words("exports.report.sessions"),
            [] if report.sessions else [words("exports.report.none")],
            [
                words("exports.report.device"),
                words("exports.report.ip"),
                words("exports.report.signed_in"),
                words("exports.report.last_seen"),
            ],
            [
                [s.device, s.client_ip, when(s.created_at), when(s.last_seen_at)]
                for s in report.sessions
            ],
        ),
        Section(
            words("exports.report.log", total=report.log_total),
            [] if report.log else [words("exports.report.none")],
            [
                words("exports.report.when"),
                words("exports.report.action"),
                words("exports.report.details"),
            ],
            [[when(line.at), line.action, line.details] for line in report.log],
            more(len(report.log), report.log_total),
        ),
        Section(words("exports.report.rights"), [words("exports.report.rights_text")]),
    ]


def _made(report: AccessReport, lang: str, zone: str) -> str:
    return translate(
        "exports.report.made",
        lang,
        date=format_datetime(report.made_at, lang, zone),
        email=report.profile.get("email", ""),
    )


def report_html(report: AccessReport, lang: str, zone: str) -> str:
    """A standalone page (no scripts, no outside resources)."""
    e = html.escape
    title = translate("exports.report.title", lang)
    parts = [
        f'<!doctype html>\n<html lang="{e(lang)}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(title)}</title>",
        "<style>body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:1rem auto;"
        "padding:0 1rem}table{border-collapse:collapse;width:100%;margin:.5rem 0}"
        "th,td{border:1px solid #999;padding:.25rem .4rem;text-align:left;vertical-align:top;"
        "overflow-wrap:anywhere}th{background:#eee}</style></head><body>",
        f"<h1>{e(title)}</h1><p>{e(_made(report, lang, zone))}</p>",
    ]
    for section in sections(report, lang, zone):
        parts.append(f"<h2>{e(section.title)}</h2>")
        parts += [f"<p>{e(text)}</p>" for text in section.text]
        if section.rows:
            parts.append(
                "<table><thead><tr>"
                + "".join(f"<th>{e(h)}</th>" for h in section.header)
                + "</tr></thead><tbody>"
            )
            parts += [
                "<tr>" + "".join(f"<td>{e(cell)}</td>" for cell in row) + "</tr>"
                for row in section.rows
            ]
            parts.append("</tbody></table>")
        if section.after:
            parts.append(f"<p>{e(section.after)}</p>")
    parts.append("</body></html>\n")
    return "\n".join(parts)


def report_pdf(report: AccessReport, lang: str, zone: str) -> bytes:
    pdf = FooterPDF(format="A4")
    title = translate("exports.report.title", lang)
    pdf.set_title(plain(title))
    pdf.set_creator(APP_NAME)
    pdf.footer_text = f"{APP_NAME} · {plain(title)}"
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 16)
    pdf.multi_cell(0, 9, plain(title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", size=9)
    pdf.multi_cell(0, 5, plain(_made(report, lang, zone)), new_x="LMARGIN", new_y="NEXT")
    for section in sections(report, lang, zone):
        pdf.ln(3)
        pdf.set_font("helvetica", "B", 12)
        pdf.multi_cell(0, 7, plain(section.title), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("helvetica", size=9)
        for text in section.text:
            pdf.multi_cell(0, 5, plain(text), new_x="LMARGIN", new_y="NEXT")
        if section.rows:
            pdf.set_font("helvetica", size=7)
            with pdf.table(headings_style=FontFace(emphasis="BOLD"), line_height=4) as table:
                table.row([plain(h) for h in section.header])
                for row in section.rows:
                    table.row([plain(cell) for cell in row])
            pdf.set_font("helvetica", size=9)
        if section.after:
            pdf.multi_cell(0, 5, plain(section.after), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
