"""Fictional demo news for ``seed_demo``: member organisations in several countries and six
posts in five languages about demo prisoners, one of them a draft. The organisations and
stories are invented."""

import datetime
import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from PIL import Image, ImageDraw

from events.models import Organisation
from news.models import Post
from prisoners.images import sanitize_photo
from prisoners.models import Prisoner
from prisoners.services import photo_store

ORGANISATIONS = (
    ("Freiheit für Gefangene e.V.", "DE", "https://example.org/freiheit"),
    ("Lettres sans frontières", "FR", "https://example.org/lettres"),
    ("Fundacja Wolne Głosy", "PL", "https://example.org/wolne-glosy"),
    ("Brev till fångar", "SE", "https://example.org/brev"),
    ("Stichting Open Deur", "NL", ""),
)


def translated(name, texts):
    return {f"{name}_{code}": text for code, text in texts.items()}


def at(year, month, day, hour=10):
    return datetime.datetime(year, month, day, hour, 0, tzinfo=datetime.UTC)


POSTS = (
    {"slug": "appeal-hearing-ivan-zhuchkov", "author": "Freiheit für Gefangene e.V.",
     "published_at": at(2026, 11, 24), "is_public": True,
     "prisoners": ("ivan-zhuchkov",), "image": True,
     **translated("title", {
         "en": "Ivan Zhuchkov's appeal will be heard in January",
         "ru": "Апелляцию Ивана Жучкова рассмотрят в январе",
         "de": "Iwan Schutschkows Berufung wird im Januar verhandelt",
         "fr": "L'appel d'Ivan Joutchkov sera examiné en janvier",
         "pl": "Apelacja Iwana Żuczkowa zostanie rozpatrzona w styczniu"}),
     **translated("summary", {
         "en": "The regional court has set a date. His lawyer will ask for the verdict to be "
               "overturned.",
         "ru": "Областной суд назначил дату. Адвокат будет просить отменить приговор.",
         "de": "Das Gebietsgericht hat einen Termin festgelegt. Sein Anwalt wird die Aufhebung "
               "des Urteils beantragen.",
         "fr": "Le tribunal régional a fixé une date. Son avocat demandera l'annulation du "
               "verdict.",
         "pl": "Sąd obwodowy wyznaczył termin rozprawy. Adwokat będzie wnosił o uchylenie "
               "wyroku."}),
     **translated("body", {
         "en": "The hearing is public. Letters of support can still reach Ivan before it:\n\n"
               "- write in Russian, simply and warmly;\n- do not discuss the case;\n"
               "- include a return address.\n\nThe lawyer is paid from the "
               "[fundraising campaign](/en/campaigns/lawyer-for-ivan-zhuchkov/).",
         "ru": "Заседание открытое. Письма поддержки ещё успеют дойти до Ивана:\n\n"
               "- пишите по-русски, просто и тепло;\n- не обсуждайте дело;\n"
               "- укажите обратный адрес.\n\nРаботу адвоката оплачивает "
               "[сбор средств](/ru/campaigns/lawyer-for-ivan-zhuchkov/).",
         "de": "Die Verhandlung ist öffentlich. Briefe erreichen Iwan noch rechtzeitig:\n\n"
               "- auf Russisch, einfach und herzlich;\n- ohne über den Fall zu sprechen;\n"
               "- mit Absenderadresse.\n\nDer Anwalt wird aus der "
               "[Spendenkampagne](/de/campaigns/lawyer-for-ivan-zhuchkov/) bezahlt.",
         "fr": "L'audience est publique. Les lettres de soutien peuvent encore arriver avant :"
               "\n\n- écrivez en russe, simplement et chaleureusement ;\n"
               "- ne parlez pas de l'affaire ;\n- indiquez une adresse de retour.\n\n"
               "L'avocat est payé par la "
               "[collecte](/fr/campaigns/lawyer-for-ivan-zhuchkov/).",
         "pl": "Rozprawa jest jawna. Listy ze słowami wsparcia zdążą jeszcze dotrzeć do "
               "Iwana przed jej terminem:\n\n- piszcie po rosyjsku, prosto i ciepło;\n"
               "- nie poruszajcie tematu sprawy;\n- podajcie adres zwrotny.\n\n"
               "Honorarium adwokata pokrywamy ze "
               "[zbiórki](/pl/campaigns/lawyer-for-ivan-zhuchkov/)."}),
     **translated("photo_alt", {
         "en": "Abstract illustration in blue and yellow",
         "ru": "Абстрактная иллюстрация в синих и жёлтых тонах",
         "de": "Abstrakte Illustration in Blau und Gelb",
         "fr": "Illustration abstraite en bleu et jaune",
         "pl": "Abstrakcyjna ilustracja w kolorach niebieskim i żółtym"})},
    {"slug": "letters-reached-marina-sokolova", "author": "Lettres sans frontières",
     "published_at": at(2026, 11, 10), "is_public": True,
     "prisoners": ("marina-sokolova",),
     **translated("title", {
         "en": "Two hundred letters reached Marina Sokolova",
         "ru": "Марине Соколовой дошли двести писем",
         "de": "Zweihundert Briefe haben Marina Sokolowa erreicht",
         "fr": "Deux cents lettres sont parvenues à Marina Sokolova",
         "pl": "Marina Sokołowa dostała dwieście listów"}),
     **translated("summary", {
         "en": "After our letter-writing evening in Lyon, Marina answered every one of them.",
         "ru": "После вечера писем в Лионе Марина ответила на каждое из них.",
         "de": "Nach unserem Briefabend in Lyon hat Marina jeden einzelnen beantwortet.",
         "fr": "Après notre soirée d'écriture à Lyon, Marina a répondu à chacune.",
         "pl": "Po naszym wieczorze pisania listów w Lyonie Marina odpowiedziała na każdy "
               "z nich."}),
     **translated("body", {
         "en": "Marina writes that the letters \"make the walls thinner\". She asks for "
               "postcards of European cities.",
         "ru": "Марина пишет, что письма «делают стены тоньше». Она просит открытки с видами "
               "европейских городов.",
         "de": "Marina schreibt, die Briefe „machen die Mauern dünner“. Sie wünscht sich "
               "Postkarten europäischer Städte.",
         "fr": "Marina écrit que les lettres « rendent les murs plus minces ». Elle demande "
               "des cartes postales de villes européennes.",
         "pl": "Marina pisze, że dzięki listom „mury stają się cieńsze”. Prosi o pocztówki "
               "z widokami europejskich miast."})},
    {"slug": "parliament-question-olga-kudryavtseva", "author": "Fundacja Wolne Głosy",
     "published_at": at(2026, 10, 28), "is_public": True,
     "prisoners": ("olga-kudryavtseva", "vadim-yershov"),
     **translated("title", {
         "en": "A question in parliament about Olga Kudryavtseva",
         "ru": "Депутатский запрос об Ольге Кудрявцевой",
         "de": "Eine parlamentarische Anfrage zu Olga Kudrjawzewa",
         "fr": "Une question parlementaire sur Olga Koudriavtseva",
         "pl": "Interpelacja poselska w sprawie Olgi Kudriawcewej"}),
     **translated("summary", {
         "en": "Three members of the Sejm asked the foreign minister to raise her case.",
         "ru": "Трое депутатов Сейма попросили министра иностранных дел поднять её дело.",
         "de": "Drei Abgeordnete des Sejm baten den Außenminister, ihren Fall anzusprechen.",
         "fr": "Trois députés de la Diète ont demandé au ministre des affaires étrangères "
               "d'évoquer son cas.",
         "pl": "Troje posłów na Sejm zwróciło się do ministra spraw zagranicznych, by "
               "podjął jej sprawę."}),
     **translated("body", {
         "en": "Olga has been under house arrest for over a year. The question asks for "
               "observers at her next hearing.",
         "ru": "Ольга больше года находится под домашним арестом. В запросе просят направить "
               "наблюдателей на следующее заседание.",
         "de": "Olga steht seit über einem Jahr unter Hausarrest. Die Anfrage fordert "
               "Beobachter bei ihrer nächsten Verhandlung.",
         "fr": "Olga est assignée à résidence depuis plus d'un an. La question demande des "
               "observateurs à sa prochaine audience.",
         "pl": "Olga od ponad roku przebywa w areszcie domowym. Posłowie domagają się "
               "wysłania obserwatorów na jej najbliższą rozprawę."})},
    {"slug": "parcels-to-tatarstan", "author": "Brev till fångar",
     "published_at": at(2026, 10, 14), "is_public": True,
     "prisoners": ("rustam-gainullin",),
     **translated("title", {
         "en": "Winter parcels are on their way to Tatarstan",
         "ru": "Зимние посылки отправлены в Татарстан",
         "de": "Winterpakete sind auf dem Weg nach Tatarstan",
         "fr": "Les colis d'hiver sont en route pour le Tatarstan",
         "pl": "Zimowe paczki są już w drodze do Tatarstanu"}),
     **translated("summary", {
         "en": "Warm clothes, tea and vitamins for Rustam Gainullin and his fellow prisoners.",
         "ru": "Тёплые вещи, чай и витамины для Рустама Гайнуллина и его товарищей.",
         "de": "Warme Kleidung, Tee und Vitamine für Rustam Gainullin und seine Mitgefangenen.",
         "fr": "Vêtements chauds, thé et vitamines pour Roustam Gaïnoulline et ses "
               "codétenus.",
         "pl": "Ciepłe ubrania, herbata i witaminy dla Rustama Gajnullina i jego "
               "współwięźniów."}),
     **translated("body", {
         "en": "The parcels were paid for by the winter campaign. Thank you to every donor.",
         "ru": "Посылки оплачены из зимнего сбора. Спасибо каждому, кто помог.",
         "de": "Die Pakete wurden aus der Winterkampagne bezahlt. Danke an alle Spender.",
         "fr": "Les colis ont été payés par la campagne d'hiver. Merci à chaque donateur.",
         "pl": "Paczki zostały opłacone ze zbiórki zimowej. Dziękujemy wszystkim "
               "darczyńcom."})},
    {"slug": "new-member-organisations", "author": None,
     "published_at": at(2026, 9, 30), "is_public": True, "prisoners": (),
     **translated("title", {
         "en": "Two new member organisations join the coalition",
         "ru": "В коалицию вошли две новые организации",
         "de": "Zwei neue Mitgliedsorganisationen treten der Koalition bei",
         "fr": "Deux nouvelles organisations rejoignent la coalition",
         "pl": "Do koalicji dołączają dwie nowe organizacje członkowskie"}),
     **translated("summary", {
         "en": "Groups from Sweden and the Netherlands will organise letter-writing evenings.",
         "ru": "Группы из Швеции и Нидерландов будут проводить вечера писем.",
         "de": "Gruppen aus Schweden und den Niederlanden werden Briefabende veranstalten.",
         "fr": "Des groupes de Suède et des Pays-Bas organiseront des soirées d'écriture.",
         "pl": "Grupy ze Szwecji i Holandii będą organizować wieczory pisania listów."}),
     **translated("body", {
         "en": "Welcome to **Brev till fångar** and **Stichting Open Deur**.",
         "ru": "Добро пожаловать, **Brev till fångar** и **Stichting Open Deur**.",
         "de": "Willkommen, **Brev till fångar** und **Stichting Open Deur**.",
         "fr": "Bienvenue à **Brev till fångar** et **Stichting Open Deur**.",
         "pl": "Witamy w naszym gronie **Brev till fångar** i **Stichting Open Deur**."})},
    {"slug": "draft-verdict-denis-laptev", "author": "Freiheit für Gefangene e.V.",
     "published_at": None, "is_public": False, "prisoners": ("denis-laptev",),
     **translated("title", {
         "en": "Draft: the cassation court's decision on Denis Laptev",
         "ru": "Черновик: решение кассационного суда по делу Дениса Лаптева",
         "de": "Entwurf: die Kassationsentscheidung zu Denis Laptew",
         "fr": "Brouillon : la décision de cassation sur Denis Laptev",
         "pl": "Szkic: orzeczenie sądu kasacyjnego w sprawie Denisa Łaptiewa"}),
     **translated("summary", {
         "en": "Not to be published before the lawyer has spoken to the family.",
         "ru": "Не публиковать, пока адвокат не поговорит с семьёй.",
         "de": "Nicht veröffentlichen, bevor der Anwalt mit der Familie gesprochen hat.",
         "fr": "Ne pas publier avant que l'avocat ait parlé à la famille.",
         "pl": "Nie publikować, dopóki adwokat nie porozmawia z rodziną."})},
)


