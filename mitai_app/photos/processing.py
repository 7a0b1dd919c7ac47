"""Progress photos as bytes: what is accepted, and what is kept.

An upload is decoded (never trusted by its name or declared type), turned
upright by its EXIF orientation, and written out again without any of its
metadata (EXIF, GPS, XMP, comments): only the pixels and the colour profile
survive. A small thumbnail is made for the gallery. Pure: no files, no
database.

Decoding costs memory by pixels, not by file size (a 7 KB PNG can hold 60
megapixels, 600 MB decoded): the size in the header is checked before any
pixel is decoded, and a process decodes one photo at a time.
"""

from __future__ import annotations

import io
import threading
import warnings
from dataclasses import dataclass

import pillow_heif
from PIL import Image, ImageOps, UnidentifiedImageError

from mitai_app.core.errors import UserError

# HEIC/HEIF (iPhone photos) open through Pillow once registered.
pillow_heif.register_heif_opener()

# What Pillow calls the formats a phone or a file picker hands us. MPO is the
# multi-picture JPEG some phone cameras write.
ACCEPTED_FORMATS = frozenset({"JPEG", "MPO", "PNG", "WEBP", "HEIF"})
# Seeded as the app setting `max_photo_upload_mb`; this is its fallback.
DEFAULT_MAX_UPLOAD_MB = 10
# A phone's 48- or 50-megapixel photo passes (8160 x 6120); a "decompression
# bomb" does not. Decoding this many costs up to about 450 MB.
MAX_PIXELS = 50_000_000
# The stored photo's longest side: full size for any phone, bounded for disks.
MAX_EDGE_PX = 4096
THUMBNAIL_EDGE_PX = 400
PHOTO_CONTENT_TYPE = "image/jpeg"
PHOTO_EXTENSION = ".jpg"
THUMBNAIL_CONTENT_TYPE = "image/webp"
THUMBNAIL_EXTENSION = ".webp"
PHOTO_QUALITY = 88
THUMBNAIL_QUALITY = 80


MEGABYTE = 1024 * 1024
# One decode at a time in this process: uploads at once wait for each other
# instead of adding up their memory.
_decoding = threading.Lock()


def _refused(what: str, **values: object) -> UserError:
    """An upload that is not kept: empty, too_big, not_an_image,
    unsupported_format or too_many_pixels."""
    return UserError(f"photos.error.file_{what}", field="file", **values)


@dataclass(frozen=True)
class ProcessedPhoto:
    photo: bytes  # JPEG, upright, without metadata
    thumbnail: bytes  # WebP, longest side THUMBNAIL_EDGE_PX at most
    width: int
    height: int


def _opened(data: bytes) -> Image.Image:
    """The image with its header read and checked; no pixel decoded yet
    (Pillow's open is lazy, for HEIF too)."""
    try:
        with warnings.catch_warnings():
            # Pillow only warns between its own limit and twice that; ours is lower.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError as error:
        raise _refused("too_many_pixels", megapixels=MAX_PIXELS // 1_000_000) from error
    except (UnidentifiedImageError, OSError, ValueError) as error:
        raise _refused("not_an_image") from error
    if image.format not in ACCEPTED_FORMATS:
        image.close()
        raise _refused("unsupported_format")
    if image.width * image.height > MAX_PIXELS:
        image.close()
        raise _refused("too_many_pixels", megapixels=MAX_PIXELS // 1_000_000)
    return image


def _decoded(image: Image.Image) -> None:
    try:
        image.load()
    except (OSError, ValueError, SyntaxError) as error:  # truncated or corrupt
        raise _refused("not_an_image") from error


def _upright_pixels(image: Image.Image) -> Image.Image:
    """The image turned by its EXIF orientation, as a new RGB image that
    carries nothing from the file but the colour profile."""
    upright = ImageOps.exif_transpose(image)
    if upright.mode in ("RGBA", "LA", "PA") or "transparency" in upright.info:
        # JPEG has no transparency: lay the photo on white.
        rgba = upright.convert("RGBA")
        flat = Image.new("RGB", rgba.size, "white")
        flat.paste(rgba, mask=rgba.getchannel("A"))
    else:
        flat = upright.convert("RGB")
    clean = Image.new("RGB", flat.size)
    clean.paste(flat)
    icc_profile = image.info.get("icc_profile")
    if icc_profile:
        clean.info["icc_profile"] = icc_profile
    return clean


def _encoded(image: Image.Image, image_format: str, quality: int) -> bytes:
    out = io.BytesIO()
    icc = {"icc_profile": image.info["icc_profile"]} if "icc_profile" in image.info else {}
    image.save(out, format=image_format, quality=quality, **icc)
    return out.getvalue()


def process_photo(data: bytes, *, max_bytes: int) -> ProcessedPhoto:
    """The photo to store and its thumbnail, or UserError saying why not."""
    if not data:
        raise _refused("empty")
    if len(data) > max_bytes:
        raise _refused("too_big", mb=max_bytes // MEGABYTE)
    with _opened(data) as image, _decoding:
        _decoded(image)
        photo = _upright_pixels(image)
        photo.thumbnail((MAX_EDGE_PX, MAX_EDGE_PX), Image.Resampling.LANCZOS)
        thumbnail = photo.copy()
        thumbnail.thumbnail((THUMBNAIL_EDGE_PX, THUMBNAIL_EDGE_PX), Image.Resampling.LANCZOS)
        return ProcessedPhoto(
            photo=_encoded(photo, "JPEG", PHOTO_QUALITY),
            thumbnail=_encoded(thumbnail, "WEBP", THUMBNAIL_QUALITY),
            width=photo.width,
            height=photo.height,
        )
