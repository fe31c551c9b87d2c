"""Fictional demo appeals for ``seed_demo``: one open, one delivered with its outcome, in five
languages, with verified notable signatories and public signatures (and a few unconfirmed
ones, which count nowhere). Every person here is invented; the addresses are example.org."""

from datetime import UTC, date, datetime, timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from appeals.choices import AppealStatus, NotableGroup
from appeals.models import CONSENT_VERSION, Appeal, NotableSignatory, Signature
from prisoners.models import Prisoner

OPEN_FROM = timezone.localdate() - timedelta(days=14)


def translated(name, texts):
    return {f"{name}_{code}": text for code, text in texts.items()}


APPEALS = [
    {"slug": "free-ivan-zhuchkov", "prisoners": ["ivan-zhuchkov", "marina-sokolova"],
     # Relative to the day of seeding, so that the demo always has an open appeal.
     "opens_on": OPEN_FROM, "closes_on": OPEN_FROM + timedelta(days=104),
     "status": AppealStatus.OPEN,
     **translated("title", {
         "en": "Free Ivan Zhuchkov and Marina Sokolova",
         "ru": "Свободу Ивану Жучкову и Марине Соколовой",
         "de": "Freiheit für Iwan Schutschkow und Marina Sokolowa",
         "fr": "Libérez Ivan Joutchkov et Marina Sokolova",
         "pl": "Iwan Żuczkow i Marina Sokołowa muszą wyjść na wolność"}),
     **translated("addressee", {
         "en": "the Russian authorities", "ru": "российским властям",
         "de": "die russischen Behörden", "fr": "les autorités russes",
         "pl": "władze rosyjskie"}),
     **translated("text", {
         "en": "Ivan Zhuchkov, a school teacher, was sentenced to six and a half years for "
               "two posts against the war. Marina Sokolova has been held in pre-trial "
               "detention in Moscow for over a year.\n\nBoth were prosecuted only for what "
               "they said. Their families are allowed few visits, and Ivan's health has "
               "worsened in the colony.",
         "ru": "Иван Жучков, школьный учитель, приговорён к шести с половиной годам за два "
               "поста против войны. Марина Соколова больше года находится в СИЗО в "
               "Москве.\n\nОбоих преследуют только за их слова. Семьям редко разрешают "
               "свидания, а здоровье Ивана в колонии ухудшилось.",
         "de": "Iwan Schutschkow, ein Lehrer, wurde wegen zweier Beiträge gegen den Krieg zu "
               "sechseinhalb Jahren verurteilt. Marina Sokolowa sitzt seit über einem Jahr in "
               "Moskau in Untersuchungshaft.\n\nBeide werden nur für ihre Worte verfolgt. "
               "Ihre Familien dürfen sie selten besuchen, und Iwans Gesundheit hat sich in "
               "der Kolonie verschlechtert.",
         "fr": "Ivan Joutchkov, instituteur, a été condamné à six ans et demi pour deux "
               "publications contre la guerre. Marina Sokolova est en détention provisoire à "
               "Moscou depuis plus d'un an.\n\nTous deux sont poursuivis uniquement pour "
               "leurs paroles. Leurs familles ont peu de visites, et la santé d'Ivan s'est "
               "dégradée dans la colonie.",
         "pl": "Iwan Żuczkow, nauczyciel, został skazany na sześć i pół roku za dwa "
               "antywojenne wpisy w internecie. Marina Sokołowa od ponad roku przebywa w "
               "areszcie śledczym w Moskwie.\n\nOboje są ścigani wyłącznie za to, co "
               "powiedzieli. Ich rodziny rzadko dostają zgodę na widzenia, a stan zdrowia "
               "Iwana w kolonii karnej się pogorszył."}),
     **translated("demand", {
         "en": "Release Ivan Zhuchkov and Marina Sokolova now, and until then give them the "
               "medical care and family visits the law guarantees.",
         "ru": "Немедленно освободить Ивана Жучкова и Марину Соколову, а до тех пор обеспечить "
               "им медицинскую помощь и свидания с семьёй, гарантированные законом.",
         "de": "Lassen Sie Iwan Schutschkow und Marina Sokolowa sofort frei und gewähren Sie "
               "ihnen bis dahin die gesetzlich garantierte medizinische Versorgung und "
               "Familienbesuche.",
         "fr": "Libérez immédiatement Ivan Joutchkov et Marina Sokolova et, d'ici là, "
               "garantissez-leur les soins médicaux et les visites familiales prévus par la "
               "loi.",
         "pl": "Wzywamy do natychmiastowego uwolnienia Iwana Żuczkowa i Mariny Sokołowej, "
               "a do tego czasu – do zapewnienia im opieki medycznej i widzeń z rodziną, "
               "które gwarantuje prawo."})},
    # bair-tsyrenov is not public in the demo: the appeal page must leave him out.
    {"slug": "sanctions-for-torture-2026",
     "prisoners": ["denis-laptev", "andrii-osypenko", "bair-tsyrenov"],
     "opens_on": date(2026, 3, 1), "closes_on": date(2026, 5, 31),
     "status": AppealStatus.DELIVERED, "outcome_on": date(2026, 6, 10),
     **translated("title", {
         "en": "Sanctions for those responsible for torture in prisons",
         "ru": "Санкции против виновных в пытках в тюрьмах",
         "de": "Sanktionen gegen die Verantwortlichen für Folter in Haftanstalten",
         "fr": "Des sanctions contre les responsables de la torture en prison",
         "pl": "Sankcje wobec odpowiedzialnych za tortury w więzieniach"}),
     **translated("addressee", {
         "en": "the Council of the EU", "ru": "Совету ЕС", "de": "den Rat der EU",
         "fr": "le Conseil de l'UE", "pl": "Rada UE"}),
     **translated("text", {
         "en": "Former prisoners describe beatings and weeks in punishment cells. The officials "
               "responsible are known by name and travel freely in Europe.",
         "ru": "Бывшие заключённые рассказывают об избиениях и неделях в ШИЗО. Имена "
               "ответственных известны, и они свободно ездят по Европе.",
         "de": "Ehemalige Gefangene berichten von Schlägen und wochenlanger Isolationshaft. Die "
               "Verantwortlichen sind namentlich bekannt und reisen frei durch Europa.",
         "fr": "D'anciens prisonniers décrivent des passages à tabac et des semaines au "
               "cachot. Les responsables sont connus par leur nom et voyagent librement en "
               "Europe.",
         "pl": "Byli więźniowie opowiadają o pobiciach i całych tygodniach spędzonych w "
               "karcerze. Nazwiska odpowiedzialnych funkcjonariuszy są znane, a oni sami "
               "swobodnie podróżują po Europie."}),
     **translated("demand", {
         "en": "Add the officials named in our dossier to the EU's human rights sanctions list.",
         "ru": "Включить названных в нашем досье чиновников в санкционный список ЕС за "
               "нарушения прав человека.",
         "de": "Nehmen Sie die in unserem Dossier genannten Beamten in die EU-Sanktionsliste "
               "für Menschenrechtsverletzungen auf.",
         "fr": "Inscrire les fonctionnaires nommés dans notre dossier sur la liste des "
               "sanctions de l'UE en matière de droits de l'homme.",
         "pl": "Wzywamy do wpisania funkcjonariuszy wskazanych w naszym dossier na unijną "
               "listę sankcji za naruszenia praw człowieka."}),
     **translated("outcome", {
         "en": "We delivered the appeal and its signatures in Brussels. In October the "
               "Council added four of the officials to its sanctions list.",
         "ru": "Мы передали обращение и подписи в Брюсселе. В октябре Совет внёс "
               "четырёх из этих чиновников в санкционный список.",
         "de": "Wir haben den Aufruf mit den Unterschriften in Brüssel übergeben. Im Oktober "
               "setzte der Rat vier der Beamten auf seine Sanktionsliste.",
         "fr": "Nous avons remis l'appel et ses signatures à Bruxelles. En octobre, le "
               "Conseil a ajouté quatre de ces fonctionnaires à sa liste de sanctions.",
         "pl": "Przekazaliśmy apel wraz z podpisami w Brukseli. W październiku Rada wpisała "
               "czterech z tych funkcjonariuszy na swoją listę sankcyjną."})},
]

