from django.core import checks
from django.test import override_settings
from pyrage import x25519

from dataprotection.checks import check_backup_keys

RECIPIENT = str(x25519.Identity.generate().to_public())


def deploy_ids():
    return [message.id for message in checks.run_checks(include_deployment_checks=True)]


@override_settings(EMBEDDED_DATABASE=False, BACKUP_AGE_RECIPIENT="")
def test_production_without_a_backup_key_warns_on_deploy_check(monkeypatch):
    monkeypatch.delenv("BACKUP_AGE_IDENTITY", raising=False)
    [warning] = check_backup_keys(None)
    assert warning.id == "dataprotection.W001"
    assert warning.level == checks.WARNING
    assert warning.msg.startswith("BACKUP_AGE_RECIPIENT is not set")
    assert "dataprotection.W001" in deploy_ids()
    assert "dataprotection.W001" not in [message.id for message in checks.run_checks()]


@override_settings(EMBEDDED_DATABASE=False, BACKUP_AGE_RECIPIENT="age1notakey")
def test_production_with_an_invalid_backup_key_is_an_error(monkeypatch):
    monkeypatch.delenv("BACKUP_AGE_IDENTITY", raising=False)
    [error] = check_backup_keys(None)
    assert (error.id, error.level) == ("dataprotection.E001", checks.ERROR)


@override_settings(EMBEDDED_DATABASE=False, BACKUP_AGE_RECIPIENT=RECIPIENT)
def test_production_with_a_valid_key_passes(monkeypatch):
    monkeypatch.delenv("BACKUP_AGE_IDENTITY", raising=False)
    assert check_backup_keys(None) == []


@override_settings(EMBEDDED_DATABASE=False, BACKUP_AGE_RECIPIENT=RECIPIENT)
def test_the_secret_key_in_the_servers_environment_warns(monkeypatch):
    monkeypatch.setenv("BACKUP_AGE_IDENTITY", str(x25519.Identity.generate()))
    assert [message.id for message in check_backup_keys(None)] == ["dataprotection.W002"]


@override_settings(EMBEDDED_DATABASE=True, BACKUP_AGE_RECIPIENT="")
def test_the_embedded_database_demo_needs_no_backup_key():
    assert check_backup_keys(None) == []
