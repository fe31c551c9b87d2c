"""Uploads on S3-compatible object storage (coalition.settings.s3_storage), against moto's S3
server on a free loopback port: photos go in through the usual code paths, come out only through
the views that check publication, and the bucket's objects are never readable without keys."""

import urllib.error
import urllib.request
import uuid

import boto3
import pytest
from moto.server import ThreadedMotoServer

from coalition.settings import s3_storage
from prisoners import services
from prisoners.images import sanitize_photo
from tests.events.factories import EventFactory
from tests.factories import MentorFactory, PublicPrisonerFactory
from tests.news.factories import PostFactory
from tests.prisoners.test_admin import post_change_form
from tests.prisoners.test_photos import jpeg_with_gps

KEYS = {"AWS_ACCESS_KEY_ID": "test-key", "AWS_SECRET_ACCESS_KEY": "test-secret"}
# Reaching moto directly, never through a proxy from the environment.
DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))


@pytest.fixture(scope="module")
def s3_server():
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def bucket(s3_server, settings):
    """A fresh private bucket, made the default storage for the test."""
    name = f"coalition-photos-{uuid.uuid4().hex[:12]}"
    client = boto3.client("s3", endpoint_url=s3_server, region_name="us-east-1",
                          aws_access_key_id=KEYS["AWS_ACCESS_KEY_ID"],
                          aws_secret_access_key=KEYS["AWS_SECRET_ACCESS_KEY"])
    client.create_bucket(Bucket=name)
    settings.STORAGES = {**settings.STORAGES, "default": s3_storage({
        "AWS_STORAGE_BUCKET_NAME": name, "AWS_S3_ENDPOINT_URL": s3_server,
        "AWS_S3_REGION_NAME": "us-east-1", **KEYS})}
    client.endpoint, client.bucket = s3_server, name
    return client


def stored(bucket):
    listing = bucket.list_objects_v2(Bucket=bucket.bucket)
    return {item["Key"] for item in listing.get("Contents", [])}


def stored_bytes(bucket, name):
    return bucket.get_object(Bucket=bucket.bucket, Key=name)["Body"].read()


def body(response):
    return b"".join(response.streaming_content)


def anonymous_get(bucket, name):
    """The status of a GET without credentials, straight to the object store."""
    try:
        return DIRECT.open(f"{bucket.endpoint}/{bucket.bucket}/{name}", timeout=5).status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.mark.django_db
def test_photo_uploaded_in_the_admin_is_stored_in_the_bucket_and_served_while_public(
        coordinator, anonymous, bucket, django_capture_on_commit_callbacks):
    prisoner = PublicPrisonerFactory()
    with django_capture_on_commit_callbacks(execute=True):
        response = post_change_form(coordinator, prisoner, files={"photo": jpeg_with_gps()})
    assert response.status_code == 302
    prisoner.refresh_from_db()
    assert stored(bucket) == {prisoner.photo.name, prisoner.photo_thumbnail.name}
    for variant, field in (("full", prisoner.photo), ("thumb", prisoner.photo_thumbnail)):
        response = anonymous.get(f"/photos/{prisoner.slug}/{variant}.jpg")
        assert response.status_code == 200
        assert response["Content-Type"] == "image/jpeg"
        assert body(response) == stored_bytes(bucket, field.name)
    admin_preview = coordinator.get(f"/admin/prisoner-photos/{prisoner.pk}/thumb.jpg")
    assert body(admin_preview) == stored_bytes(bucket, prisoner.photo_thumbnail.name)

    services.prisoner_unpublish(prisoner=prisoner)
    for variant in ("full", "thumb"):
        assert anonymous.get(f"/photos/{prisoner.slug}/{variant}.jpg").status_code == 404


@pytest.mark.django_db
def test_replacing_and_removing_a_photo_deletes_the_old_objects(
        bucket, django_capture_on_commit_callbacks):
    prisoner = PublicPrisonerFactory()
    services.photo_store(owner=prisoner, photo=sanitize_photo(jpeg_with_gps()))
    first = {prisoner.photo.name, prisoner.photo_thumbnail.name}
    with django_capture_on_commit_callbacks(execute=True):
        services.photo_store(owner=prisoner, photo=sanitize_photo(jpeg_with_gps()))
    second = {prisoner.photo.name, prisoner.photo_thumbnail.name}
    assert stored(bucket) == second and not first & second
    with django_capture_on_commit_callbacks(execute=True):
        services.photo_remove(owner=prisoner)
    assert stored(bucket) == set()