NOTABLES = {
    "free-ivan-zhuchkov": [
        ("Ingrid Halvorsen", "NO", "Labour Party", NotableGroup.PARLIAMENT, {
            "en": "Member of the Storting", "ru": "депутат стортинга",
            "de": "Abgeordnete des Storting", "fr": "députée au Storting",
            "pl": "posłanka do Stortingu"}),
        ("Tomasz Wierzbicki", "PL", "Civic Coalition", NotableGroup.PARLIAMENT, {
            "en": "Member of the European Parliament", "ru": "депутат Европарламента",
            "de": "Mitglied des Europäischen Parlaments", "fr": "député européen",
            "pl": "poseł do Parlamentu Europejskiego"}),
        ("Claire Dumont", "FR", "", NotableGroup.ARTISTS, {
            "en": "Novelist", "ru": "писательница", "de": "Schriftstellerin",
            "fr": "romancière", "pl": "powieściopisarka"}),
        ("Jonas Keller", "DE", "", NotableGroup.ARTISTS, {
            "en": "Conductor", "ru": "дирижёр", "de": "Dirigent", "fr": "chef d'orchestre",
            "pl": "dyrygent"}),
        ("Aino Virtanen", "FI", "University of Helsinki", NotableGroup.ACADEMICS, {
            "en": "Professor of law", "ru": "профессор права", "de": "Professorin für Recht",
            "fr": "professeure de droit", "pl": "profesor prawa"}),
    ],
    "sanctions-for-torture-2026": [
        ("Lucia Ferraro", "IT", "Democratic Party", NotableGroup.PARLIAMENT, {
            "en": "Senator", "ru": "сенатор", "de": "Senatorin", "fr": "sénatrice",
            "pl": "senatorka"}),
        ("Pieter de Vries", "NL", "", NotableGroup.RIGHTS, {
            "en": "Lawyer and human rights defender", "ru": "адвокат и правозащитник",
            "de": "Anwalt und Menschenrechtsverteidiger",
            "fr": "avocat et défenseur des droits humains",
            "pl": "adwokat i obrońca praw człowieka"}),
        ("Marta Nováková", "CZ", "", NotableGroup.LOCAL, {
            "en": "Mayor", "ru": "мэр", "de": "Bürgermeisterin", "fr": "maire",
            "pl": "burmistrzyni"}),
    ],
}

