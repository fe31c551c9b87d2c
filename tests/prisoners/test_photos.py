import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags, Image

from prisoners import services
from prisoners.images import MAX_PIXELS, sanitize_photo
from tests.factories import PrisonerFactory, PublicPrisonerFactory


def upload(data, name="photo.jpg", content_type="image/jpeg"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def jpeg_with_gps(size=(640, 480), orientation=None):
    image = Image.new("RGB", size, (200, 30, 30))
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "CanaryCam"
    exif[ExifTags.Base.DateTimeOriginal] = "2024:05:01 10:00:00"
    if orientation:
        exif[ExifTags.Base.Orientation] = orientation
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (55.0, 45.0, 21.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (37.0, 37.0, 4.0)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif, comment=b"family flat, Lenina 5")
    return upload(buffer.getvalue())


def png(size, mode="1"):
    buffer = io.BytesIO()
    Image.new(mode, size).save(buffer, format="PNG")
    return upload(buffer.getvalue(), "big.png", "image/png")


def reopen(content_file):
    return Image.open(io.BytesIO(content_file.read()))


def test_fixture_really_has_gps_and_comment():
    original = Image.open(jpeg_with_gps())
    assert original.getexif().get_ifd(ExifTags.IFD.GPSInfo)[ExifTags.GPS.GPSLatitudeRef] == "N"
    assert original.info["comment"] == b"family flat, Lenina 5"


def test_sanitized_photo_has_no_metadata():
    photo = sanitize_photo(jpeg_with_gps())
    for variant in (photo.full, photo.thumbnail):
        image = reopen(variant)
        assert image.format == "JPEG"
        assert dict(image.getexif()) == {}
        assert "comment" not in image.info
        assert "exif" not in image.info
        assert b"CanaryCam" not in variant.read()


def test_thumbnail_is_square_and_full_is_bounded():
    photo = sanitize_photo(jpeg_with_gps(size=(3000, 2000)))
    assert reopen(photo.thumbnail).size == (320, 320)
    assert reopen(photo.full).size == (1200, 800)


def test_exif_orientation_is_applied_before_stripping():
    photo = sanitize_photo(jpeg_with_gps(size=(400, 200), orientation=6))
    assert reopen(photo.full).size == (200, 400)


def test_transparent_png_is_flattened_to_jpeg():
    buffer = io.BytesIO()
    Image.new("RGBA", (50, 50), (0, 0, 0, 0)).save(buffer, format="PNG")
    photo = sanitize_photo(upload(buffer.getvalue(), "a.png", "image/png"))
    image = reopen(photo.full)
    assert image.mode == "RGB"
    assert image.getpixel((25, 25)) == (255, 255, 255)


def test_decompression_bomb_is_refused():
    with pytest.raises(ValidationError) as error:
        sanitize_photo(png((12_000, 12_000)))
    assert error.value.messages == ["The image is too large: at most 40 megapixels."]


def test_image_just_over_pixel_limit_is_refused():
    # Between the limit and twice the limit Pillow only warns; we refuse those too.
    side = int(MAX_PIXELS**0.5) + 10
    with pytest.raises(ValidationError) as error:
        sanitize_photo(png((side, side)))
    assert error.value.code == "too_many_pixels"


@pytest.mark.parametrize("data", [b"%PDF-1.4 not an image", b"", b"\xff\xd8\xff\xe0 truncated"])
def test_non_images_are_refused(data):
    with pytest.raises(ValidationError) as error:
        sanitize_photo(upload(data))
    assert error.value.messages == [
        "This file is not a JPEG, PNG or WebP image, or it is damaged."]


def test_gif_is_refused():
    buffer = io.BytesIO()
    Image.new("RGB", (10, 10)).save(buffer, format="GIF")
    with pytest.raises(ValidationError) as error:
        sanitize_photo(upload(buffer.getvalue(), "a.gif", "image/gif"))
    assert error.value.code == "invalid_image"


def test_oversized_file_is_refused():
    big = upload(b"0" * (10 * 1024 * 1024 + 1))
    with pytest.raises(ValidationError) as error:
        sanitize_photo(big)
    assert error.value.code == "too_large"


@pytest.mark.django_db
def test_stored_photo_gets_random_name_and_old_files_are_removed(
        django_capture_on_commit_callbacks):
    prisoner = PrisonerFactory()
    services.photo_store(owner=prisoner, photo=sanitize_photo(jpeg_with_gps()))
    first_names = (prisoner.photo.name, prisoner.photo_thumbnail.name)
    assert first_names[0].startswith("photos/prisoners/")
    assert len(first_names[0].rsplit("/", 1)[1]) == len("0123456789abcdef0123456789abcdef.jpg")
    with django_capture_on_commit_callbacks(execute=True):
        services.photo_store(owner=prisoner, photo=sanitize_photo(jpeg_with_gps()))
    storage = prisoner.photo.storage
    assert not any(storage.exists(name) for name in first_names)
    assert storage.exists(prisoner.photo.name)


@pytest.mark.django_db
def test_public_photo_is_served_clean(anonymous):
    prisoner = PublicPrisonerFactory()
    services.photo_store(owner=prisoner, photo=sanitize_photo(jpeg_with_gps()))
    response = anonymous.get(f"/photos/{prisoner.slug}/thumb.jpg")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert response["Cache-Control"] == "private, max-age=300"
    image = Image.open(io.BytesIO(b"".join(response.streaming_content)))
    assert image.size == (320, 320)
    assert dict(image.getexif()) == {}


@pytest.mark.django_db
def test_unknown_photo_variant_is_404(anonymous):
    prisoner = PublicPrisonerFactory()
    services.photo_store(owner=prisoner, photo=sanitize_photo(jpeg_with_gps()))
    assert anonymous.get(f"/photos/{prisoner.slug}/original.jpg").status_code == 404
