"""Photo processing time: a 12-megapixel phone JPEG (4032 x 3024, EXIF
orientation 6 and a GPS position) decoded, turned upright, stripped and
re-encoded with its thumbnail, as the upload's worker thread does it.
Median and worst of several runs, and the sizes in and out.

    python bench/photo_processing.py [--runs N] [--megapixels MP]

Why it matters: this is the "Processing…" the user waits for after the
upload; it runs in a worker thread, so the event loop (every other user)
does not wait with them.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PIL import Image, ImageDraw, ImageFilter  # noqa: E402

from mitai_app.photos.processing import process_photo  # noqa: E402


def phone_jpeg(width: int, height: int) -> bytes:
    """Smooth light with some texture and noise, so the JPEG is about as
    large as a real phone photo (a flat colour would compress to nothing)."""
    base = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    texture = Image.effect_noise((width // 4, height // 4), 60).resize((width, height))
    image = Image.blend(base, Image.merge("RGB", [texture] * 3), 0.35)
    draw = ImageDraw.Draw(image)
    for i in range(0, width, width // 12):
        draw.ellipse(
            (i, height // 4, i + width // 10, height // 4 * 3), outline=(200, 90, 40), width=9
        )
    image = image.filter(ImageFilter.DETAIL)
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x8825] = {1: "N", 2: (52.0, 31.0, 12.0), 3: "E", 4: (13.0, 24.0, 36.0)}
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=92, exif=exif.tobytes())
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--megapixels", type=float, default=12.0)
    args = parser.parse_args()
    height = int((args.megapixels * 1e6 * 3 / 4) ** 0.5)
    width = height * 4 // 3
    data = phone_jpeg(width, height)
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        result = process_photo(data, max_bytes=50 * 1024 * 1024)
        times.append(time.perf_counter() - start)
    print(f"input: {width} x {height} JPEG, {len(data) / 1e6:.1f} MB")
    print(
        f"output: {result.width} x {result.height} JPEG {len(result.photo) / 1e6:.1f} MB, "
        f"thumbnail {len(result.thumbnail) / 1e3:.0f} KB"
    )
    print(
        f"processing: median {statistics.median(times) * 1000:.0f} ms, "
        f"worst {max(times) * 1000:.0f} ms over {args.runs} runs"
    )


if __name__ == "__main__":
    main()
