"""The news admin as each staff group sees it, and image uploads through the sanitiser."""

import datetime
import io
import re

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from news.models import Post
from tests.factories import PrisonerFactory, PublicPrisonerFactory
from tests.languages import LANGUAGES
from tests.news.factories import OrganisationFactory, PostFactory
from tests.prisoners.test_photos import jpeg_with_gps, png

pytestmark = pytest.mark.django_db

ADD = "/admin/news/post/add/"
LIST = "/admin/news/post/"
IMAGE_NAME = re.compile(r"photos/news/[0-9a-f]{32}\.jpg")
NOT_AN_IMAGE = "This file is not a JPEG, PNG or WebP image, or it is damaged."
TOO_MANY_PIXELS = "The image is too large: at most 40 megapixels."


def change_url(post):
    return f"/admin/news/post/{post.pk}/change/"


def form_data(**changes):
    data = {"slug": "new-verdict", "author": "", "prisoners": [], "is_public": "on",
            "published_at_0": "2026-03-01", "published_at_1": "10:00:00", "_save": "Save"}
    for code in LANGUAGES:
        data |= {f"title_{code}": f"Title {code}", f"summary_{code}": f"Summary {code}",
                 f"body_{code}": f"Body {code}", f"photo_alt_{code}": ""}
    return data | changes


def html(response):
    return response.content.decode()


def stored_news_files():
    try:
        return set(default_storage.listdir("photos/news")[1])
    except FileNotFoundError:
        return set()


@pytest.mark.parametrize("persona", ["coordinator", "editor"])
def test_coordinator_and_editor_write_and_publish_a_post(request, persona):
    client = request.getfixturevalue(persona)
    prisoner = PublicPrisonerFactory()
    organisation = OrganisationFactory(name="Lettres sans frontières")
    response = client.post(ADD, form_data(author=organisation.pk, prisoners=[prisoner.pk]))
    assert response.status_code == 302, html(response)
    post = Post.objects.get(slug="new-verdict")
    assert (post.title_ru, post.author, list(post.prisoners.all())) == \
        ("Title ru", organisation, [prisoner])
    assert list(Post.objects.public()) == [post]


def test_the_add_page_has_a_tab_per_language_and_the_image_field(editor):
    page = html(editor.get(ADD))
    for code in LANGUAGES:
        assert f'name="title_{code}"' in page and f'name="photo_alt_{code}"' in page
    assert 'type="file" name="photo" accept="image/jpeg,image/png,image/webp"' in page
    assert "vendor/jquery-ui/jquery-ui.min.js" in page
    assert "ajax.googleapis.com" not in page


def test_publishing_without_a_date_uses_now(editor):
    response = editor.post(ADD, form_data(published_at_0="", published_at_1=""))
    assert response.status_code == 302
    assert Post.objects.get().published_at is not None
    assert Post.objects.public().count() == 1


def test_a_draft_stays_without_date(editor):
    data = form_data(published_at_0="", published_at_1="")
    del data["is_public"]
    assert editor.post(ADD, data).status_code == 302
    post = Post.objects.get()
    assert (post.is_public, post.published_at) == (False, None)


def test_reserved_and_duplicate_slugs_are_refused(editor):
    PostFactory(slug="taken")
    for slug, message in (("feed", "This address is reserved; choose another."),
                          ("taken", "News post with this Address already exists.")):
        response = editor.post(ADD, form_data(slug=slug))
        assert response.status_code == 200
        assert message in html(response)
    assert Post.objects.count() == 1


def test_a_huge_title_is_refused_with_a_message(editor):
    response = editor.post(ADD, form_data(title_en="x" * 5000))
    assert response.status_code == 200
    assert "Ensure this value has at most 200 characters (it has 5000)." in html(response)


def test_uploaded_image_is_stored_clean_under_a_random_name(editor):
    response = editor.post(ADD, {**form_data(photo_alt_en="A court"), "photo": jpeg_with_gps()})
    assert response.status_code == 302, html(response)
    post = Post.objects.get()
    assert IMAGE_NAME.fullmatch(post.photo.name) and IMAGE_NAME.fullmatch(post.photo_thumbnail.name)
    with post.photo.open("rb") as stored:
        data = stored.read()
    image = Image.open(io.BytesIO(data))
    assert (image.format, image.size, dict(image.getexif())) == ("JPEG", (640, 480), {})
    assert b"CanaryCam" not in data and b"Lenina" not in data
    preview = f'/admin/news/post/{post.pk}/photo/full.jpg'
    assert f'<img src="{preview}"' in html(editor.get(change_url(post)))
    assert editor.get(preview).status_code == 200


