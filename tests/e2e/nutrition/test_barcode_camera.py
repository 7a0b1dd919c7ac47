"""The camera reading a barcode: Chromium's fake camera plays a video of an
EAN-13 barcode (drawn here), the scanner decodes it and the code reaches
the lookup at the fake Open Food Facts, which fills in the food to add.

Debian's Chromium on Linux has no BarcodeDetector (the Shape Detection API
exists on macOS, ChromeOS and Android only), so this proves the scanner's
fallback, ZXing from npm; the first assertion says so, so that a Chromium
that gains the API shows up here instead of silently testing the other
path.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from playwright.sync_api import expect

from tests.e2e.conftest import CHROMIUM_ARGS, VIEWPORTS, create_account, sign_in_as

pytestmark = pytest.mark.e2e
LOADED = 20_000
CODE = "4006381333931"  # a valid EAN-13 (check digit 1)
PRODUCT = {
    "product_name": "Fruchtquark Erdbeere",
    "product_name_en": "Strawberry quark",
    "brands": "Molkerei",
    "nutriments": {"energy-kcal_100g": 110, "proteins_100g": 7, "carbohydrates_100g": 14},
}

# EAN-13: the first digit picks which of the left six digits use the L or
# the G patterns; the right six use R; guards 101, 01010, 101.
_L = ("0001101", "0011001", "0010011", "0111101", "0100011")
_L += ("0110001", "0101111", "0111011", "0110111", "0001011")
_R = tuple("".join("1" if bit == "0" else "0" for bit in code) for code in _L)
_G = tuple(code[::-1] for code in _R)
_PARITY = ("LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG")
_PARITY += ("LGGLLG", "LGGGLL", "LGLGLG", "LGLGGL", "LGGLGL")


def ean13_modules(code: str) -> str:
    """The 95 modules of an EAN-13 barcode, "1" for a bar."""
    digits = [int(c) for c in code]
    check = (10 - sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits[:12])) % 10) % 10
    assert len(digits) == 13 and digits[12] == check, "not a valid EAN-13"
    left = "".join(
        (_L if parity == "L" else _G)[d]
        for parity, d in zip(_PARITY[digits[0]], digits[1:7], strict=True)
    )
    right = "".join(_R[d] for d in digits[7:])
    return "101" + left + "01010" + right + "101"


def barcode_video(path: Path, code: str, width: int = 640, height: int = 480) -> Path:
    """A short Y4M video (what Chromium's fake camera plays, looping) of the
    barcode, black bars on white with a quiet zone around them."""
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    module = 4
    left = (width - 95 * module) // 2
    for n, bit in enumerate(ean13_modules(code)):
        if bit == "1":
            x = left + n * module
            draw.rectangle([x, 100, x + module - 1, height - 100], fill=0)
    chroma = bytes([128]) * (width // 2 * height // 2 * 2)  # no colour
    frame = b"FRAME\n" + image.tobytes() + chroma
    with path.open("wb") as video:
        video.write(f"YUV4MPEG2 W{width} H{height} F10:1 Ip A1:1 C420jpeg\n".encode())
        video.write(frame * 10)
    return path


@pytest.mark.scaled
def test_a_barcode_seen_by_the_camera_is_looked_up(app, browser, unique_email, tmp_path):
    app.open_food_facts.products[CODE] = PRODUCT
    video = barcode_video(tmp_path / "barcode.y4m", CODE)
    camera = browser.browser_type.launch(
        executable_path=os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"),
        args=[
            *CHROMIUM_ARGS,
            "--use-fake-ui-for-media-stream",  # camera permission granted
            "--use-fake-device-for-media-stream",
            f"--use-file-for-fake-video-capture={video}",
        ],
    )
    try:
        page = camera.new_context(viewport=VIEWPORTS["phone"]).new_page()
        sign_in_as(page, app, create_account(app, unique_email))
        page.goto(app.url + "/nutrition")
        expect(page.get_by_role("heading", name="Nutrition", level=1)).to_be_visible(timeout=LOADED)
        assert page.evaluate("typeof window.BarcodeDetector") == "undefined"

        page.get_by_role("button", name="Scan with the camera").click()
        expect(page.get_by_text("Strawberry quark (Molkerei)", exact=True)).to_be_visible(
            timeout=LOADED
        )
        assert any(CODE in request["path"] for request in app.open_food_facts.requests)
        page.get_by_label("Meal", exact=True).select_option("breakfast")
        page.get_by_role("button", name="Add", exact=True).click()
        expect(page.get_by_role("list", name="Breakfast")).to_contain_text("Strawberry quark")
    finally:
        camera.close()