PUBLIC_SIGNERS = [("Anna Berg", "SE", "en"), ("Lukas Brandt", "DE", "de"),
                  ("Sophie Martin", "FR", "fr"), ("Ольга Иванова", "LT", "ru"),
                  ("Marco Rossi", "IT", "en"), ("Eva Horváth", "HU", "en"),
                  ("Jan Novak", "CZ", "de"), ("Camille Lefèvre", "BE", "fr")]
ANONYMOUS_SIGNERS = 23
UNCONFIRMED_SIGNERS = [("Peter Hansen", "DK", "en"), ("Mira Kovač", "HR", "de")]


def seed_appeals():
    """Create the demo appeals once; returns how many rows were created (0 when present)."""
    if Appeal.objects.filter(slug=APPEALS[0]["slug"]).exists():
        return 0
    verifier = get_user_model().objects.filter(username="coordinator").first()
    rows = 0
    for spec in APPEALS:
        appeal = _appeal(spec)
        rows += 1
        for name, country, affiliation, group, roles in NOTABLES[appeal.slug]:
            NotableSignatory.objects.create(
                appeal=appeal, name=name, country=country, affiliation=affiliation,
                group=group, is_verified=True, verified_by=verifier,
                verified_at=_moment(appeal.opens_on, 2), **translated("role", roles))
            rows += 1
        rows += _signatures(appeal)
    return rows


def _appeal(spec):
    spec = dict(spec)
    slugs = spec.pop("prisoners")
    appeal = Appeal(is_public=True, **spec)
    appeal.full_clean()
    appeal.save()
    appeal.prisoners.set(Prisoner.objects.filter(slug__in=slugs))
    return appeal


def _moment(day, hours):
    return datetime(day.year, day.month, day.day, 9, tzinfo=UTC) + timedelta(
        hours=hours)


def _signatures(appeal):
    people = [(name, country, language, True) for name, country, language in PUBLIC_SIGNERS]
    people += [(f"Demo signer {n}", ["DE", "FR", "PL", "SE", "AT"][n % 5], "en", False)
               for n in range(1, ANONYMOUS_SIGNERS + 1)]
    rows = []
    for n, (name, country, language, shown) in enumerate(people):
        signed = _moment(appeal.opens_on, 3 + n)
        rows.append(Signature(
            appeal=appeal, name=name, country=country, language=language, show_name=shown,
            email=f"signer{n}.{appeal.pk}@example.org", consent_version=CONSENT_VERSION,
            consented_at=signed, confirmed_at=signed + timedelta(minutes=5)))
    for n, (name, country, language) in enumerate(UNCONFIRMED_SIGNERS):
        rows.append(Signature(
            appeal=appeal, name=name, country=country, language=language, show_name=True,
            email=f"unconfirmed{n}.{appeal.pk}@example.org", consent_version=CONSENT_VERSION,
            consented_at=_moment(appeal.opens_on, 40 + n)))
    Signature.objects.bulk_create(rows)
    return len(rows)
