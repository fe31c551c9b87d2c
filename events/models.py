import uuid
import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from events.choices import EventKind, EventStatus, RegistrationMode, RegistrationStatus


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


def poster_upload_to(instance, filename):
    # Never keep the uploader's file name.
    return f"photos/events/{uuid.uuid4().hex}.jpg"


def time_zone_choices():
    return [(name, name.replace("_", " ")) for name in sorted(zoneinfo.available_timezones())
            if "/" in name and not name.startswith(("Etc/", "SystemV/", "US/"))]


# Dates outside these years are typing errors; far ones cannot even be shown in every zone.
EARLIEST_YEAR, LATEST_YEAR = 2000, 2100


class EventQuerySet(models.QuerySet):
    def public(self):
        """The one definition of which events any public surface may show. A cancelled event
        stays public (marked cancelled) so that people who planned to come learn of it."""
        return self.filter(is_public=True, published_at__isnull=False)

    def upcoming(self, now=None):
        return self.filter(ends_at__gte=now or timezone.now())

    def past(self, now=None):
        return self.filter(ends_at__lt=now or timezone.now())


class Event(models.Model):
    """A cultural or campaigning event for the prisoners: a concert, an exhibition, a
    letter-writing evening..."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("address"), max_length=120, unique=True)
    description = models.TextField(_("description"), blank=True)
    kind = models.CharField(_("kind"), max_length=32, choices=EventKind.choices)
    status = models.CharField(_("status"), max_length=16, choices=EventStatus.choices,
                              default=EventStatus.SCHEDULED)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    language = models.CharField(
        _("language of the event"), max_length=8, choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The letter-writing kit is printed in this language."))
    time_zone = models.CharField(
        _("time zone"), max_length=64, choices=time_zone_choices, default="Europe/Berlin",
        help_text=_("Of the venue: times are entered and shown in this time zone."))
    venue_name = models.CharField(_("venue"), max_length=200, blank=True)
    venue_address = models.CharField(_("venue address"), max_length=300, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    country = CountryField(_("country"), blank=True)
    online_url = models.URLField(_("link to join online"), blank=True)
    organiser = models.ForeignKey(Organisation, on_delete=models.PROTECT,
                                  related_name="events", verbose_name=_("organiser"))
    featured_prisoners = models.ManyToManyField(
        "prisoners.Prisoner", blank=True, related_name="featured_in_events",
        verbose_name=_("featured prisoners"),
        help_text=_("Only prisoners shown on the public site appear with the event."))
    # Named like the prisoners' photo fields, so prisoners.services.photo_store stores it.
    photo = models.ImageField(_("poster"), upload_to=poster_upload_to, blank=True)
    photo_thumbnail = models.ImageField(upload_to=poster_upload_to, blank=True, editable=False)
    registration = models.CharField(_("registration"), max_length=16,
                                    choices=RegistrationMode.choices,
                                    default=RegistrationMode.NONE)
    registration_url = models.URLField(_("registration link"), blank=True)
    capacity = models.PositiveIntegerField(
        _("places"), null=True, blank=True,
        help_text=_("For registration on this site: how many people can come."))
    waiting_list = models.BooleanField(
        _("waiting list"), default=True,
        help_text=_("When every place is taken, further registrations join a waiting list."))
    is_public = models.BooleanField(_("public"), default=False)
    published_at = models.DateTimeField(_("published"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # RFC 5545 SEQUENCE: calendars replace their copy only when it rises.
    sequence = models.PositiveIntegerField(_("revision"), default=0, editable=False)

    objects = EventQuerySet.as_manager()

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["starts_at", "pk"]
        permissions = [("publish_event", _("Can publish and unpublish events"))]
        constraints = [
            models.CheckConstraint(condition=Q(ends_at__gte=F("starts_at")),
                                   name="event_ends_after_start"),
        ]
        indexes = [models.Index(fields=["is_public", "ends_at"], name="event_public_ends")]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.pk is not None and not kwargs.get("force_insert"):
            self.sequence += 1
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "sequence", "updated_at"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("events:detail", kwargs={"slug": self.slug})

    @property
    def is_cancelled(self):
        return self.status == EventStatus.CANCELLED

    @property
    def is_online(self):
        return bool(self.online_url) and not self.venue_name

    @property
    def is_past(self):
        return self.ends_at < timezone.now()

    @property
    def takes_registrations(self):
        """Whether the form on this site is offered (and accepted) now."""
        return (self.registration == RegistrationMode.ON_SITE and not self.is_cancelled
                and not self.is_past)

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def display_title(self):
        """The title, marked when the event was cancelled (calendars, feeds, what's new)."""
        if self.is_cancelled:
            return gettext("Cancelled: %(title)s") % {"title": self.title}
        return self.title

    @property
    def local_start(self):
        return self.starts_at.astimezone(self.zone)

    @property
    def local_end(self):
        return self.ends_at.astimezone(self.zone)

    def clean(self):
        errors = {}
        for field in ("starts_at", "ends_at"):
            value = getattr(self, field)
            if value and not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
                errors[field] = _("Give a date between %(first)s and %(last)s.") % {
                    "first": EARLIEST_YEAR, "last": LATEST_YEAR}
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            errors["ends_at"] = _("The event cannot end before it starts.")
        if not self.online_url and not (self.venue_name and self.city and self.country):
            errors["venue_name"] = _(
                "Give the venue's name, city and country, or a link to join online.")
        if self.registration == RegistrationMode.EXTERNAL and not self.registration_url:
            errors["registration_url"] = _("Registration on another website needs its link.")
        if self.registration == RegistrationMode.ON_SITE and not self.capacity:
            errors["capacity"] = _("Registration on this site needs the number of places.")
        if errors:
            raise ValidationError(errors)


class RegistrationQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(status=RegistrationStatus.CONFIRMED)

    def waiting(self):
        return self.filter(status=RegistrationStatus.WAITING)


class Registration(models.Model):
    """Someone who signed up for an event on this site. Private: only coordinators see it;
    the public pages show nothing but the number of places left."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="registrations",
                              verbose_name=_("event"))
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail address"), max_length=254)
    message = models.TextField(_("message"), max_length=2000, blank=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    status = models.CharField(_("status"), max_length=16, choices=RegistrationStatus.choices)
    # 1..capacity for confirmed places, empty on the waiting list. Unique per event, so two
    # sign-ups can never hold the same place, whatever happens between the count and the insert.
    seat = models.PositiveIntegerField(_("place number"), null=True, blank=True)
    created_at = models.DateTimeField(_("registered"), auto_now_add=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["event", "created_at", "pk"]
        constraints = [
            models.UniqueConstraint(Lower("email"), "event", name="registration_email_once"),
            models.UniqueConstraint(fields=["event", "seat"], name="registration_seat_once"),
            models.CheckConstraint(
                condition=(Q(status=RegistrationStatus.CONFIRMED, seat__isnull=False, seat__gte=1)
                           | Q(status=RegistrationStatus.WAITING, seat__isnull=True)),
                name="registration_seat_only_when_confirmed"),
        ]

    def __str__(self):
        return f"{self.name} ({self.event})"

    @property
    def is_waiting(self):
        return self.status == RegistrationStatus.WAITING
