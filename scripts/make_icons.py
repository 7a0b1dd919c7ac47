"""Draw the app icons into assets/: a white ring with "MJ" on teal.

Run with `.venv/bin/python scripts/make_icons.py` after changing the design;
the PNGs and favicon.ico it writes are committed.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ASSETS = Path(__file__).resolve().parents[1] / "assets"
TEAL = (13, 148, 136, 255)  # #0d9488, the manifest's theme colour
WHITE = (255, 255, 255, 255)
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
# Pillow draws shapes without anti-aliasing: draw large, then scale down.
SUPERSAMPLE = 4


def _motif(draw: ImageDraw.ImageDraw, size: int, scale: float) -> None:
    """The ring and letters, centred, with the ring's outer edge `scale`·size across."""
    centre = size / 2
    radius = size * scale / 2
    ring = max(1, round(radius * 0.14))
    draw.ellipse(
        (centre - radius, centre - radius, centre + radius, centre + radius),
        outline=WHITE,
        width=ring,
    )
    if not FONT.exists():
        # Another machine without DejaVu: the ring alone is still a clean mark.
        return
    font = ImageFont.truetype(str(FONT), round(radius * 0.82))
    # Centre the glyphs' ink, not the font's line box, so "MJ" sits visually centred.
    left, top, right, bottom = draw.textbbox((0, 0), "MJ", font=font)
    origin = (centre - (left + right) / 2, centre - (top + bottom) / 2)
    draw.text(origin, "MJ", font=font, fill=WHITE)


def _render(size: int, *, full_bleed: bool, scale: float) -> Image.Image:
    big = size * SUPERSAMPLE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    if full_bleed:
        # Maskable and Apple icons are cropped by the platform; they must be opaque to the edge.
        draw.rectangle((0, 0, big, big), fill=TEAL)
    else:
        draw.rounded_rectangle((0, 0, big - 1, big - 1), radius=round(big * 0.22), fill=TEAL)
    _motif(draw, big, scale)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    icons = ASSETS / "icons"
    icons.mkdir(parents=True, exist_ok=True)
    _render(192, full_bleed=False, scale=0.72).save(icons / "icon-192.png", optimize=True)
    _render(512, full_bleed=False, scale=0.72).save(icons / "icon-512.png", optimize=True)
    # The maskable safe zone is the centred circle of 80 % diameter; 0.62 leaves a margin.
    _render(512, full_bleed=True, scale=0.62).save(icons / "icon-maskable-512.png", optimize=True)
    apple = _render(180, full_bleed=True, scale=0.68).convert("RGB")
    apple.save(icons / "apple-touch-icon.png", optimize=True)
    _render(256, full_bleed=False, scale=0.78).save(
        ASSETS / "favicon.ico", sizes=[(16, 16), (32, 32), (48, 48), (256, 256)]
    )


if __name__ == "__main__":
    main()
