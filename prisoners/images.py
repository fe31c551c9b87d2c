"""Photo sanitising: only real, reasonably sized images get in, and nothing hidden gets out.

Family photos can carry GPS positions, timestamps and camera owners' names. Every upload is
decoded, turned upright, copied pixel by pixel into a fresh image (which carries no EXIF, XMP,
ICC or comment) and re-encoded as JPEG. The caller stores the result under a random name.
"""

import io
import warnings
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

ACCEPTED_FORMATS = ("JPEG", "PNG", "WEBP")
ACCEPTED_CONTENT_TYPES = ("image/jpeg", "image/png", "image/webp")
MAX_UPLOAD_BYTES = 10 * 1024 * 1024
# 40 megapixels: any real camera photo, far below what would exhaust memory when decoded.
MAX_PIXELS = 40_000_000
FULL_SIZE = (1200, 1200)
THUMBNAIL_SIZE = (320, 320)
JPEG_QUALITY = 85

Image.MAX_IMAGE_PIXELS = MAX_PIXELS


@dataclass(frozen=True)
class SanitizedPhoto:
    full: ContentFile
    thumbnail: ContentFile


def sanitize_photo(upload) -> SanitizedPhoto:
    """Return clean JPEG copies of an uploaded photo, or raise ValidationError saying why not."""
    if upload.size > MAX_UPLOAD_BYTES:
        raise ValidationError(_("The file is larger than 10 MB."), code="too_large")
    image = _decode(upload)
    clean = _fresh_copy(ImageOps.exif_transpose(image))
    full = clean.copy()
    full.thumbnail(FULL_SIZE, Image.Resampling.LANCZOS)
    thumbnail = ImageOps.fit(clean, THUMBNAIL_SIZE, Image.Resampling.LANCZOS)
    return SanitizedPhoto(full=_encode(full), thumbnail=_encode(thumbnail))


def _decode(upload) -> Image.Image:
    upload.seek(0)
    try:
        with warnings.catch_warnings():
            # Between MAX_PIXELS and twice that, Pillow only warns: refuse those too.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(upload, formats=ACCEPTED_FORMATS)
            image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError(
            _("The image is too large: at most %(mp)d megapixels.") % {"mp": MAX_PIXELS // 10**6},
            code="too_many_pixels",
        ) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise ValidationError(_("This file is not a JPEG, PNG or WebP image, or it is damaged."),
                              code="invalid_image") from None
    return image


def _fresh_copy(image: Image.Image) -> Image.Image:
    """Pixels only: flatten transparency onto white and drop every piece of metadata."""
    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        fresh = Image.new("RGB", rgba.size, "white")
        fresh.paste(rgba, mask=rgba.getchannel("A"))
        return fresh
    fresh = Image.new("RGB", image.size)
    fresh.paste(image.convert("RGB"))
    return fresh


def _encode(image: Image.Image) -> ContentFile:
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    return ContentFile(buffer.getvalue(), name="photo.jpg")
