"""manage.py backup and restore on the real PostgreSQL: the round trip keeps every row of every
table and the photo's bytes; damaged, altered or foreign backups are refused before anything is
written."""

import datetime
import io
import json
import stat
import tarfile

import pyrage
import pytest
from django.conf import settings as django_settings
from django.core.files.storage import storages
from django.core.management import CommandError, call_command
from django.db import connections
from django.db.migrations.loader import MigrationLoader
from pyrage import x25519

from dataprotection import backup as backups
from dataprotection import pgtools
from dataprotection.management.commands.backup import size
from prisoners import services
from prisoners.choices import ContactKind, RiskKind
from prisoners.images import sanitize_photo
from prisoners.models import InternalNote, PrisonerContact, Region, RiskFlag
from publiccache import triggers
from tests.appeals.factories import SignatureFactory
from tests.factories import IncomeFactory, PrisonerFactory
from tests.prisoners.test_photos import jpeg_with_gps

CANARIES = [
    "Canary-Contact Marfa Ivanovna", "+7 900 555-01-99", "canary.mother@example.ru",
    "Canary street 7, Tver", "Canary-Note: the lawyer fears a transfer to Mordovia",
    "Canary-Risk: the brother was questioned", "Canary-Income: a donor in Kazan",
    "canary.signer@example.org",
]


def private_data():
    """A prisoner with a photo, and canaries in every kind of private field."""
    prisoner = PrisonerFactory()
    services.photo_store(owner=prisoner, photo=sanitize_photo(jpeg_with_gps()))
    PrisonerContact.objects.create(
        prisoner=prisoner, kind=ContactKind.RELATIVE, name=CANARIES[0], phone=CANARIES[1],
        email=CANARIES[2], address=CANARIES[3])
    InternalNote.objects.create(prisoner=prisoner, text=CANARIES[4])
    RiskFlag.objects.create(prisoner=prisoner, kind=RiskKind.FAMILY_AT_RISK, note=CANARIES[5])
    IncomeFactory(note=CANARIES[6])
    SignatureFactory(email=CANARIES[7])
    prisoner.refresh_from_db()
    return prisoner


def make_backup():
    """Run `manage.py backup`; the file it wrote (the only one in BACKUP_DIR) and its output."""
    out = io.StringIO()
    call_command("backup", stdout=out)
    [path] = sorted(django_settings.BACKUP_DIR.iterdir())
    return path, out.getvalue()


def restore(path, alias):
    out = io.StringIO()
    call_command("restore", str(path), database=alias, stdout=out)
    return out.getvalue()


def fingerprint(alias):
    """Row count and MD5 of the ordered rows of every table, and every sequence's value."""
    connection = connections[alias]
    with connection.cursor() as cursor:
        tables = {}
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"""SELECT count(*), md5(coalesce(string_agg(t::text, E'\\n'
                               ORDER BY t::text), '')) FROM "{table}" t""")
            tables[table] = cursor.fetchone()
        cursor.execute("SELECT sequencename, last_value FROM pg_sequences "
                       "WHERE schemaname = 'public'")
        return tables, dict(cursor.fetchall())


def version(alias):
    return triggers.current_version(using=alias)


def media_files(root):
    return sorted(str(path.relative_to(root)) for path in root.rglob("*") if path.is_file())


def restored_media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "restored-media"
    return settings.MEDIA_ROOT


# The round trip ---------------------------------------------------------------------------------

