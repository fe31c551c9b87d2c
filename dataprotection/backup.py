"""Encrypted backups: the database and every uploaded file in one age-encrypted file.

The file is encrypted with age (pyrage) to the public keys in BACKUP_AGE_RECIPIENT, so the
server needs no secret to write backups; the identity that reads them is kept offline and
given to `manage.py restore` in BACKUP_AGE_IDENTITY. The plaintext is a tar archive of

    manifest.json   format, creation time, database, applied migrations, and the size and
                    SHA-256 of data.tar, of the dump and of every file
    data.tar        database.dump (pg_dump's custom format) and files/<name in the storage>

age authenticates every 64 KiB chunk and the end of the stream, so one changed byte or a cut-off
file fails the decryption; the checksums then prove that the archive is the whole backup.
A restore checks all of it before it writes anything, and writes the files back before the
database so that a failed pg_restore (one transaction) can take them away again.
"""

import contextlib
import datetime
import hashlib
import io
import json
import os
import re
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pyrage
from django.conf import settings
from django.core.files import File
from django.core.files.storage import storages
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from pyrage import x25519

from dataprotection import pgtools
from publiccache import triggers

FORMAT = 1
MANIFEST = "manifest.json"
ARCHIVE = "data.tar"
DUMP = "database.dump"
FILES = "files/"
FILENAME_PATTERN = re.compile(r"^coalition-backup-(\d{8}T\d{6}Z)\.age$")
TIMESTAMP = "%Y%m%dT%H%M%SZ"
CHUNK = 1024 * 1024
SHA256_PATTERN = re.compile(r"^[0-9a-f]{64}$")

NOTHING = "nothing was restored."
RECIPIENT_MISSING = ("BACKUP_AGE_RECIPIENT is not set: set it to the age public key "
                     "(age1...) that backups are encrypted for; nothing was written.")
RECIPIENT_INVALID = ("BACKUP_AGE_RECIPIENT is not a valid age public key (age1...); "
                     "nothing was written.")
IDENTITY_MISSING = ("BACKUP_AGE_IDENTITY is not set: set it to the age identity "
                    f"(AGE-SECRET-KEY-1...) the backup was encrypted for; {NOTHING}")
IDENTITY_INVALID = ("BACKUP_AGE_IDENTITY is not a valid age identity: it holds the key itself "
                    '(AGE-SECRET-KEY-1..., e.g. "$(cat key.txt)"), not a file name; '
                    f"{NOTHING}")
WRONG_KEY = ("The backup cannot be decrypted with BACKUP_AGE_IDENTITY: it was encrypted for "
             f"another key, or its header was altered; {NOTHING}")
DAMAGED = ("The backup is damaged or incomplete (altered or truncated): its encrypted data "
           f"fails authentication; {NOTHING}")
UNREADABLE = "{path} is not an age-encrypted backup, or its header is damaged ({error}); " + NOTHING
NOT_A_BACKUP = f"The decrypted file is not a backup of this site (format {FORMAT}); {NOTHING}"
MISMATCH = ("The backup does not match its manifest (a checksum, a size or the list of files "
            f"differs): it is incomplete or was altered; {NOTHING}")
NOT_EMPTY = ("The database {name} is not empty ({count} tables): restore only into a new, "
             "empty database (createdb, then point DATABASE_URL at it); " + NOTHING)
CONFLICT = ("The storage already holds {count} of the backup's files with other contents "
            "(such as {name}); restore into an empty storage; " + NOTHING)


