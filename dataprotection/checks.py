"""Deployment checks of backups (registered in dataprotection.apps)."""

import os

from django.conf import settings
from django.core import checks

from dataprotection.backup import BackupError, parse_recipients


@checks.register(checks.Tags.security, deploy=True)
def check_backup_keys(app_configs, **kwargs):
    """Production can write backups (a public key is set and valid), and the secret key that
    reads them is not in the web server's environment. The embedded-database demo is exempt."""
    if settings.EMBEDDED_DATABASE:
        return []
    messages = []
    if not settings.BACKUP_AGE_RECIPIENT.strip():
        messages.append(checks.Warning(
            "BACKUP_AGE_RECIPIENT is not set: `manage.py backup` cannot encrypt a backup, so "
            "none can be made.",
            hint="Generate an age key pair away from the server (README, 'Backup and "
                 "restore') and set BACKUP_AGE_RECIPIENT to its public key (age1...).",
            id="dataprotection.W001"))
    else:
        try:
            parse_recipients(settings.BACKUP_AGE_RECIPIENT)
        except BackupError:
            messages.append(checks.Error(
                "BACKUP_AGE_RECIPIENT is not a valid age public key: backups would fail.",
                hint="Set it to the public key (age1...) printed by age-keygen, or several "
                     "separated by commas.",
                id="dataprotection.E001"))
    if os.environ.get("BACKUP_AGE_IDENTITY"):
        messages.append(checks.Warning(
            "BACKUP_AGE_IDENTITY is set on the server: whoever takes the server can then "
            "decrypt every backup.",
            hint="Keep the identity offline and set it only in the shell that runs "
                 "`manage.py restore`.",
            id="dataprotection.W002"))
    return messages
