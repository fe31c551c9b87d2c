from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class PublicCacheConfig(AppConfig):
    name = "publiccache"
    verbose_name = _("Public page cache")

    def ready(self):
        from publiccache import triggers

        # After every migrate (and every flush in tests), so a table added later gets its
        # trigger without anyone remembering to write one.
        post_migrate.connect(triggers.install, sender=self,
                             dispatch_uid="publiccache.triggers.install")
