"""Factories for appeals. Dates are relative to today, so an open appeal stays open."""

import datetime

import factory
from django.utils import timezone

from appeals.choices import AppealStatus, NotableGroup
from appeals.models import CONSENT_VERSION, Appeal, NotableSignatory, Signature


def today():
    return timezone.localdate()


class AppealFactory(factory.django.DjangoModelFactory):
    """A public appeal open for signatures."""

    class Meta:
        model = Appeal
        skip_postgeneration_save = True

    title_en = factory.Sequence(lambda n: f"Appeal {n}")
    title_ru = factory.Sequence(lambda n: f"Обращение {n}")
    title_de = factory.Sequence(lambda n: f"Aufruf {n}")
    title_fr = factory.Sequence(lambda n: f"Appel {n}")
    title_pl = factory.Sequence(lambda n: f"Apel {n}")
    slug = factory.Sequence(lambda n: f"appeal-{n}")
    text_en = "Free them all."
    demand_en = "Release the prisoners."
    addressee_en = "the Russian authorities"
    addressee_de = "die russischen Behörden"
    opens_on = factory.LazyFunction(lambda: today() - datetime.timedelta(days=10))
    closes_on = factory.LazyFunction(lambda: today() + datetime.timedelta(days=30))
    status = AppealStatus.OPEN
    is_public = True

    @factory.post_generation
    def prisoners(self, create, prisoners, **kwargs):
        if prisoners:
            self.prisoners.set(prisoners)


class SignatureFactory(factory.django.DjangoModelFactory):
    """A confirmed signature whose signer chose to be shown."""

    class Meta:
        model = Signature

    appeal = factory.SubFactory(AppealFactory)
    name = factory.Sequence(lambda n: f"Signer {n}")
    country = "DE"
    email = factory.Sequence(lambda n: f"signer{n}@example.org")
    show_name = True
    consent_version = CONSENT_VERSION
    consented_at = factory.LazyFunction(timezone.now)
    language = "en"
    confirmed_at = factory.LazyFunction(timezone.now)


class NotableSignatoryFactory(factory.django.DjangoModelFactory):
    """A verified notable signatory."""

    class Meta:
        model = NotableSignatory

    appeal = factory.SubFactory(AppealFactory)
    name = factory.Sequence(lambda n: f"Notable {n}")
    role_en = "Member of the Bundestag"
    role_de = "Mitglied des Bundestages"
    country = "DE"
    group = NotableGroup.PARLIAMENT
    is_verified = True
    verified_at = factory.LazyFunction(timezone.now)
