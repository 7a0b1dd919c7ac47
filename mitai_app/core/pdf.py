"""What PDFs made with fpdf2's built-in fonts share. Those fonts hold
Latin-1 only: German is fine, a few signs (dashes, ≥) are written as their
plain equivalents and anything else as "?"."""

from __future__ import annotations

from fpdf import FPDF

_PLAIN = str.maketrans(
    {"–": "-", "—": "-", "≥": ">=", "≤": "<=", "…": "...", "\u202f": " ", "\u2009": " "}
)


def plain(text: str) -> str:
    """What the built-in fonts can write."""
    return text.translate(_PLAIN).encode("latin-1", "replace").decode("latin-1")


class FooterPDF(FPDF):
    """An A4 report whose every page ends with `footer_text` and its number."""

    footer_text = ""

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("helvetica", size=7)
        self.set_text_color(110)
        self.cell(0, 5, plain(f"{self.footer_text} · {self.page_no()}"), align="C")