def seed_news():
    """Create the demo organisations and posts that are missing; returns how many rows."""
    rows = 0
    organisations = {}
    for name, country, website in ORGANISATIONS:
        organisations[name], created = Organisation.objects.get_or_create(
            name=name, defaults={"country": country, "website": website})
        rows += created
    existing = set(Post.objects.values_list("slug", flat=True))
    for spec in POSTS:
        if spec["slug"] not in existing:
            _create_post(spec, organisations)
            rows += 1
    return rows


@transaction.atomic
def _create_post(spec, organisations):
    spec = dict(spec)
    prisoner_slugs = spec.pop("prisoners")
    with_image = spec.pop("image", False)
    author = spec.pop("author")
    post = Post(author=organisations[author] if author else None, **spec)
    post.full_clean()
    post.save()
    post.prisoners.set(Prisoner.objects.filter(slug__in=prisoner_slugs))
    if with_image:
        upload = SimpleUploadedFile("illustration.png", _illustration_png(),
                                    content_type="image/png")
        photo_store(owner=post, photo=sanitize_photo(upload))


def _illustration_png():
    """An abstract placeholder image: stripes, no people."""
    image = Image.new("RGB", (1200, 675), (31, 58, 95))
    draw = ImageDraw.Draw(image)
    for index in range(6):
        draw.rectangle((index * 220 - 40, 420 - index * 50, index * 220 + 140, 675),
                       fill=(244, 197, 66) if index % 2 else (63, 98, 140))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
