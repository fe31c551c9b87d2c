from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        # Sign-in receivers (idle clock, security e-mails); the project's own system checks
        # (coalition/checks.py) register on import.
        from accounts import signals  # noqa: F401
        from coalition import checks  # noqa: F401
