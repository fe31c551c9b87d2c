"""Backup and restore with the uploads on S3 (moto's server on a loopback port): the files are
walked and written back through the storage API, as on the file system."""

import io
import uuid

import boto3
import pytest
from django.core.management import call_command

from coalition.settings import s3_storage
from tests.prisoners.test_photos import jpeg_with_gps
from tests.test_s3_storage import KEYS, s3_server  # noqa: F401  (the fixture)


def make_bucket(endpoint):
    name = f"coalition-backup-{uuid.uuid4().hex[:12]}"
    client = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1",
                          aws_access_key_id=KEYS["AWS_ACCESS_KEY_ID"],
                          aws_secret_access_key=KEYS["AWS_SECRET_ACCESS_KEY"])
    client.create_bucket(Bucket=name)
    return client, name


def use_bucket(settings, endpoint, name):
    settings.STORAGES = {**settings.STORAGES, "default": s3_storage({
        "AWS_STORAGE_BUCKET_NAME": name, "AWS_S3_ENDPOINT_URL": endpoint,
        "AWS_S3_REGION_NAME": "us-east-1", **KEYS})}


def objects(client, bucket):
    listing = client.list_objects_v2(Bucket=bucket).get("Contents", [])
    return {item["Key"]: client.get_object(Bucket=bucket, Key=item["Key"])["Body"].read()
            for item in listing}


@pytest.mark.django_db
def test_round_trip_through_s3_keeps_every_object(backup_settings, empty_database, s3_server):  # noqa: F811
    client, source = make_bucket(s3_server)
    photo = jpeg_with_gps().read()
    client.put_object(Bucket=source, Key="photos/prisoners/a1.jpg", Body=photo)
    client.put_object(Bucket=source, Key="photos/mentors/nested/b2.jpg", Body=b"second")
    use_bucket(backup_settings, s3_server, source)
    call_command("backup", stdout=io.StringIO())
    [path] = backup_settings.BACKUP_DIR.iterdir()

    _, target = make_bucket(s3_server)
    use_bucket(backup_settings, s3_server, target)
    out = io.StringIO()
    call_command("restore", str(path), database=empty_database, stdout=out)

    assert objects(client, target) == {"photos/prisoners/a1.jpg": photo,
                                       "photos/mentors/nested/b2.jpg": b"second"}
    assert "2 files written to the storage (0 already there)" in out.getvalue()
