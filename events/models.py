from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField


class Organisation(models.Model):
    """A member organisation of the coalition: it organises events and writes news.

    Every organisation is public by nature (the coalition publishes its members); its name is a
    proper name and is not translated.
    """

    name = models.CharField(_("name"), max_length=200, unique=True)
    country = CountryField(_("country"))
    website = models.URLField(_("website"), blank=True)

    class Meta:
        verbose_name = _("member organisation")
        verbose_name_plural = _("member organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name
