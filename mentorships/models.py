import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries.fields import CountryField

from mentorships.choices import ActionKind, MentorshipStatus
from prisoners.models import Prisoner


def mentor_photo_upload_to(instance, filename):
    # Never keep the uploader's file name.
    return f"photos/mentors/{uuid.uuid4().hex}.jpg"


class MentorQuerySet(models.QuerySet):
    def public(self):
        return self.filter(is_public=True, user__is_active=True)


class Mentor(models.Model):
    """A European politician who mentors one or more prisoners."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.PROTECT,
                                related_name="mentor", verbose_name=_("user account"))
    name = models.CharField(pgettext_lazy("of a person", "name"), max_length=200)
    country = CountryField(_("country"))
    role = models.CharField(_("role or office"), max_length=200,
                            help_text=_("Such as Member of the European Parliament."))
    party = models.CharField(_("party or group"), max_length=200, blank=True)
    photo = models.ImageField(_("photo"), upload_to=mentor_photo_upload_to, blank=True)
    photo_thumbnail = models.ImageField(upload_to=mentor_photo_upload_to, blank=True,
                                        editable=False)
    biography = models.TextField(_("short biography"), blank=True)
    preferred_language = models.CharField(_("preferred language"), max_length=8,
                                          choices=settings.LANGUAGES, default="en")
    is_public = models.BooleanField(_("public"), default=False,
                                    help_text=_("Shown on the public mentors page."))
    last_portal_visit = models.DateTimeField(_("last portal visit"), null=True, blank=True,
                                             editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = MentorQuerySet.as_manager()

    class Meta:
        verbose_name = _("mentor")
        verbose_name_plural = _("mentors")
        ordering = ["name"]

    def __str__(self):
        return self.name


class MentorshipQuerySet(models.QuerySet):
    def public(self):
        """Shown on the public site: marked public, active, with a public mentor and prisoner."""
        return self.filter(is_public=True, status=MentorshipStatus.ACTIVE,
                           mentor__in=Mentor.objects.public(),
                           prisoner__in=Prisoner.objects.public())

    def current(self):
        """Requested or active: the mentorships that block a duplicate."""
        return self.filter(status__in=[MentorshipStatus.REQUESTED, MentorshipStatus.ACTIVE])

    def active(self):
        return self.filter(status=MentorshipStatus.ACTIVE)


class Mentorship(models.Model):
    mentor = models.ForeignKey(Mentor, on_delete=models.PROTECT, related_name="mentorships",
                               verbose_name=_("mentor"))
    prisoner = models.ForeignKey(Prisoner, on_delete=models.CASCADE, related_name="mentorships",
                                 verbose_name=_("prisoner"))
    status = models.CharField(_("status"), max_length=16, choices=MentorshipStatus.choices,
                              default=MentorshipStatus.REQUESTED)
    started_on = models.DateField(_("started on"), null=True, blank=True)
    ended_on = models.DateField(_("ended on"), null=True, blank=True)
    statement = models.TextField(_("public statement"), blank=True,
                                 help_text=_("The mentor's words about the prisoner."))
    is_public = models.BooleanField(_("public"), default=False)
    handed_over_from = models.OneToOneField(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="handed_over_to",
        verbose_name=_("handed over from"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = MentorshipQuerySet.as_manager()

    class Meta:
        verbose_name = _("mentorship")
        verbose_name_plural = _("mentorships")
        ordering = ["-started_on", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["mentor", "prisoner"],
                condition=Q(status__in=[MentorshipStatus.REQUESTED, MentorshipStatus.ACTIVE]),
                name="one_current_mentorship_per_pair",
                violation_error_message=_("This mentor already mentors or asked to mentor "
                                          "this prisoner.")),
        ]

    def __str__(self):
        return f"{self.mentor} → {self.prisoner.full_name_latin}"


class MentorActionQuerySet(models.QuerySet):
    def public(self):
        return self.filter(is_public=True, mentorship__in=Mentorship.objects.public())


class MentorAction(models.Model):
    """Something a mentor did for a prisoner."""

    mentorship = models.ForeignKey(Mentorship, on_delete=models.CASCADE, related_name="actions",
                                   verbose_name=_("mentorship"))
    kind = models.CharField(_("kind"), max_length=32, choices=ActionKind.choices)
    date = models.DateField(_("date"))
    note = models.TextField(_("note"), blank=True)
    link = models.URLField(_("link"), blank=True)
    is_public = models.BooleanField(_("public"), default=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = MentorActionQuerySet.as_manager()

    class Meta:
        verbose_name = _("mentor action")
        verbose_name_plural = _("mentor actions")
        ordering = ["-date", "-pk"]

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.get_kind_display()}"


class MentorNotification(models.Model):
    """One e-mail sent to a mentor; the unique key makes re-running the sender harmless."""

    mentor = models.ForeignKey(Mentor, on_delete=models.CASCADE, related_name="notifications",
                               verbose_name=_("mentor"))
    key = models.CharField(_("key"), max_length=120,
                           help_text=_("What the e-mail was about, such as event:42."))
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    class Meta:
        verbose_name = _("notification sent")
        verbose_name_plural = _("notifications sent")
        constraints = [models.UniqueConstraint(fields=["mentor", "key"],
                                               name="one_notification_per_mentor_and_key")]

    def __str__(self):
        return f"{self.mentor} {self.key}"


class MentorSignup(models.Model):
    """A politician volunteering from the public site; coordinators follow it up by hand."""

    name = models.CharField(pgettext_lazy("of a person", "name"), max_length=200)
    email = models.EmailField(_("e-mail"))
    country = CountryField(_("country"))
    role = models.CharField(_("role or office"), max_length=200)
    message = models.TextField(_("message"), blank=True, max_length=3000)
    prisoner = models.ForeignKey(Prisoner, on_delete=models.SET_NULL, null=True, blank=True,
                                 related_name="+", verbose_name=_("prisoner they offer to mentor"))
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    is_handled = models.BooleanField(_("handled"), default=False)

    class Meta:
        verbose_name = _("mentor sign-up")
        verbose_name_plural = _("mentor sign-ups")
        ordering = ["is_handled", "-created_at"]

    def __str__(self):
        return f"{self.name} ({self.country})"