@pytest.mark.django_db(transaction=True)
def test_round_trip_restores_every_table_and_the_photo(backup_settings, empty_database,
                                                       tmp_path):
    prisoner = private_data()
    photo_bytes = prisoner.photo.read()
    source_tables, source_sequences = fingerprint("default")
    path, _ = make_backup()

    target_media = restored_media(backup_settings, tmp_path)
    output = restore(path, empty_database)

    target_tables, target_sequences = fingerprint(empty_database)
    assert set(target_tables) == set(source_tables)
    assert len(source_tables) > 80
    version_table = triggers.VERSION_TABLE
    assert ({t: v for t, v in target_tables.items() if t != version_table}
            == {t: v for t, v in source_tables.items() if t != version_table})
    assert {s: v for s, v in target_sequences.items() if s != "publiccache_version_seq"} == {
        s: v for s, v in source_sequences.items() if s != "publiccache_version_seq"}
    assert source_tables["prisoners_internalnote"][0] == 1
    with connections[empty_database].cursor() as cursor:
        cursor.execute("SELECT text FROM prisoners_internalnote")
        assert cursor.fetchall() == [(CANARIES[4],)]
    assert media_files(target_media) == sorted([prisoner.photo.name,
                                                prisoner.photo_thumbnail.name])
    assert (target_media / prisoner.photo.name).read_bytes() == photo_bytes
    source_name = connections["default"].settings_dict["NAME"]
    assert output.startswith(f"Restored the backup of {source_name} made at ")
    assert (f": {len(source_tables)} tables, 2 files written to the storage "
            "(0 already there); the public page cache starts afresh.") in output


@pytest.mark.django_db
def test_restored_database_has_every_trigger_and_a_new_public_version(backup_settings,
                                                                     empty_database, tmp_path):
    path, _ = make_backup()
    before = version("default")
    restored_media(backup_settings, tmp_path)
    clock = int(datetime.datetime.now(datetime.UTC).timestamp() * 1_000_000)

    restore(path, empty_database)

    after = version(empty_database)
    assert after > before
    assert after > clock  # above the clock: no version of the old server comes back
    with connections[empty_database].cursor() as cursor:
        installed = triggers.existing_triggers(cursor)
        watched = set(triggers.watched_tables())
        assert {(t, triggers.ROW_TRIGGER) for t in watched} <= installed
        assert {(t, triggers.TRUNCATE_TRIGGER) for t in watched} <= installed
    Region.objects.using(empty_database).create(code="XX-BACKUP", name="Nowhere")
    assert version(empty_database) > after


@pytest.mark.django_db(transaction=True)
def test_backup_file_is_encrypted_private_and_named_by_the_utc_time(backup_settings):
    prisoner = private_data()
    photo_bytes = prisoner.photo.read()
    started = datetime.datetime.now(datetime.UTC).replace(microsecond=0)

    path, output = make_backup()

    name = path.name
    made = datetime.datetime.strptime(name, "coalition-backup-%Y%m%dT%H%M%SZ.age").replace(
        tzinfo=datetime.UTC)
    assert started <= made <= datetime.datetime.now(datetime.UTC)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    content = path.read_bytes()
    assert content.startswith(b"age-encryption.org/v1\n")
    for canary in CANARIES:
        assert canary.encode() not in content
    assert photo_bytes not in content
    assert prisoner.photo.name.encode() not in content
    assert output.startswith(f"Backup written to {path} (")
    assert ", encrypted for 1 recipient): database " in output
    assert output.rstrip().endswith(f"2 files ({backups_size(prisoner)}).")


def backups_size(prisoner):
    return size(prisoner.photo.size + prisoner.photo_thumbnail.size)


@pytest.mark.django_db
def test_manifest_lists_database_migrations_and_every_file_with_its_checksum(
        backup_settings, age_key):
    prisoner = private_data()
    path, _ = make_backup()

    manifest = decrypted_manifest(path, age_key[0])

    assert manifest["format"] == 1
    assert manifest["database"]["name"] == connections["default"].settings_dict["NAME"]
    assert manifest["database"]["pg_dump"] == connections["default"].pg_version // 10000
    assert "0001_initial" in manifest["migrations"]["prisoners"]
    photo = prisoner.photo
    photo.open("rb")
    expected = {"name": photo.name, "size": photo.size,
                "sha256": backups._digest(photo.file)["sha256"]}
    assert expected in manifest["files"]
    assert len(manifest["files"]) == 2
    created = datetime.datetime.fromisoformat(manifest["created_at"].replace("Z", "+00:00"))
    assert f"coalition-backup-{created:%Y%m%dT%H%M%SZ}.age" == path.name
    assert manifest["created_at"].endswith("Z")


def decrypted_manifest(path, identity):
    plain = pyrage.decrypt(path.read_bytes(), [x25519.Identity.from_str(identity)])
    with tarfile.open(fileobj=io.BytesIO(plain)) as outer:
        return json.loads(outer.extractfile("manifest.json").read())


# Refusals ---------------------------------------------------------------------------------------