def count(number, noun):
    """'1 file', '2 files': operators read these lines."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


class BackupError(Exception):
    """A backup or restore that cannot go on; the message is one line for the operator."""


@dataclass
class Backup:
    path: Path
    size: int
    manifest: dict


@dataclass
class Restore:
    manifest: dict
    tables: int
    files_written: list
    files_present: list
    notes: list = field(default_factory=list)


def parse_recipients(value):
    """age public keys from a setting: one or several, separated by commas or spaces."""
    keys = (value or "").replace(",", " ").split()
    if not keys:
        raise BackupError(RECIPIENT_MISSING)
    try:
        return [x25519.Recipient.from_str(key) for key in keys]
    except pyrage.RecipientError:
        raise BackupError(RECIPIENT_INVALID) from None


def parse_identities(value):
    """age identities, one a line; comment lines (as age-keygen writes them) are skipped, so
    BACKUP_AGE_IDENTITY="$(cat key.txt)" works."""
    keys = [line.strip() for line in (value or "").splitlines()
            if line.strip() and not line.strip().startswith("#")]
    if not keys:
        raise BackupError(IDENTITY_MISSING)
    try:
        return [x25519.Identity.from_str(key) for key in keys]
    except pyrage.IdentityError:
        raise BackupError(IDENTITY_INVALID) from None


def default_path(now):
    return Path(settings.BACKUP_DIR) / f"coalition-backup-{now:{TIMESTAMP}}.age"


def storage_names(storage, folder=""):
    """Every file of a storage, walked through the storage API (file system or S3 alike)."""
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:
        if folder:
            raise
        return []  # MEDIA_ROOT is created with the first upload
    names = [_join(folder, name) for name in files]
    for name in folders:
        names += storage_names(storage, _join(folder, name))
    return sorted(names)


def _join(folder, name):
    return f"{folder}/{name}" if folder else name


class _Digest:
    """A reader that counts and hashes what passes through it."""

    def __init__(self, raw):
        self.raw, self.sha256, self.size = raw, hashlib.sha256(), 0

    def read(self, size=-1):
        data = self.raw.read(size)
        self.sha256.update(data)
        self.size += len(data)
        return data

    def entry(self):
        return {"size": self.size, "sha256": self.sha256.hexdigest()}


def _digest(source, target=None):
    """Size and SHA-256 of a stream read to its end, copied to ``target`` if given."""
    reader = _Digest(source)
    while data := reader.read(CHUNK):
        if target is not None:
            target.write(data)
    return reader.entry()


def _tarinfo(name, size, mtime):
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode = size, mtime, 0o600
    return info


# Backup -----------------------------------------------------------------------------------------

def backup_create(*, recipients, output=None, using=DEFAULT_DB_ALIAS, storage=None, now=None):
    """Write an encrypted backup of the database ``using`` and of ``storage`` (the default
    storage); the file is created with mode 0600 and appears only once complete."""
    storage = storage or storages["default"]
    now = now or datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    target = Path(output) if output else default_path(now)
    if target.exists():
        raise BackupError(f"{target} exists already; nothing was written.")
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        return _backup_create(recipients, target, connections[using], storage, now)
    except pgtools.ToolError as error:
        raise BackupError(f"{error}; nothing was written.") from None


def _backup_create(recipients, target, connection, storage, now):
    pg_dump = pgtools.find_tool("pg_dump", pgtools.server_major(connection))
    with tempfile.TemporaryDirectory(prefix="coalition-backup-") as tmp:
        dump, archive, plain = Path(tmp, DUMP), Path(tmp, ARCHIVE), Path(tmp, "backup.tar")
        # The database first, then the files: a photo uploaded meanwhile is only an extra file,
        # while files copied first would miss the photos of rows the dump then contains.
        pgtools.run(pg_dump, ["--format=custom", "--no-owner", "--no-privileges",
                              f"--file={dump}"], connection.settings_dict)
        manifest = _manifest(connection, now, pg_dump)
        manifest["database"]["dump"], manifest["files"] = _write_archive(
            archive, dump, storage, int(now.timestamp()))
        with archive.open("rb") as source:
            manifest["archive"] = {"name": ARCHIVE, **_digest(source)}
        _write_plain(plain, manifest, archive, int(now.timestamp()))
        archive.unlink()
        _encrypt(plain, target, recipients)
    return Backup(path=target, size=target.stat().st_size, manifest=manifest)


def _manifest(connection, now, pg_dump):
    applied = MigrationRecorder(connection).applied_migrations()
    migrations = {}
    for app, name in sorted(applied):
        migrations.setdefault(app, []).append(name)
    version = connection.pg_version
    return {
        "format": FORMAT,
        "created_at": now.isoformat().replace("+00:00", "Z"),
        "database": {"name": connection.settings_dict["NAME"],
                     "server_version": f"{version // 10000}.{version % 10000}",
                     "pg_dump": pgtools.tool_major(pg_dump)},
        "migrations": migrations,
    }


def _write_archive(archive, dump, storage, mtime):
    files = []
    with tarfile.open(archive, "w", format=tarfile.PAX_FORMAT) as tar:
        with dump.open("rb") as source:
            reader = _Digest(source)
            tar.addfile(_tarinfo(DUMP, dump.stat().st_size, mtime), reader)
        dump_entry = reader.entry()
        dump.unlink()
        for name in storage_names(storage):
            with storage.open(name, "rb") as source:
                reader = _Digest(source)
                tar.addfile(_tarinfo(FILES + name, storage.size(name), mtime), reader)
            files.append({"name": name, **reader.entry()})
    return dump_entry, files


def _write_plain(plain, manifest, archive, mtime):
    content = json.dumps(manifest, indent=2, sort_keys=True).encode()
    with tarfile.open(plain, "w", format=tarfile.PAX_FORMAT) as tar:
        tar.addfile(_tarinfo(MANIFEST, len(content), mtime), io.BytesIO(content))
        with archive.open("rb") as source:
            tar.addfile(_tarinfo(ARCHIVE, archive.stat().st_size, mtime), source)


def _encrypt(plain, target, recipients):
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    # Created 0600 before age writes into it (it truncates and keeps the mode).
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        pyrage.encrypt_file(str(plain), str(partial), recipients)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def backups_prune(*, directory, keep_days, now):
    """Delete this command's backups (by the time in their name) older than ``keep_days``."""
    cutoff = now - datetime.timedelta(days=keep_days)
    removed = []
    for path in sorted(Path(directory).iterdir()):
        match = FILENAME_PATTERN.match(path.name)
        if not match or not path.is_file():
            continue
        made = datetime.datetime.strptime(match[1], TIMESTAMP).replace(tzinfo=datetime.UTC)
        if made < cutoff:
            path.unlink()
            removed.append(path)
    return removed


