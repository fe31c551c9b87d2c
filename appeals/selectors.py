"""Reads of appeals for the public site. Everything starts from a model's ``public()``."""

from django.db.models import Count, Prefetch, Q

from appeals.choices import NotableGroup
from appeals.models import Appeal, NotableSignatory, Signature
from prisoners.models import Prisoner

# The most recent names shown on an appeal page; the count covers everyone.
SHOWN_NAMES_LIMIT = 300

COUNTED = Q(signatures__confirmed_at__isnull=False, signatures__withdrawn_at__isnull=True)


def _public_prisoners():
    return Prisoner.objects.public().order_by("full_name_latin", "pk")


def public_appeals():
    """The appeals list: open ones first, with their public prisoners and signature count."""
    return (Appeal.objects.public().open_first()
            .annotate(signature_count=Count("signatures", filter=COUNTED))
            .prefetch_related(Prefetch("prisoners", queryset=_public_prisoners(),
                                       to_attr="public_prisoners")))


def open_appeals(limit=None):
    """Appeals accepting signatures, closing soonest first (for the home page)."""
    appeals = public_appeals().filter(accepting=True)
    return list(appeals[:limit] if limit else appeals)


def appeal_for_page(slug):
    """The public appeal with this slug (or DoesNotExist), with its counted signatures."""
    return (Appeal.objects.public().open_first()
            .annotate(signature_count=Count("signatures", filter=COUNTED)).get(slug=slug))


def appeal_prisoners(appeal):
    """The appeal's public prisoners, as cards (photo only with photo consent)."""
    return list(appeal.prisoners.public().with_public_photo().select_related("region")
                .prefetch_related("articles").order_by("full_name_latin", "pk"))


def notable_signatories_by_group(appeal):
    """[(group label, [signatories])] in the order of NotableGroup, verified ones only."""
    notables = list(NotableSignatory.objects.public().filter(appeal=appeal)
                    .with_public_mentor().order_by("name", "pk"))
    return [(label, members) for value, label in NotableGroup.choices
            if (members := [n for n in notables if n.group == value])]


def shown_signers(appeal):
    """Names and countries of counted signers who chose to be shown, most recent first; not
    those who appear among the verified notable signatories."""
    return list(Signature.objects.public().filter(appeal=appeal)
                .exclude(notable__in=NotableSignatory.objects.public())
                .only("name", "country").order_by("-confirmed_at", "-pk")[:SHOWN_NAMES_LIMIT])


def prisoner_appeals(prisoner):
    """Public appeals naming this (public) prisoner, open ones first."""
    return list(Appeal.objects.public().filter(prisoners=prisoner).open_first())
