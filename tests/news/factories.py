"""Factories for news posts and member organisations."""

import datetime

import factory
from django.utils import timezone

from news.models import Post
from tests.events.factories import OrganisationFactory


class PostFactory(factory.django.DjangoModelFactory):
    """A public post published a day ago."""

    class Meta:
        model = Post
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"post-{n}")
    title_en = factory.Sequence(lambda n: f"News {n}")
    title_ru = factory.Sequence(lambda n: f"Новость {n}")
    title_de = factory.Sequence(lambda n: f"Nachricht {n}")
    title_fr = factory.Sequence(lambda n: f"Nouvelle {n}")
    title_pl = factory.Sequence(lambda n: f"Aktualność {n}")
    summary_en = "A short summary."
    summary_ru = "Краткое содержание."
    summary_de = "Eine kurze Zusammenfassung."
    summary_fr = "Un court résumé."
    summary_pl = "Krótkie streszczenie."
    body_en = "Some **text**."
    published_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))
    author = factory.SubFactory(OrganisationFactory)
    is_public = True

    @factory.post_generation
    def prisoners(self, create, prisoners, **kwargs):
        if create and prisoners:
            self.prisoners.set(prisoners)