# Restore ----------------------------------------------------------------------------------------

def backup_restore(*, path, identities, using=DEFAULT_DB_ALIAS, storage=None):
    """Restore a backup into the empty database ``using`` and into ``storage``, after
    decrypting it fully and checking it against its manifest."""
    storage = storage or storages["default"]
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"{path} does not exist or is not a file; {NOTHING}")
    connection = connections[using]
    if tables := connection.introspection.table_names():
        raise BackupError(NOT_EMPTY.format(name=connection.settings_dict["NAME"],
                                           count=len(tables)))
    try:
        pg_restore = pgtools.find_tool("pg_restore", pgtools.server_major(connection))
    except pgtools.ToolError as error:
        raise BackupError(f"{error}; {NOTHING}") from None
    with tempfile.TemporaryDirectory(prefix="coalition-restore-") as tmp:
        plain, dump = Path(tmp, "backup.tar"), Path(tmp, DUMP)
        _decrypt(path, plain, identities)
        with _open_tar(plain) as outer:
            manifest = _read_manifest(outer)
            with _open_archive(outer, manifest) as data:
                _verify_members(data, manifest, dump)
                present = _present_files(storage, manifest["files"])
                written = _restore_files(data, storage, manifest["files"], skip=present)
        try:
            pgtools.run(pg_restore, ["--exit-on-error", "--single-transaction", "--no-owner",
                                     "--dbname=", str(dump)], connection.settings_dict)
        except pgtools.ToolError as error:
            _delete(storage, written)
            raise BackupError(f"{error}; {NOTHING}") from None
    _refresh_public_cache(using)
    return Restore(manifest=manifest, tables=len(connection.introspection.table_names()),
                   files_written=written, files_present=sorted(present),
                   notes=_migration_notes(manifest))


def _decrypt(path, plain, identities):
    try:
        pyrage.decrypt_file(str(path), str(plain), identities)
    except pyrage.DecryptError as error:
        if "no matching keys" in str(error).lower():
            raise BackupError(WRONG_KEY) from None
        raise BackupError(UNREADABLE.format(path=path, error=error)) from None
    except OSError as error:
        if error.errno is None:  # age's authentication of a chunk or of the end failed
            raise BackupError(DAMAGED) from None
        raise BackupError(f"Could not decrypt {path} into {plain.parent} ({error.strerror}); "
                          f"{NOTHING}") from None


def _open_tar(path):
    try:
        return tarfile.open(path, "r:")
    except tarfile.TarError:
        raise BackupError(NOT_A_BACKUP) from None


