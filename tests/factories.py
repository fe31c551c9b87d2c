"""Factories for the registry. ``PublicPrisonerFactory`` builds someone who passes every rule."""

import datetime
from decimal import Decimal

import factory
from django.contrib.auth.models import Group

from accounts.models import User
from prisoners.choices import ConsentGiver, FacilityKind, ProposerKind, RecognitionStatus
from prisoners.models import (
    Article,
    CaseEvent,
    Consent,
    Facility,
    Prisoner,
    Recognition,
    Region,
)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.django.Password("correct-horse-battery")

    @factory.post_generation
    def groups(self, create, names, **kwargs):
        for name in names or ():
            self.groups.add(Group.objects.get(name=name))


class RegionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Region
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"XX-{n:03d}")
    name_en = factory.Sequence(lambda n: f"Region {n}")
    name_ru = factory.Sequence(lambda n: f"Регион {n}")
    name_de = factory.Sequence(lambda n: f"Region (de) {n}")
    name_fr = factory.Sequence(lambda n: f"Région {n}")
    name_pl = factory.Sequence(lambda n: f"Region (pl) {n}")


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article
        django_get_or_create = ("number",)

    number = factory.Sequence(lambda n: f"9{n:02d}.1")
    title_en = factory.Sequence(lambda n: f"Offence {n}")
    title_ru = factory.Sequence(lambda n: f"Преступление {n}")
    title_de = factory.Sequence(lambda n: f"Straftat {n}")
    title_fr = factory.Sequence(lambda n: f"Infraction {n}")
    title_pl = factory.Sequence(lambda n: f"Przestępstwo {n}")


class FacilityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Facility

    name_en = factory.Sequence(lambda n: f"Penal Colony No. {n}")
    name_ru = factory.Sequence(lambda n: f"ИК-{n}")
    name_de = factory.Sequence(lambda n: f"Strafkolonie Nr. {n}")
    name_fr = factory.Sequence(lambda n: f"Colonie pénitentiaire n° {n}")
    name_pl = factory.Sequence(lambda n: f"Kolonia karna nr {n}")
    kind = FacilityKind.PENAL_COLONY
    region = factory.SubFactory(RegionFactory)
    postal_address = factory.Sequence(
        lambda n: f"ФКУ ИК-{n} УФСИН России, 600000, Владимирская обл., г. Покров, ул. Ленина, 1")


class PrisonerFactory(factory.django.DjangoModelFactory):
    """A private prisoner: not recognised, no consent, not published."""

    class Meta:
        model = Prisoner
        skip_postgeneration_save = True

    full_name_original = factory.Sequence(lambda n: f"Петров{n} Пётр Петрович")
    full_name_latin = factory.Sequence(lambda n: f"Pyotr Petrov{n}")
    slug = factory.Sequence(lambda n: f"pyotr-petrov-{n}")
    birth_date = datetime.date(1985, 3, 14)
    region = factory.SubFactory(RegionFactory)
    facility = factory.SubFactory(FacilityFactory)
    arrested_on = datetime.date(2023, 5, 2)
    case_summary_en = "Arrested for anti-war posts."
    case_summary_ru = "Арестован за антивоенные публикации."
    case_summary_de = "Wegen Antikriegsbeiträgen verhaftet."
    case_summary_fr = "Arrêté pour des publications contre la guerre."
    case_summary_pl = "Aresztowany za antywojenne wpisy."
    can_receive_letters = True


class RecognitionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Recognition

    prisoner = factory.SubFactory(PrisonerFactory)
    proposed_by_kind = ProposerKind.MEMBER_ORGANISATION
    criterion_a = True
    violence_exclusion_checked = True
    status = RecognitionStatus.RECOGNISED
    decided_on = datetime.date(2024, 1, 10)
    rationale = "Imprisoned for peaceful expression."


class ConsentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Consent

    prisoner = factory.SubFactory(PrisonerFactory)
    given_by = ConsentGiver.RELATIVE
    given_on = datetime.date(2024, 1, 5)


class PublicPrisonerFactory(PrisonerFactory):
    """Recognised, with consent in force, and published."""

    is_published = True
    recognition = factory.RelatedFactory(RecognitionFactory, factory_related_name="prisoner")
    consent = factory.RelatedFactory(ConsentFactory, factory_related_name="prisoner")


class CaseEventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CaseEvent

    prisoner = factory.SubFactory(PrisonerFactory)
    date = datetime.date(2024, 2, 1)
    kind = "hearing_scheduled"
    description_en = "Hearing at the district court."
    is_public = True


class MentorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "mentorships.Mentor"

    user = factory.SubFactory(UserFactory)
    name = factory.Sequence(lambda n: f"Mentor {n}")
    country = "DE"
    role_en = "Member of the Bundestag"
    role_de = "Mitglied des Bundestages"


class CampaignFactory(factory.django.DjangoModelFactory):
    """A public campaign for nobody in particular."""

    class Meta:
        model = "funds.Campaign"

    title_en = factory.Sequence(lambda n: f"Campaign {n}")
    title_ru = factory.Sequence(lambda n: f"Кампания {n}")
    slug = factory.Sequence(lambda n: f"campaign-{n}")
    purpose_en = "Pays for a lawyer."
    target_amount = Decimal("4700.00")
    starts_on = datetime.date(2026, 3, 1)
    is_public = True


class IncomeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "funds.Income"

    date = datetime.date(2026, 3, 10)
    amount = Decimal("100.00")
    channel = "bank_transfer"


class ExpenseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "funds.Expense"

    date = datetime.date(2026, 3, 12)
    amount = Decimal("685.00")
    category = "lawyer_initial_visit"
    description = "Lawyer's fee for a first visit."