@pytest.mark.parametrize(("upload", "message"), [
    (lambda: png((12_000, 12_000)), TOO_MANY_PIXELS),
    (lambda: SimpleUploadedFile("notes.txt", b"Lenina 5, flat 12", content_type="text/plain"),
     NOT_AN_IMAGE),
    (lambda: SimpleUploadedFile("photo.jpg", b"\xff\xd8\xff\xe0 cut", content_type="image/jpeg"),
     NOT_AN_IMAGE),
])
def test_a_bad_image_shows_the_error_and_saves_nothing(editor, upload, message):
    post = PostFactory(title_en="Before")
    files_before = stored_news_files()
    response = editor.post(change_url(post),
                           {**form_data(slug=post.slug, title_en="Changed"), "photo": upload()})
    assert response.status_code == 200
    assert message in html(response)
    post.refresh_from_db()
    assert (post.title_en, post.photo.name) == ("Before", "")
    assert stored_news_files() == files_before


def test_clearing_the_image_removes_both_files(editor, django_capture_on_commit_callbacks):
    editor.post(ADD, {**form_data(), "photo": jpeg_with_gps()})
    post = Post.objects.get()
    names = [post.photo.name, post.photo_thumbnail.name]
    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(change_url(post), {**form_data(), "photo-clear": "on"})
    assert response.status_code == 302
    post.refresh_from_db()
    assert (post.photo.name, post.photo_thumbnail.name) == ("", "")
    assert [name for name in names if default_storage.exists(name)] == []


def test_publish_and_unpublish_actions(editor):
    draft = PostFactory(is_public=False, published_at=None)
    response = editor.post(LIST, {"action": "publish_selected", "_selected_action": [draft.pk]})
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.is_public and draft.published_at is not None
    editor.post(LIST, {"action": "unpublish_selected", "_selected_action": [draft.pk]})
    draft.refresh_from_db()
    assert not draft.is_public


@pytest.mark.parametrize(("visible", "expected"), [("yes", ["Shown"]), ("no", ["Draft", "Later"]),
                                                   ("scheduled", ["Later"])])
def test_visibility_filter(coordinator, visible, expected):
    PostFactory(title_en="Shown")
    PostFactory(title_en="Draft", is_public=False)
    PostFactory(title_en="Later", published_at=timezone.now() + datetime.timedelta(days=2))
    response = coordinator.get(LIST, {"visible": visible})
    titles = sorted(str(post) for post in response.context["cl"].result_list)
    assert titles == sorted(expected)


def test_list_filters_by_author_country_and_searches_titles(coordinator):
    PostFactory(title_en="From Poland", author=OrganisationFactory(country="PL"))
    PostFactory(title_en="From France", author=OrganisationFactory(country="FR"))
    response = coordinator.get(LIST, {"author__country": "PL"})
    assert [str(post) for post in response.context["cl"].result_list] == ["From Poland"]
    response = coordinator.get(LIST, {"q": "France"})
    assert [str(post) for post in response.context["cl"].result_list] == ["From France"]


def test_prisoner_autocomplete_serves_editors(editor):
    prisoner = PrisonerFactory(full_name_latin="Ivan Zhuchkov")
    PrisonerFactory(full_name_latin="Somebody Else")
    response = editor.get("/admin/autocomplete/", {
        "app_label": "news", "model_name": "post", "field_name": "prisoners", "term": "zhuch"})
    assert response.status_code == 200
    assert [row["text"] for row in response.json()["results"]] == [str(prisoner)]


def test_editor_cannot_delete_posts(editor):
    post = PostFactory()
    assert editor.get(f"/admin/news/post/{post.pk}/delete/").status_code == 403


def test_finance_is_refused_news(finance):
    post = PostFactory()
    for path in (LIST, ADD, change_url(post), f"/admin/news/post/{post.pk}/photo/full.jpg"):
        assert finance.get(path).status_code in (403, 404), path


def test_anonymous_is_sent_to_login(anonymous):
    post = PostFactory()
    for path in (LIST, ADD, change_url(post), f"/admin/news/post/{post.pk}/photo/full.jpg"):
        response = anonymous.get(path)
        assert response.status_code == 302, path
        assert "/login/" in response["Location"]


def test_list_shows_whether_each_post_is_on_the_site(coordinator):
    PostFactory(title_en="Shown")
    PostFactory(title_en="Later", published_at=timezone.now() + datetime.timedelta(days=2))
    response = coordinator.get(LIST)
    on_site = {str(post): post.on_site for post in response.context["cl"].result_list}
    assert on_site == {"Shown": True, "Later": False}
