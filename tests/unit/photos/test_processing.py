"""Photo processing: what is accepted, turned upright, stripped and shrunk."""

from __future__ import annotations

import io
import threading
import time

import pillow_heif
import pytest
from PIL import Image

from mitai_app.core.errors import UserError
from mitai_app.photos import processing
from mitai_app.photos.processing import (
    THUMBNAIL_EDGE_PX,
    ProcessedPhoto,
    process_photo,
)
from tests.fixtures.images import GPS_IFD, image_bytes, jpeg_with_exif, png_bomb, png_header

LIMIT = 10 * 1024 * 1024


def _open(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def _metadata_free(data: bytes) -> bool:
    image = _open(data)
    return (
        len(image.getexif()) == 0
        and not {"exif", "xmp", "XML:com.adobe.xmp", "comment"} & image.info.keys()
        and b"Exif" not in data
        and b"GPS" not in data
    )


def _refusal(data: bytes, **kwargs) -> str:
    with pytest.raises(UserError) as refused:
        process_photo(data, max_bytes=kwargs.get("max_bytes", LIMIT))
    assert refused.value.field == "file"
    return refused.value.code


def test_exif_orientation_is_applied_and_removed():
    # Orientation 6: the camera was turned; the stored pixels are 300 wide, 200 high.
    data = jpeg_with_exif((300, 200), orientation=6)
    result = process_photo(data, max_bytes=LIMIT)
    assert (result.width, result.height) == (200, 300)
    assert _open(result.photo).size == (200, 300)
    assert _metadata_free(result.photo)


def test_location_and_all_other_metadata_are_stripped():
    data = jpeg_with_exif((320, 240), gps=True, xmp=True)
    source = _open(data)
    assert source.getexif().get_ifd(GPS_IFD), "the test image must carry a GPS position"
    assert b"xmpmeta" in data
    result = process_photo(data, max_bytes=LIMIT)
    assert _metadata_free(result.photo) and _metadata_free(result.thumbnail)
    assert b"xmpmeta" not in result.photo


def test_colour_profile_is_kept():
    data = image_bytes("JPEG", (64, 48), icc_profile=b"not-really-an-icc-profile")
    assert _open(process_photo(data, max_bytes=LIMIT).photo).info["icc_profile"] == (
        b"not-really-an-icc-profile"
    )


@pytest.mark.parametrize("image_format", ["PNG", "WEBP", "JPEG"])
def test_common_formats_are_accepted_as_jpeg(image_format):
    result = process_photo(image_bytes(image_format, (640, 480)), max_bytes=LIMIT)
    assert (result.width, result.height) == (640, 480)
    assert _open(result.photo).format == "JPEG"


def test_transparent_png_is_laid_on_white():
    image = Image.new("RGBA", (10, 10), (255, 0, 0, 0))
    out = io.BytesIO()
    image.save(out, format="PNG")
    result = process_photo(out.getvalue(), max_bytes=LIMIT)
    assert _open(result.photo).getpixel((5, 5)) >= (250, 250, 250)


def test_heic_is_accepted():
    image = Image.new("RGB", (120, 80), (10, 120, 200))
    out = io.BytesIO()
    try:
        pillow_heif.from_pillow(image).save(out, quality=80)
    except (RuntimeError, ValueError) as error:  # a libheif built without an encoder
        pytest.skip(f"pillow-heif cannot write HEIC here: {error}")
    result = process_photo(out.getvalue(), max_bytes=LIMIT)
    assert (result.width, result.height) == (120, 80)


def test_thumbnail_is_a_small_webp_of_the_same_shape():
    result: ProcessedPhoto = process_photo(image_bytes("JPEG", (1600, 1200)), max_bytes=LIMIT)
    thumbnail = _open(result.thumbnail)
    assert thumbnail.format == "WEBP"
    assert thumbnail.size == (THUMBNAIL_EDGE_PX, THUMBNAIL_EDGE_PX * 3 // 4)


def test_small_photo_is_not_enlarged_for_its_thumbnail():
    result = process_photo(image_bytes("PNG", (200, 100)), max_bytes=LIMIT)
    assert _open(result.thumbnail).size == (200, 100)


def test_text_file_named_like_a_photo_is_refused():
    assert (
        _refusal(b"just some notes, saved as holiday.jpg\n" * 20)
        == "photos.error.file_not_an_image"
    )


def test_other_image_formats_are_refused():
    assert _refusal(image_bytes("GIF", (50, 50))) == "photos.error.file_unsupported_format"


def test_truncated_jpeg_is_refused():
    data = image_bytes("JPEG", (400, 300))
    assert _refusal(data[: len(data) // 2]) == "photos.error.file_not_an_image"


def test_oversize_upload_is_refused_before_decoding():
    data = image_bytes("PNG", (64, 64))
    assert _refusal(data, max_bytes=len(data) - 1) == "photos.error.file_too_big"
    assert process_photo(data, max_bytes=len(data)).width == 64


def test_empty_upload_is_refused():
    assert _refusal(b"") == "photos.error.file_empty"


def test_huge_dimensions_are_refused():
    # 10000 x 10000 of one colour compresses to a few kilobytes.
    assert (
        _refusal(image_bytes("PNG", (10_000, 10_000), mode="1"))
        == "photos.error.file_too_many_pixels"
    )


def test_a_small_file_of_sixty_megapixels_is_refused_before_decoding(monkeypatch):
    bomb = png_bomb((7745, 7745))  # the bomb that took 2.5 s and 520 MB to decode
    assert len(bomb) < 10_000
    monkeypatch.setattr(processing, "_decoded", lambda image: pytest.fail("decoded"))
    with pytest.raises(UserError) as refused:
        process_photo(bomb, max_bytes=LIMIT)
    assert refused.value.code == "photos.error.file_too_many_pixels"
    assert refused.value.values == {"megapixels": 50}


def test_a_phone_photo_of_fifty_megapixels_is_within_the_limit():
    assert processing.MAX_PIXELS >= 8160 * 6120


def test_dimensions_beyond_pillows_own_limit_are_too_many_pixels_too():
    # 30000 x 30000 trips Pillow's DecompressionBombError inside open().
    assert _refusal(png_header((30_000, 30_000))) == "photos.error.file_too_many_pixels"


def test_photos_are_decoded_one_at_a_time(monkeypatch):
    """Two uploads at once add up their memory; the second waits instead."""
    running, most = 0, 0
    count = threading.Lock()
    upright = processing._upright_pixels

    def watched(image):
        nonlocal running, most
        with count:
            running += 1
            most = max(most, running)
        time.sleep(0.2)  # long enough for the other thread to arrive
        with count:
            running -= 1
        return upright(image)

    monkeypatch.setattr(processing, "_upright_pixels", watched)
    data = image_bytes("PNG", (64, 64))
    threads = [
        threading.Thread(target=process_photo, args=(data,), kwargs={"max_bytes": LIMIT})
        for _ in range(2)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert most == 1
