import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from events.models import Organisation
from pages.markdown import render_markdown
from prisoners.models import Prisoner

# Addresses under /news/ that a post's slug must not take.
RESERVED_SLUGS = {"feed"}


def post_photo_upload_to(instance, filename):
    # A random name: the file name must not tell what the post is or when it was written.
    return f"photos/news/{uuid.uuid4().hex}.jpg"


class PostQuerySet(models.QuerySet):
    def public(self):
        """Shown on the public site: marked public and its publication time has come."""
        return self.filter(is_public=True, published_at__lte=timezone.now())


class Post(models.Model):
    """A news item of the coalition, in four languages."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("address"), max_length=80, unique=True,
                            help_text=_("Part of the post's address, such as new-verdict."))
    summary = models.CharField(_("summary"), max_length=300,
                               help_text=_("One or two sentences shown in lists and feeds."))
    body = models.TextField(_("text"), blank=True,
                            help_text=_("Markdown: ## headings, **bold**, lists, [links](https://…)."))
    published_at = models.DateTimeField(
        _("publication date"), null=True, blank=True, db_index=True,
        help_text=_("A post dated in the future appears on the site at that time. Left empty, "
                    "it is set to the moment the post is first made public."))
    author = models.ForeignKey(Organisation, verbose_name=_("author organisation"),
                               on_delete=models.PROTECT, related_name="posts",
                               null=True, blank=True,
                               help_text=_("Leave empty for the coalition as a whole."))
    prisoners = models.ManyToManyField(
        Prisoner, verbose_name=_("prisoners"), related_name="news_posts", blank=True,
        help_text=_("Only prisoners who are public on the site are ever shown with the post."))
    photo = models.ImageField(_("image"), upload_to=post_photo_upload_to, blank=True)
    photo_thumbnail = models.ImageField(upload_to=post_photo_upload_to, blank=True,
                                        editable=False)
    photo_alt = models.CharField(_("image description"), max_length=200, blank=True,
                                 help_text=_("What the image shows, for people who cannot see "
                                             "it."))
    is_public = models.BooleanField(_("public"), default=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = PostQuerySet.as_manager()

    class Meta:
        verbose_name = _("news post")
        verbose_name_plural = _("news posts")
        ordering = ["-published_at", "-pk"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("news:detail", kwargs={"slug": self.slug})

    def clean(self):
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": _("This address is reserved; choose another.")})
        if self.is_public and self.published_at is None:
            self.published_at = timezone.now()

    @property
    def body_html(self):
        return render_markdown(self.body)
