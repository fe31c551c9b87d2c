from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from pages.markdown import render_markdown


class PageQuerySet(models.QuerySet):
    def public(self):
        return self.filter(is_published=True)


class Page(models.Model):
    """An editable, translated page of the public site (definition, about, how to help...)."""

    slug = models.SlugField(_("address"), max_length=60, unique=True,
                            help_text=_("Part of the page's address, such as about."))
    title = models.CharField(_("title"), max_length=200)
    summary = models.CharField(_("summary"), max_length=300, blank=True,
                               help_text=_("One sentence shown in links and search results."))
    body = models.TextField(_("text"), blank=True,
                            help_text=_("Markdown: ## headings, **bold**, lists, [links](https://…)."))
    menu_order = models.PositiveSmallIntegerField(
        _("position in the menu"), null=True, blank=True,
        help_text=_("Leave empty to keep the page out of the main menu."))
    is_published = models.BooleanField(_("published"), default=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # Core pages: {"body_de": sha256, ...} of the texts last loaded from pages/texts/, so that
    # updating from the files never overwrites what a coordinator has edited since.
    loaded_texts = models.JSONField(default=dict, blank=True, editable=False)

    objects = PageQuerySet.as_manager()

    class Meta:
        verbose_name = _("page")
        verbose_name_plural = _("pages")
        ordering = ["menu_order", "slug"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("pages:detail", kwargs={"slug": self.slug})

    @property
    def body_html(self):
        return render_markdown(self.body)
