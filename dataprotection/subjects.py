"""Personal data on request (GDPR art. 15 and 17) for the people the registry holds data about
besides prisoners: mentors, volunteers (the public mentor sign-up), donors, event registrants
and appeal signatories.

A person is found by their e-mail address (every kind but donors, across all kinds at once:
one person may have signed an appeal, registered for an event and volunteered) or, for a
donor, by the name they agreed to be shown under (donors leave no other personal data).
``export_zip`` gives everything held about them; ``erase`` removes it, keeping every total
right: a donation stays in the ledger without a name, a confirmed signature stays in the count
without a name, a past event keeps its number of participants, a mentor's actions stay in the
prisoners' case records under an erased mentor. History rows and admin-log names go too
(dataprotection.forgetting).
"""

import io
import json
import uuid
import zipfile
from dataclasses import dataclass

from django.contrib.auth.hashers import make_password
from django.core.files.storage import default_storage
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.db.models import Q, Value
from django.db.models.functions import Replace
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_countries.fields import CountryField
from modeltranslation.utils import get_translation_fields

from dataprotection.forgetting import erase_history, scrub_log_entries

EMAIL = "email"
DONOR = "donor"
# Never exported: keys that would let the reader act as the person, and derived copies.
SECRET_FIELDS = {"key", "password", "photo_thumbnail", "search_names"}


@dataclass(frozen=True)
class Person:
    kind: str  # EMAIL or DONOR
    key: str  # the e-mail address, or the donor's name

    @classmethod
    def by_email(cls, email):
        return cls(EMAIL, email.strip().lower())

    @classmethod
    def by_donor_name(cls, name):
        return cls(DONOR, name.strip())

    def __str__(self):
        return self.key

    def records(self):
        """{"app.model": queryset} of every record about this person, in a fixed order."""
        from appeals.models import NotableSignatory, Signature
        from events.models import Registration
        from funds.models import Income
        from mentorships.models import Mentor, MentorSignup

        if self.kind == DONOR:
            return {"funds.income": Income.objects.filter(donor_name__iexact=self.key)
                    .exclude(donor_name="").order_by("date", "pk")}
        mentors = Mentor.objects.filter(user__email__iexact=self.key).order_by("pk")
        signatures = Signature.objects.filter(email__iexact=self.key).order_by("pk")
        return {
            "mentorships.mentor": mentors,
            "mentorships.mentorsignup": MentorSignup.objects.filter(
                email__iexact=self.key).order_by("pk"),
            "events.registration": Registration.objects.filter(
                email__iexact=self.key).select_related("event").order_by("pk"),
            "appeals.signature": signatures.select_related("appeal"),
            "appeals.notablesignatory": NotableSignatory.objects.filter(
                Q(signature__in=signatures) | Q(mentor__in=mentors)).order_by("pk"),
        }

    def counts(self):
        return {label: count for label, queryset in self.records().items()
                if (count := queryset.count())}


def person_of(obj):
    """The person a record of one of the five kinds is about."""
    from funds.models import Income
    from mentorships.models import Mentor

    if isinstance(obj, Income):
        return Person.by_donor_name(obj.donor_name) if obj.donor_name else None
    if isinstance(obj, Mentor):
        return Person.by_email(obj.user.email) if obj.user.email else None
    return Person.by_email(obj.email)


# Export -------------------------------------------------------------------------------------

def _value(obj, field):
    value = getattr(obj, field.attname)
    if isinstance(field, models.FileField):
        return value.name.rsplit("/", 1)[-1] if value else ""
    if value in (None, ""):
        return value
    if isinstance(field, CountryField):
        return f"{value.name} ({value.code})"
    if field.is_relation:
        return str(getattr(obj, field.name))
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    return value


def _row(obj):
    """{field name: readable value} of every stored field except secrets. The names stay
    English (a file other programs can read); the values of choices are in the person's
    language."""
    return {field.name: _value(obj, field) for field in obj._meta.concrete_fields
            if field.name not in SECRET_FIELDS}


def _versions(obj):
    from coalition import history

    if not history.is_tracked(type(obj)):
        return []
    return [{"date": version.history_date, **_row(version.instance)}
            for version in obj.history.order_by("history_date", "history_id")]


def _mentor_extra(mentor):
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator

    user = mentor.user
    return {
        "user_account": {
            "username": user.username, "email": user.email, "first_name": user.first_name,
            "last_name": user.last_name, "date_joined": user.date_joined,
            "last_login": user.last_login, "preferred_language": user.preferred_language,
            "email_addresses": list(EmailAddress.objects.filter(user=user)
                                    .values_list("email", flat=True)),
            # Which kinds of second factor, never their secrets.
            "two_factor_authentication": [
                {"type": authenticator.get_type_display(),
                 "created_at": authenticator.created_at,
                 "last_used_at": authenticator.last_used_at}
                for authenticator in Authenticator.objects.filter(user=user)],
        },
        "mentorships": [
            {**_row(mentorship),
             "actions": [_row(action) for action in mentorship.actions.order_by("date")]}
            for mentorship in mentor.mentorships.select_related("prisoner").order_by("pk")],
        "emails_sent": [_row(notification)
                        for notification in mentor.notifications.order_by("sent_at")],
    }


def _language(records):
    for queryset in records.values():
        for obj in queryset[:1]:
            return getattr(obj, "language", None) or getattr(obj, "preferred_language", "en")
    return "en"