def public_mentor():
    return MentorFactory(is_public=True)


# Each public photo view: what owns the photo, its URL, and how it stops being public.
PHOTO_OWNERS = {
    "mentor": (public_mentor, lambda mentor: f"/photos/mentors/{mentor.pk}",
               {"is_public": False}),
    "event poster": (EventFactory, lambda event: f"/en/events/{event.slug}/poster",
                     {"is_public": False}),
    "news image": (PostFactory, lambda post: f"/en/news/{post.slug}", {"is_public": False}),
}


@pytest.mark.django_db
@pytest.mark.parametrize("kind", PHOTO_OWNERS)
def test_every_public_photo_view_streams_from_the_bucket_only_while_public(
        kind, anonymous, bucket):
    factory, url, private = PHOTO_OWNERS[kind]
    owner = factory()
    services.photo_store(owner=owner, photo=sanitize_photo(jpeg_with_gps()))
    assert stored(bucket) == {owner.photo.name, owner.photo_thumbnail.name}
    response = anonymous.get(f"{url(owner)}/full.jpg")
    assert response.status_code == 200
    assert body(response) == stored_bytes(bucket, owner.photo.name)

    type(owner).objects.filter(pk=owner.pk).update(**private)
    assert anonymous.get(f"{url(owner)}/full.jpg").status_code == 404
    assert anonymous.get(f"{url(owner)}/thumb.jpg").status_code == 404


@pytest.mark.django_db
def test_no_public_page_names_the_bucket_or_the_object_store(anonymous, bucket):
    prisoner = PublicPrisonerFactory()
    services.photo_store(owner=prisoner, photo=sanitize_photo(jpeg_with_gps()))
    event = EventFactory(featured=[prisoner])
    services.photo_store(owner=event, photo=sanitize_photo(jpeg_with_gps()))
    post = PostFactory(prisoners=[prisoner])
    services.photo_store(owner=post, photo=sanitize_photo(jpeg_with_gps()))
    pages = ["/en/", "/en/prisoners/", f"/en/prisoners/{prisoner.slug}/",
             f"/en/events/{event.slug}/", f"/en/events/{event.slug}/kit/", f"/en/news/{post.slug}/",
             "/en/news/", "/en/feed/", f"/api/v1/prisoners/{prisoner.slug}",
             "/open-data/prisoners.csv"]
    host = bucket.endpoint.removeprefix("http://")
    texts = {}
    for page in pages:
        response = anonymous.get(page)
        assert response.status_code == 200, page
        texts[page] = (body(response) if response.streaming else response.content).decode()
    # The photos are there, through the views that check publication ...
    assert f"/photos/{prisoner.slug}/full.jpg" in texts[f"/en/prisoners/{prisoner.slug}/"]
    assert f"/en/events/{event.slug}/poster/" in texts[f"/en/events/{event.slug}/"]
    assert f"/en/news/{post.slug}/full.jpg" in texts[f"/en/news/{post.slug}/"]
    # ... and nothing points at the object store.
    for page, text in texts.items():
        for leak in (bucket.bucket, host, "X-Amz-", "amazonaws"):
            assert leak not in text, (page, leak)


@pytest.mark.django_db
def test_stored_objects_are_not_readable_without_keys(bucket):
    prisoner = PublicPrisonerFactory()
    services.photo_store(owner=prisoner, photo=sanitize_photo(jpeg_with_gps()))
    assert anonymous_get(bucket, prisoner.photo.name) == 403
    assert anonymous_get(bucket, prisoner.photo_thumbnail.name) == 403
    # The server does tell a public object from a private one: the refusals above are ours.
    bucket.put_object(Bucket=bucket.bucket, Key="control.txt", Body=b"x", ACL="public-read")
    assert anonymous_get(bucket, "control.txt") == 200