@pytest.fixture
def backup_with_a_file(db, backup_settings):
    """A backup of the (migrated) test database and of one uploaded file."""
    storages["default"].save("photos/prisoners/canary.jpg", io.BytesIO(jpeg_with_gps().read()))
    return make_backup()[0]


def tamper_middle(path, monkeypatch):
    content = bytearray(path.read_bytes())
    content[len(content) // 2] ^= 0x01
    path.write_bytes(bytes(content))


def truncate(path, monkeypatch):
    content = path.read_bytes()
    path.write_bytes(content[: len(content) * 2 // 3])


def wrong_key(path, monkeypatch):
    monkeypatch.setenv("BACKUP_AGE_IDENTITY", str(x25519.Identity.generate()))


def no_key(path, monkeypatch):
    monkeypatch.delenv("BACKUP_AGE_IDENTITY")


def invalid_key(path, monkeypatch):
    monkeypatch.setenv("BACKUP_AGE_IDENTITY", "AGE-SECRET-KEY-1NOTAKEY")


def not_a_backup(path, monkeypatch):
    path.write_bytes(b"PGDMP a database dump, not encrypted")


@pytest.mark.parametrize(("spoil", "message"), [
    (tamper_middle, backups.DAMAGED),
    (truncate, backups.DAMAGED),
    (wrong_key, backups.WRONG_KEY),
    (no_key, backups.IDENTITY_MISSING),
    (invalid_key, backups.IDENTITY_INVALID),
    (not_a_backup, None),
])
def test_spoiled_backup_or_key_is_refused_and_nothing_is_written(
        spoil, message, backup_with_a_file, empty_database, settings, tmp_path, monkeypatch):
    target_media = restored_media(settings, tmp_path)
    spoil(backup_with_a_file, monkeypatch)

    with pytest.raises(CommandError) as error:
        restore(backup_with_a_file, empty_database)

    expected = message or (f"{backup_with_a_file} is not an age-encrypted backup, or its header "
                           "is damaged (Header is invalid); nothing was restored.")
    assert str(error.value) == expected
    assert "\n" not in str(error.value)
    assert connections[empty_database].introspection.table_names() == []
    assert not target_media.exists()


def reencrypted(path, identity, recipient, change):
    """The backup decrypted, changed by ``change(manifest, members)`` and encrypted again to the
    right key, as anyone who knows the public key could."""
    plain = pyrage.decrypt(path.read_bytes(), [x25519.Identity.from_str(identity)])
    with tarfile.open(fileobj=io.BytesIO(plain)) as outer:
        manifest = json.loads(outer.extractfile("manifest.json").read())
        archive = outer.extractfile("data.tar").read()
    manifest, archive = change(manifest, archive)
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as outer:
        for name, content in (("manifest.json", json.dumps(manifest).encode()),
                              ("data.tar", archive)):
            info = tarfile.TarInfo(name)
            info.size = len(content)
            outer.addfile(info, io.BytesIO(content))
    path.write_bytes(pyrage.encrypt(buffer.getvalue(), [x25519.Recipient.from_str(recipient)]))


def wrong_archive_checksum(manifest, archive):
    manifest["archive"]["sha256"] = "0" * 64
    return manifest, archive


def wrong_file_checksum(manifest, archive):
    manifest["files"][0]["sha256"] = "f" * 64
    manifest["archive"].update(backups._digest(io.BytesIO(archive)))
    return manifest, archive


def file_left_out_of_the_manifest(manifest, archive):
    manifest["files"] = []
    return manifest, archive


def file_missing_from_the_archive(manifest, archive):
    source = tarfile.open(fileobj=io.BytesIO(archive))
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as target:
        member = source.getmember("database.dump")
        target.addfile(member, source.extractfile(member))
    archive = buffer.getvalue()
    manifest["archive"].update(backups._digest(io.BytesIO(archive)))
    return manifest, archive


def name_outside_the_storage(manifest, archive):
    manifest["files"][0]["name"] = "../../etc/cron.d/evil"
    return manifest, archive


@pytest.mark.parametrize(("change", "message"), [
    (wrong_archive_checksum, backups.MISMATCH),
    (wrong_file_checksum, backups.MISMATCH),
    (file_left_out_of_the_manifest, backups.MISMATCH),
    (file_missing_from_the_archive, backups.MISMATCH),
    (name_outside_the_storage, backups.NOT_A_BACKUP),
])
def test_backup_that_does_not_match_its_manifest_is_refused(
        change, message, backup_with_a_file, age_key, empty_database, settings, tmp_path):
    reencrypted(backup_with_a_file, *age_key, change)
    target_media = restored_media(settings, tmp_path)

    with pytest.raises(CommandError) as error:
        restore(backup_with_a_file, empty_database)

    assert str(error.value) == message
    assert connections[empty_database].introspection.table_names() == []
    assert not target_media.exists()


@pytest.mark.django_db
def test_restore_into_a_database_that_is_not_empty_is_refused_and_changes_nothing(
        backup_settings, tmp_path):
    private_data()
    path, _ = make_backup()
    before = fingerprint("default")
    media_before = media_files(backup_settings.MEDIA_ROOT)

    with pytest.raises(CommandError) as error:
        restore(path, "default")

    tables = len(before[0])
    assert str(error.value) == (
        f"The database {connections['default'].settings_dict['NAME']} is not empty ({tables} "
        "tables): restore only into a new, empty database (createdb, then point DATABASE_URL "
        "at it); nothing was restored.")
    assert fingerprint("default") == before
    assert media_files(backup_settings.MEDIA_ROOT) == media_before


def test_restore_refuses_a_storage_holding_other_contents_under_a_backup_name(
        backup_with_a_file, empty_database, settings, tmp_path):
    target_media = restored_media(settings, tmp_path)
    (target_media / "photos/prisoners").mkdir(parents=True)
    (target_media / "photos/prisoners/canary.jpg").write_bytes(b"another photo")

    with pytest.raises(CommandError) as error:
        restore(backup_with_a_file, empty_database)

    assert str(error.value) == (
        "The storage already holds 1 of the backup's files with other contents (such as "
        "photos/prisoners/canary.jpg); restore into an empty storage; nothing was restored.")
    assert (target_media / "photos/prisoners/canary.jpg").read_bytes() == b"another photo"
    assert connections[empty_database].introspection.table_names() == []


def test_restore_keeps_a_file_already_there_with_the_same_contents(
        backup_with_a_file, empty_database, settings, tmp_path):
    original = (settings.MEDIA_ROOT / "photos/prisoners/canary.jpg").read_bytes()
    target_media = restored_media(settings, tmp_path)
    (target_media / "photos/prisoners").mkdir(parents=True)
    (target_media / "photos/prisoners/canary.jpg").write_bytes(original)

    output = restore(backup_with_a_file, empty_database)

    assert "0 files written to the storage (1 already there)" in output
    assert media_files(target_media) == ["photos/prisoners/canary.jpg"]


def test_failed_pg_restore_leaves_the_database_empty_and_takes_the_files_back(
        backup_with_a_file, empty_database, settings, tmp_path):
    # Not a table, so the database counts as empty, but pg_restore cannot create it again.
    with connections[empty_database].cursor() as cursor:
        cursor.execute("CREATE SEQUENCE publiccache_version_seq")
    target_media = restored_media(settings, tmp_path)

    with pytest.raises(CommandError) as error:
        restore(backup_with_a_file, empty_database)

    assert str(error.value).startswith("pg_restore failed: pg_restore: error: ")
    assert 'relation "publiccache_version_seq" already exists' in str(error.value)
    assert str(error.value).endswith("; nothing was restored.")
    assert connections[empty_database].introspection.table_names() == []
    assert media_files(target_media) == []


def test_restore_of_a_file_that_does_not_exist(backup_settings, empty_database, tmp_path):
    with pytest.raises(CommandError) as error:
        restore(tmp_path / "missing.age", empty_database)

    assert str(error.value) == (f"{tmp_path / 'missing.age'} does not exist or is not a file; "
                                "nothing was restored.")


# The backup command -----------------------------------------------------------------------------

@pytest.mark.django_db
def test_backup_without_a_recipient_is_refused_and_writes_nothing(backup_settings):
    backup_settings.BACKUP_AGE_RECIPIENT = ""

    with pytest.raises(CommandError) as error:
        call_command("backup", stdout=io.StringIO())

    assert str(error.value) == backups.RECIPIENT_MISSING
    assert not backup_settings.BACKUP_DIR.exists()


@pytest.mark.django_db
def test_backup_with_an_invalid_recipient_is_refused(backup_settings):
    backup_settings.BACKUP_AGE_RECIPIENT = "age1notakey"

    with pytest.raises(CommandError) as error:
        call_command("backup", stdout=io.StringIO())

    assert str(error.value) == backups.RECIPIENT_INVALID


@pytest.mark.django_db
def test_backup_to_several_recipients_opens_with_each_key(backup_settings, age_key, tmp_path):
    other = x25519.Identity.generate()
    backup_settings.BACKUP_AGE_RECIPIENT = f"{age_key[1]}, {other.to_public()}"
    out = io.StringIO()

    call_command("backup", output=tmp_path / "two.age", stdout=out)

    assert "encrypted for 2 recipients" in out.getvalue()
    assert decrypted_manifest(tmp_path / "two.age", age_key[0])["format"] == 1
    assert decrypted_manifest(tmp_path / "two.age", str(other))["format"] == 1


@pytest.mark.django_db
def test_backup_never_replaces_an_existing_file(backup_settings, tmp_path):
    existing = tmp_path / "existing.age"
    existing.write_bytes(b"an older backup")

    with pytest.raises(CommandError) as error:
        call_command("backup", output=existing, stdout=io.StringIO())

    assert str(error.value) == f"{existing} exists already; nothing was written."
    assert existing.read_bytes() == b"an older backup"


@pytest.mark.django_db
def test_keep_days_removes_only_older_backups_of_this_command(backup_settings):
    folder = backup_settings.BACKUP_DIR
    folder.mkdir()
    now = datetime.datetime.now(datetime.UTC)
    old = folder / f"coalition-backup-{now - datetime.timedelta(days=8):%Y%m%dT%H%M%SZ}.age"
    recent = folder / f"coalition-backup-{now - datetime.timedelta(days=6):%Y%m%dT%H%M%SZ}.age"
    unrelated = folder / "coalition-backup-20200101T000000Z.age.keep"
    for path in (old, recent, unrelated):
        path.write_bytes(b"x")
    out = io.StringIO()

    call_command("backup", keep_days=7, stdout=out)

    assert not old.exists()
    assert recent.exists() and unrelated.exists()
    assert len(list(folder.glob("coalition-backup-*.age"))) == 2
    assert out.getvalue().endswith(f"Removed 1 backup older than 7 days\n  {old.name}\n")


@pytest.mark.django_db
def test_keep_days_must_be_positive(backup_settings):
    with pytest.raises(CommandError, match=r"^--keep-days must be at least 1\.$"):
        call_command("backup", keep_days=0, stdout=io.StringIO())
    assert not backup_settings.BACKUP_DIR.exists()


def test_storage_walk_lists_nested_files_and_an_absent_media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "not-yet"
    assert backups.storage_names(storages["default"]) == []
    settings.MEDIA_ROOT = tmp_path / "media"
    for name in ("b.jpg", "photos/prisoners/a.jpg", "photos/mentors/c.jpg"):
        storages["default"].save(name, io.BytesIO(b"x"))
    assert backups.storage_names(storages["default"]) == [
        "b.jpg", "photos/mentors/c.jpg", "photos/prisoners/a.jpg"]


# PostgreSQL client programs ---------------------------------------------------------------------

def fake_tool(folder, name, version):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"#!/bin/sh\necho '{name} (PostgreSQL) {version}'\n")
    path.chmod(0o755)
    return path


@pytest.mark.parametrize(("server", "chosen"), [(15, "v15"), (16, "v16"), (17, "v18")])
def test_client_programs_of_the_server_version_are_preferred_else_the_oldest_newer(
        server, chosen, tmp_path, monkeypatch):
    for version in ("18.1", "15.20", "16.4"):
        fake_tool(tmp_path / f"v{version.split('.')[0]}", "pg_dump", version)
    monkeypatch.delenv("PG_BIN_DIR", raising=False)
    monkeypatch.setattr(pgtools, "candidate_dirs", lambda environ=None: [
        tmp_path / "v18", tmp_path / "v15", tmp_path / "v16"])

    assert pgtools.find_tool("pg_dump", server) == tmp_path / chosen / "pg_dump"


def test_no_client_program_new_enough_is_a_clear_error(tmp_path, monkeypatch):
    fake_tool(tmp_path / "v15", "pg_dump", "15.20")
    monkeypatch.delenv("PG_BIN_DIR", raising=False)
    monkeypatch.setattr(pgtools, "candidate_dirs", lambda environ=None: [tmp_path / "v15"])

    with pytest.raises(pgtools.ToolError) as error:
        pgtools.find_tool("pg_dump", 18)

    assert str(error.value) == (
        f"No pg_dump for PostgreSQL 18 or newer (found: 15 in {tmp_path / 'v15'}). Install "
        "postgresql-client-18 or set PG_BIN_DIR to its bin folder.")


def test_pg_bin_dir_overrides_the_search(tmp_path, monkeypatch):
    fake_tool(tmp_path / "custom", "pg_restore", "17.2")
    monkeypatch.setenv("PG_BIN_DIR", str(tmp_path / "custom"))
    assert pgtools.find_tool("pg_restore", 16) == tmp_path / "custom" / "pg_restore"

    with pytest.raises(pgtools.ToolError) as error:
        pgtools.find_tool("pg_restore", 18)
    assert str(error.value) == (f"{tmp_path / 'custom' / 'pg_restore'} is version 17, older "
                                "than the server (PostgreSQL 18); point PG_BIN_DIR at version "
                                "18's.")
    monkeypatch.setenv("PG_BIN_DIR", str(tmp_path / "empty"))
    with pytest.raises(pgtools.ToolError, match="has no working pg_restore"):
        pgtools.find_tool("pg_restore", 16)


@pytest.mark.django_db
def test_the_real_search_finds_programs_of_the_test_servers_version(monkeypatch):
    monkeypatch.delenv("PG_BIN_DIR", raising=False)
    major = pgtools.server_major(connections["default"])
    for name in ("pg_dump", "pg_restore"):
        assert pgtools.tool_major(pgtools.find_tool(name, major)) == major


def test_connection_settings_go_to_the_environment_not_the_command_line():
    env = pgtools.client_env({
        "NAME": "registry", "USER": "coalition", "PASSWORD": "s3cret", "HOST": "",
        "PORT": 5433, "OPTIONS": {"host": "/run/postgresql", "sslmode": "require",
                                  "pool": True}}, base={"PATH": "/usr/bin"})

    assert env == {"PATH": "/usr/bin", "PGDATABASE": "registry", "PGUSER": "coalition",
                   "PGPASSWORD": "s3cret", "PGHOST": "/run/postgresql", "PGPORT": "5433",
                   "PGSSLMODE": "require"}


@pytest.mark.django_db
def test_failing_pg_dump_is_reported_and_leaves_no_file(backup_settings, tmp_path, monkeypatch):
    tool = fake_tool(tmp_path / "bin", "pg_dump", "99.0")
    tool.write_text('#!/bin/sh\n[ "$1" = --version ] && echo "pg_dump (PostgreSQL) 99.0" '
                    '&& exit 0\necho "pg_dump: error: connection to server failed" >&2\nexit 1\n')
    monkeypatch.setenv("PG_BIN_DIR", str(tmp_path / "bin"))

    with pytest.raises(CommandError) as error:
        call_command("backup", stdout=io.StringIO())

    assert str(error.value) == ("pg_dump failed: pg_dump: error: connection to server failed; "
                                "nothing was written.")
    assert list(backup_settings.BACKUP_DIR.iterdir()) == []


def test_restore_names_migrations_the_code_and_the_backup_do_not_share():
    on_disk = sorted(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)
    migrations = {}
    for app, name in on_disk[1:]:
        migrations.setdefault(app, []).append(name)
    migrations["prisoners"].append("9999_from_the_future")

    notes = backups._migration_notes({"migrations": migrations})

    assert notes == [
        "The backup has 1 migration this code lacks (such as prisoners.9999_from_the_future): "
        "run the code version that made it.",
        "This code has 1 migration the backup lacks: run `manage.py migrate`."]