def personal_data(person, records):
    """Everything held about ``person`` (their ``records``, Person.records()), as a JSON-ready
    dict, and the files to add."""
    files = {}
    content = {}
    for label, queryset in records.items():
        entries = []
        for obj in queryset:
            entry = {**_row(obj), "versions": _versions(obj)}
            if label == "mentorships.mentor":
                entry.update(_mentor_extra(obj))
                if obj.photo:
                    name = f"mentor-{obj.pk}-photo.jpg"
                    with obj.photo.open("rb") as photo:
                        files[name] = photo.read()
                    entry["photo_file"] = name
            entries.append(entry)
        if entries:
            content[label] = entries
    return {"exported_at": timezone.now(), "person": str(person), "records": content}, files


def export_zip(person):
    """A ZIP with personal-data.json (in the person's language) and their photo, if any."""
    records = person.records()
    with translation.override(_language(records)):
        data, files = personal_data(person, records)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("personal-data.json", json.dumps(
            data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2))
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


# Erasure ------------------------------------------------------------------------------------

def _placeholder_email():
    # Unique per record: the one-signature and one-registration-per-address constraints hold.
    return f"erased-{uuid.uuid4().hex}@erased.invalid"


def _erase_incomes(incomes, name):
    from funds.models import Income

    ids = list(incomes.values_list("pk", flat=True))
    scrubbed = {"donor_name": "", "donor_may_be_named": False,
                "note": Replace("note", Value(name), Value(str(_("(erased)"))))}
    Income.objects.filter(pk__in=ids).update(**scrubbed)
    Income.history.filter(id__in=ids).update(**scrubbed)
    scrub_log_entries(Income, ids)
    return {"anonymised": len(ids)}


def _erase_signatures(signatures):
    from appeals.models import Signature

    counted = list(signatures.counted().values_list("pk", flat=True))
    others = list(signatures.exclude(pk__in=counted).values_list("pk", flat=True))
    for pk in counted:
        # Still counted, without anything that tells who signed.
        Signature.objects.filter(pk=pk).update(
            name="", email=_placeholder_email(), role="", show_name=False, key=uuid.uuid4())
        erase_history(Signature, id=pk)
    scrub_log_entries(Signature, counted)
    Signature.objects.filter(pk__in=others).delete()
    return {"anonymised": len(counted), "deleted": len(others)}


def _erase_registrations(registrations):
    from events import services
    from events.models import Registration

    anonymised = deleted = 0
    now = timezone.now()
    for registration in registrations.select_related("event"):
        if registration.event.starts_at < now:
            # A past event keeps its number of participants.
            Registration.objects.filter(pk=registration.pk).update(
                name="", email=_placeholder_email(), message="")
            erase_history(Registration, id=registration.pk)
            scrub_log_entries(Registration, [registration.pk])
            anonymised += 1
        else:
            # A future place is freed for the first person waiting.
            services.registration_delete(registration=registration)
            deleted += 1
    return {"anonymised": anonymised, "deleted": deleted}


def _blank(*fields, base=True):
    """{column: ""} for ``fields`` in every language and (``base``) the untranslated base
    column, which holds whichever language was active at the last save. History tables have
    no base column (coalition.history leaves it out)."""
    return {column: "" for field in fields
            for column in ([field] if base else []) + get_translation_fields(field)}


def _erase_mentor(mentor):
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator

    from mentorships.choices import MentorshipStatus
    from mentorships.models import Mentor, Mentorship

    mentorships = Mentorship.objects.rewrite(False).filter(mentor=mentor)
    mentorships.filter(status__in=[MentorshipStatus.REQUESTED, MentorshipStatus.ACTIVE]).update(
        status=MentorshipStatus.ENDED, ended_on=timezone.localdate())
    # The mentor's words about a prisoner are theirs; the actions stay in the case records.
    mentorships.update(is_public=False, **_blank("statement"))
    Mentorship.history.filter(mentor_id=mentor.pk).update(**_blank("statement", base=False))
    mentor.notifications.all().delete()
    for field in ("photo", "photo_thumbnail"):
        if file := getattr(mentor, field):
            default_storage.delete(file.name)
    Mentor.objects.rewrite(False).filter(pk=mentor.pk).update(
        name=str(_("Erased mentor")), party="", photo="", photo_thumbnail="", is_public=False,
        **_blank("role", "biography"))
    erase_history(Mentor, id=mentor.pk)
    scrub_log_entries(Mentor, [mentor.pk])
    user = mentor.user
    EmailAddress.objects.filter(user=user).delete()
    Authenticator.objects.filter(user=user).delete()
    user.username = f"erased-{user.pk}"
    user.email = user.first_name = user.last_name = ""
    user.password = make_password(None)
    user.is_active = False
    user.save()


@transaction.atomic
def erase(person):
    """Erase or anonymise everything held about ``person``; returns
    {"app.model": {"deleted": n, "anonymised": n}} of what was there."""
    from appeals.models import NotableSignatory

    records = person.records()
    done = {}
    if person.kind == DONOR:
        done["funds.income"] = _erase_incomes(records["funds.income"], person.key)
        return {label: result for label, result in done.items() if any(result.values())}
    notables = records["appeals.notablesignatory"]
    done["appeals.notablesignatory"] = {"deleted": notables.count()}
    NotableSignatory.objects.filter(pk__in=list(notables.values_list("pk", flat=True))).delete()
    mentors = list(records["mentorships.mentor"])
    for mentor in mentors:
        _erase_mentor(mentor)
    done["mentorships.mentor"] = {"anonymised": len(mentors)}
    signups = records["mentorships.mentorsignup"]
    done["mentorships.mentorsignup"] = {"deleted": signups.delete()[0]}
    done["events.registration"] = _erase_registrations(records["events.registration"])
    done["appeals.signature"] = _erase_signatures(records["appeals.signature"])
    return {label: result for label, result in done.items() if any(result.values())}