def _read_manifest(outer):
    try:
        members = outer.getmembers()
        if sorted(m.name for m in members) != [ARCHIVE, MANIFEST]:
            raise ValueError
        if not all(member.isreg() for member in members):
            raise ValueError
        manifest = json.loads(outer.extractfile(MANIFEST).read())
        if manifest["format"] != FORMAT:
            raise ValueError
        _check_entry(manifest["archive"])
        _check_entry(manifest["database"]["dump"])
        names = [_check_entry(entry)["name"] for entry in manifest["files"]]
        if not all(_is_safe_name(name) for name in names) or len(set(names)) != len(names):
            raise ValueError
    except (KeyError, TypeError, ValueError, AttributeError, tarfile.TarError):
        raise BackupError(NOT_A_BACKUP) from None
    return manifest


def _check_entry(entry):
    if not (isinstance(entry["size"], int) and SHA256_PATTERN.match(entry["sha256"])):
        raise ValueError
    return entry


def _is_safe_name(name):
    """A relative storage name without '..' (a manifest must not write outside the storage)."""
    return (isinstance(name, str) and "\\" not in name and "\x00" not in name
            and all(part not in ("", ".", "..") for part in name.split("/")))


def _open_archive(outer, manifest):
    archive = outer.extractfile(ARCHIVE)
    if _digest(archive) != {k: manifest["archive"][k] for k in ("size", "sha256")}:
        raise BackupError(MISMATCH)
    archive.seek(0)
    try:
        return tarfile.open(fileobj=archive, mode="r:")
    except tarfile.TarError:
        raise BackupError(MISMATCH) from None


def _verify_members(data, manifest, dump):
    """Every member is listed in the manifest with its size and SHA-256, and every listed one
    is there; the dump is written to ``dump`` on the way."""
    expected = {DUMP: manifest["database"]["dump"],
                **{FILES + entry["name"]: entry for entry in manifest["files"]}}
    seen = set()
    for member in data:
        entry = expected.get(member.name)
        if entry is None or member.name in seen or not member.isreg():
            raise BackupError(MISMATCH)
        seen.add(member.name)
        with open(dump, "wb") if member.name == DUMP else contextlib.nullcontext() as target:
            found = _digest(data.extractfile(member), target)
        if found != {"size": entry["size"], "sha256": entry["sha256"]}:
            raise BackupError(MISMATCH)
    if seen != set(expected):
        raise BackupError(MISMATCH)


def _present_files(storage, files):
    """Names already in the storage with the backup's contents (they are left alone); any
    other content under a backup's name stops the restore before it writes anything."""
    present, conflicts = set(), []
    for entry in files:
        if not storage.exists(entry["name"]):
            continue
        with storage.open(entry["name"], "rb") as source:
            same = _digest(source) == {"size": entry["size"], "sha256": entry["sha256"]}
        if same:
            present.add(entry["name"])
        else:
            conflicts.append(entry["name"])
    if conflicts:
        raise BackupError(CONFLICT.format(count=len(conflicts), name=conflicts[0]))
    return present


def _restore_files(data, storage, files, skip):
    written = []
    try:
        for entry in files:
            name = entry["name"]
            if name in skip:
                continue
            saved = storage.save(name, File(data.extractfile(FILES + name), name=name))
            written.append(saved)
            if saved != name:
                raise BackupError(f"The storage saved {name} as {saved}; {NOTHING}")
    except BaseException:
        _delete(storage, written)
        raise
    return written


def _delete(storage, names):
    for name in names:
        storage.delete(name)


def _refresh_public_cache(using):
    """The restored database gets every trigger of this code, its version sequence above
    the clock (SETUP_SQL), and a new version: pages cached before cannot be served."""
    triggers.install(using=using)
    with transaction.atomic(using=using), connections[using].cursor() as cursor:
        cursor.execute(f"UPDATE {triggers.VERSION_TABLE} "
                       "SET version = nextval('publiccache_version_seq') WHERE id = 1")


def _migration_notes(manifest):
    on_disk = set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)
    in_backup = {(app, name) for app, names in manifest["migrations"].items() for name in names}
    notes = []
    if unknown := sorted(in_backup - on_disk):
        notes.append(f"The backup has {count(len(unknown), 'migration')} this code lacks (such as "
                     f"{'.'.join(unknown[0])}): run the code version that made it.")
    if missing := sorted(on_disk - in_backup):
        notes.append(f"This code has {count(len(missing), 'migration')} the backup lacks: run "
                     "`manage.py migrate`.")
    return notes
