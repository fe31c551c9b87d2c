from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DataProtectionConfig(AppConfig):
    """Backups, personal data on request, retention and the record of who looked at private
    data."""

    name = "dataprotection"
    verbose_name = _("Data protection")

    def ready(self):
        # checks registers the deployment checks on import.
        from dataprotection import checks, forgetting  # noqa: F401

        forgetting.connect()
