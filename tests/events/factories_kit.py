"""The letter-writing kit's event: a public letter-writing evening in Berlin, held in German,
on 5 December 2026 from 19:00 to 21:30 local time."""

import datetime

import factory

from tests.events.factories import EventFactory


class KitEventFactory(EventFactory):
    title_en = factory.Sequence(lambda n: f"Letters for freedom {n}")
    title_ru = factory.Sequence(lambda n: f"Письма на свободу {n}")
    title_de = factory.Sequence(lambda n: f"Briefe für die Freiheit {n}")
    title_fr = factory.Sequence(lambda n: f"Lettres pour la liberté {n}")
    title_pl = factory.Sequence(lambda n: f"Listy dla wolności {n}")
    description_en = "We write to political prisoners in Russia. Paper and stamps provided."
    slug = factory.Sequence(lambda n: f"letters-for-freedom-{n}")
    starts_at = datetime.datetime(2026, 12, 5, 18, 0, tzinfo=datetime.UTC)
    ends_at = datetime.datetime(2026, 12, 5, 20, 30, tzinfo=datetime.UTC)
    language = "de"
    venue_name = "Nachbarschaftshaus"
    venue_address = "Urbanstraße 21"
    published_at = datetime.datetime(2026, 11, 1, 9, 0, tzinfo=datetime.UTC)

    @factory.post_generation
    def featuring(self, create, prisoners, **kwargs):
        if prisoners:
            self.featured_prisoners.set(prisoners)
