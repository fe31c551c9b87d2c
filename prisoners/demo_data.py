"""Fictional demo data for ``manage.py seed_demo``, and the phrasebook that writes its texts.

Every person here is invented: names, towns' streets, postcodes, phone numbers. Facility
designations look like the real ones so the envelope tool can be tried, but the addresses are
made up. Nothing in this module touches the database.

Texts are composed from phrases written natively in each language (English, Russian, German,
French, Polish). A phrase is a format string, or a (masculine, feminine) pair where the grammar
needs it; gendered pronouns and endings come from ``PRONOUNS``.
"""

from dataclasses import dataclass
from datetime import date

from prisoners.choices import Category, FacilityKind, Gender, SentenceKind, Status
from prisoners.names import national_spelling

# The languages the demo texts below are written in, in the order of their tuples: not the
# site's languages. A site language missing here gets no demo text, which the admin's
# translation-status page then counts as missing.
LANGUAGES = ("en", "ru", "de", "fr", "pl")
MALE, FEMALE = Gender.MALE, Gender.FEMALE

# --- Reference data ------------------------------------------------------------------------

# ISO code -> region name and "in <main town>" (en, ru, de, fr, pl; Polish in the locative).
REGIONS = {
    "RU-MOW": (("Moscow", "Москва", "Moskau", "Moscou", "Moskwa"),
               ("in Moscow", "в Москве", "in Moskau", "à Moscou", "w Moskwie")),
    "RU-SPE": (("Saint Petersburg", "Санкт-Петербург", "Sankt Petersburg", "Saint-Pétersbourg",
                "Sankt Petersburg"),
               ("in Saint Petersburg", "в Санкт-Петербурге", "in Sankt Petersburg",
                "à Saint-Pétersbourg", "w Petersburgu")),
    "RU-MOS": (("Moscow Oblast", "Московская область", "Oblast Moskau", "oblast de Moscou",
                "obwód moskiewski"),
               ("in Podolsk", "в Подольске", "in Podolsk", "à Podolsk", "w Podolsku")),
    "RU-VLA": (("Vladimir Oblast", "Владимирская область", "Oblast Wladimir",
                "oblast de Vladimir", "obwód włodzimierski"),
               ("in Vladimir", "во Владимире", "in Wladimir", "à Vladimir", "we Włodzimierzu")),
    "RU-TA": (("Republic of Tatarstan", "Республика Татарстан", "Republik Tatarstan",
               "république du Tatarstan", "Republika Tatarstanu"),
              ("in Kazan", "в Казани", "in Kasan", "à Kazan", "w Kazaniu")),
    "RU-BA": (("Republic of Bashkortostan", "Республика Башкортостан", "Republik Baschkortostan",
               "république du Bachkortostan", "Republika Baszkortostanu"),
              ("in Ufa", "в Уфе", "in Ufa", "à Oufa", "w Ufie")),
    "RU-KDA": (("Krasnodar Krai", "Краснодарский край", "Region Krasnodar", "kraï de Krasnodar",
                "Kraj Krasnodarski"),
               ("in Krasnodar", "в Краснодаре", "in Krasnodar", "à Krasnodar", "w Krasnodarze")),
    "RU-SVE": (("Sverdlovsk Oblast", "Свердловская область", "Oblast Swerdlowsk",
                "oblast de Sverdlovsk", "obwód swierdłowski"),
               ("in Yekaterinburg", "в Екатеринбурге", "in Jekaterinburg", "à Iekaterinbourg",
                "w Jekaterynburgu")),
    "RU-NIZ": (("Nizhny Novgorod Oblast", "Нижегородская область", "Oblast Nischni Nowgorod",
                "oblast de Nijni Novgorod", "obwód niżnonowogrodzki"),
               ("in Nizhny Novgorod", "в Нижнем Новгороде", "in Nischni Nowgorod",
                "à Nijni Novgorod", "w Niżnym Nowogrodzie")),
    "RU-PER": (("Perm Krai", "Пермский край", "Region Perm", "kraï de Perm", "Kraj Permski"),
               ("in Perm", "в Перми", "in Perm", "à Perm", "w Permie")),
    "RU-KGD": (("Kaliningrad Oblast", "Калининградская область", "Oblast Kaliningrad",
                "oblast de Kaliningrad", "obwód kaliningradzki"),
               ("in Kaliningrad", "в Калининграде", "in Kaliningrad", "à Kaliningrad",
                "w Kaliningradzie")),
    "RU-NVS": (("Novosibirsk Oblast", "Новосибирская область", "Oblast Nowosibirsk",
                "oblast de Novossibirsk", "obwód nowosybirski"),
               ("in Novosibirsk", "в Новосибирске", "in Nowosibirsk", "à Novossibirsk",
                "w Nowosybirsku")),
    "RU-KHA": (("Khabarovsk Krai", "Хабаровский край", "Region Chabarowsk", "kraï de Khabarovsk",
                "Kraj Chabarowski"),
               ("in Khabarovsk", "в Хабаровске", "in Chabarowsk", "à Khabarovsk",
                "w Chabarowsku")),
    "RU-PRI": (("Primorsky Krai", "Приморский край", "Region Primorje", "kraï du Primorié",
                "Kraj Nadmorski"),
               ("in Vladivostok", "во Владивостоке", "in Wladiwostok", "à Vladivostok",
                "we Władywostoku")),
    "RU-IRK": (("Irkutsk Oblast", "Иркутская область", "Oblast Irkutsk", "oblast d'Irkoutsk",
                "obwód irkucki"),
               ("in Irkutsk", "в Иркутске", "in Irkutsk", "à Irkoutsk", "w Irkucku")),
    "RU-KRS": (("Kursk Oblast", "Курская область", "Oblast Kursk", "oblast de Koursk",
                "obwód kurski"),
               ("in Kursk", "в Курске", "in Kursk", "à Koursk", "w Kursku")),
    "RU-ROS": (("Rostov Oblast", "Ростовская область", "Oblast Rostow", "oblast de Rostov",
                "obwód rostowski"),
               ("in Rostov-on-Don", "в Ростове-на-Дону", "in Rostow am Don",
                "à Rostov-sur-le-Don", "w Rostowie nad Donem")),
    "RU-TVE": (("Tver Oblast", "Тверская область", "Oblast Twer", "oblast de Tver",
                "obwód twerski"),
               ("in Tver", "в Твери", "in Twer", "à Tver", "w Twerze")),
    "RU-YAR": (("Yaroslavl Oblast", "Ярославская область", "Oblast Jaroslawl",
                "oblast de Iaroslavl", "obwód jarosławski"),
               ("in Yaroslavl", "в Ярославле", "in Jaroslawl", "à Iaroslavl", "w Jarosławiu")),
    "RU-BU": (("Republic of Buryatia", "Республика Бурятия", "Republik Burjatien",
               "république de Bouriatie", "Republika Buriacji"),
              ("in Ulan-Ude", "в Улан-Удэ", "in Ulan-Ude", "à Oulan-Oudé", "w Ułan Ude")),
    "RU-MO": (("Republic of Mordovia", "Республика Мордовия", "Republik Mordwinien",
               "république de Mordovie", "Republika Mordowii"),
              ("in Saransk", "в Саранске", "in Saransk", "à Saransk", "w Sarańsku")),
    "UA-43": (("Crimea (occupied by Russia)", "Крым (оккупирован Россией)",
               "Krim (von Russland besetzt)", "Crimée (occupée par la Russie)",
               "Krym (okupowany przez Rosję)"),
              ("in Simferopol in occupied Crimea", "в оккупированном Симферополе",
               "in Simferopol auf der besetzten Krim", "à Simferopol en Crimée occupée",
               "w Symferopolu na okupowanym Krymie")),
}

# Article number -> title (en, ru, de, fr, pl).
ARTICLES = {
    "205": ("Act of terrorism", "Террористический акт", "Terroranschlag", "Acte de terrorisme",
            "Akt terrorystyczny"),
    "205.2": ("Public calls for terrorism or its public justification",
              "Публичные призывы к осуществлению террористической деятельности, публичное "
              "оправдание терроризма или пропаганда терроризма",
              "Öffentliche Aufrufe zu terroristischer Tätigkeit oder deren Rechtfertigung",
              "Appels publics au terrorisme ou apologie publique du terrorisme",
              "Publiczne nawoływanie do terroryzmu lub jego publiczne usprawiedliwianie"),
    "205.5": ("Organising or taking part in the activity of a terrorist organisation",
              "Организация деятельности террористической организации и участие в деятельности "
              "такой организации",
              "Organisation einer terroristischen Vereinigung oder Beteiligung an ihr",
              "Organisation d'une organisation terroriste ou participation à ses activités",
              "Organizowanie działalności organizacji terrorystycznej lub udział w jej "
              "działalności"),
    "207": ("Knowingly false report of an act of terrorism",
            "Заведомо ложное сообщение об акте терроризма",
            "Wissentlich falsche Meldung eines Terroranschlags",
            "Fausse alerte à l'acte terroriste",
            "Świadomie fałszywe zawiadomienie o akcie terrorystycznym"),
    "207.3": ("Public dissemination of knowingly false information about the Armed Forces",
              "Публичное распространение заведомо ложной информации об использовании "
              "Вооружённых сил Российской Федерации",
              "Öffentliche Verbreitung wissentlich falscher Informationen über die Streitkräfte",
              "Diffusion publique d'informations sciemment fausses sur les forces armées",
              "Publiczne rozpowszechnianie świadomie fałszywych informacji o siłach zbrojnych"),
    "212": ("Mass riots", "Массовые беспорядки", "Massenunruhen", "Émeutes", "Masowe zamieszki"),
    "212.1": ("Repeated violation of the rules for public assemblies",
              "Неоднократное нарушение установленного порядка организации либо проведения "
              "собрания, митинга, демонстрации, шествия или пикетирования",
              "Wiederholter Verstoß gegen die Regeln für öffentliche Versammlungen",
              "Violations répétées des règles relatives aux rassemblements publics",
              "Wielokrotne naruszanie przepisów o zgromadzeniach publicznych"),
    "213": ("Hooliganism", "Хулиганство", "Rowdytum", "Hooliganisme", "Chuligaństwo"),
    "275": ("High treason", "Государственная измена", "Hochverrat", "Haute trahison",
            "Zdrada stanu"),
    "275.1": ("Confidential cooperation with a foreign state or organisation",
              "Сотрудничество на конфиденциальной основе с иностранным государством, "
              "международной либо иностранной организацией",
              "Vertrauliche Zusammenarbeit mit einem ausländischen Staat oder einer Organisation",
              "Coopération confidentielle avec un État ou une organisation étrangers",
              "Poufna współpraca z obcym państwem lub organizacją zagraniczną"),
    "276": ("Espionage", "Шпионаж", "Spionage", "Espionnage", "Szpiegostwo"),
    "280": ("Public calls for extremist activity",
            "Публичные призывы к осуществлению экстремистской деятельности",
            "Öffentliche Aufrufe zu extremistischer Tätigkeit",
            "Appels publics à une activité extrémiste",
            "Publiczne nawoływanie do działalności ekstremistycznej"),
    "280.3": ("Public actions aimed at discrediting the Armed Forces",
              "Публичные действия, направленные на дискредитацию использования Вооружённых сил "
              "Российской Федерации",
              "Öffentliche Handlungen zur Diskreditierung der Streitkräfte",
              "Actions publiques visant à discréditer les forces armées",
              "Publiczne działania mające na celu dyskredytowanie sił zbrojnych"),
    "280.4": ("Public calls for activities against state security",
              "Публичные призывы к осуществлению деятельности, направленной против безопасности "
              "государства",
              "Öffentliche Aufrufe zu Handlungen gegen die Sicherheit des Staates",
              "Appels publics à des activités contre la sécurité de l'État",
              "Publiczne nawoływanie do działań przeciwko bezpieczeństwu państwa"),
    "282": ("Incitement of hatred or enmity",
            "Возбуждение ненависти либо вражды, а также унижение человеческого достоинства",
            "Aufstachelung zu Hass oder Feindschaft",
            "Incitation à la haine ou à l'hostilité",
            "Nawoływanie do nienawiści lub wrogości"),
    "282.2": ("Organising or taking part in the activity of an extremist organisation",
              "Организация деятельности экстремистской организации",
              "Organisation einer extremistischen Vereinigung oder Beteiligung an ihr",
              "Organisation d'une organisation extrémiste ou participation à ses activités",
              "Organizowanie działalności organizacji ekstremistycznej lub udział w jej "
              "działalności"),
    "282.3": ("Financing extremist activity", "Финансирование экстремистской деятельности",
              "Finanzierung extremistischer Tätigkeit", "Financement d'activités extrémistes",
              "Finansowanie działalności ekstremistycznej"),
    "284.1": ("Taking part in the activity of an 'undesirable' organisation",
              "Осуществление деятельности иностранной или международной неправительственной "
              "организации, в отношении которой принято решение о признании нежелательной на "
              "территории Российской Федерации её деятельности",
              "Beteiligung an der Tätigkeit einer „unerwünschten“ Organisation",
              "Participation aux activités d'une organisation « indésirable »",
              "Udział w działalności organizacji „niepożądanej”"),
    "318": ("Use of violence against a representative of the authorities",
            "Применение насилия в отношении представителя власти",
            "Gewalt gegen einen Vertreter der Staatsgewalt",
            "Violences contre un représentant de l'autorité publique",
            "Użycie przemocy wobec przedstawiciela władzy"),
    "319": ("Insulting a representative of the authorities", "Оскорбление представителя власти",
            "Beleidigung eines Vertreters der Staatsgewalt",
            "Outrage à un représentant de l'autorité publique",
            "Znieważenie przedstawiciela władzy"),
    "330.1": ("Evading the duties of a 'foreign agent'",
              "Уклонение от исполнения обязанностей, предусмотренных законодательством "
              "Российской Федерации об иностранных агентах",
              "Umgehung der Pflichten eines „ausländischen Agenten“",
              "Manquement aux obligations d'un « agent de l'étranger »",
              "Uchylanie się od obowiązków „agenta zagranicznego”"),
    "354.1": ("Rehabilitation of Nazism", "Реабилитация нацизма", "Rehabilitierung des Nazismus",
              "Réhabilitation du nazisme", "Rehabilitacja nazizmu"),
}

# Articles typical of each persecution category (used for generated prisoners).
CATEGORY_ARTICLES = {
    Category.ANTI_WAR: ("207.3", "280.3", "280.4", "205.2", "354.1", "319"),
    Category.RELIGIOUS: ("282.2", "282.3"),
    Category.CIVIC_ACTIVISM: ("212", "212.1", "318", "213"),
    Category.JOURNALISM: ("207.3", "284.1", "330.1"),
    Category.OPPOSITION: ("282.2", "280.4", "284.1", "330.1"),
    Category.UKRAINE: ("276", "275.1", "205.5"),
    Category.LGBTQ: ("282.2",),
    Category.OTHER: ("275", "275.1", "207", "280", "282"),
}


@dataclass(frozen=True)
class FacilitySpec:
    kind: str
    region: str
    names: tuple[str, str, str, str, str]  # en, ru, de, fr, pl
    address: str


FACILITIES = {
    "sizo1-mow": FacilitySpec(
        FacilityKind.SIZO, "RU-MOW",
        ("Pre-trial Detention Centre No. 1, Moscow", "СИЗО-1 г. Москвы",
         "Untersuchungsgefängnis Nr. 1, Moskau", "Centre de détention provisoire n° 1, Moscou",
         "Areszt śledczy nr 1 (SIZO-1) w Moskwie"),
        "ФКУ СИЗО-1 УФСИН России по г. Москве, 107076, г. Москва, ул. Заводская, д. 18"),
    "sizo3-spe": FacilitySpec(
        FacilityKind.SIZO, "RU-SPE",
        ("Pre-trial Detention Centre No. 3, Saint Petersburg", "СИЗО-3 г. Санкт-Петербурга",
         "Untersuchungsgefängnis Nr. 3, Sankt Petersburg",
         "Centre de détention provisoire n° 3, Saint-Pétersbourg",
         "Areszt śledczy nr 3 (SIZO-3) w Petersburgu"),
        "ФКУ СИЗО-3 УФСИН России по г. Санкт-Петербургу и Ленинградской области, 195009, "
        "г. Санкт-Петербург, ул. Набережная, д. 7"),
    "sizo1-kda": FacilitySpec(
        FacilityKind.SIZO, "RU-KDA",
        ("Pre-trial Detention Centre No. 1, Krasnodar", "СИЗО-1 г. Краснодара",
         "Untersuchungsgefängnis Nr. 1, Krasnodar",
         "Centre de détention provisoire n° 1, Krasnodar",
         "Areszt śledczy nr 1 (SIZO-1) w Krasnodarze"),
        "ФКУ СИЗО-1 УФСИН России по Краснодарскому краю, 350038, г. Краснодар, "
        "ул. Садовая, д. 52"),
    "sizo1-sim": FacilitySpec(
        FacilityKind.SIZO, "UA-43",
        ("Pre-trial Detention Centre No. 1, Simferopol (occupied Crimea)", "СИЗО-1 г. Симферополя",
         "Untersuchungsgefängnis Nr. 1, Simferopol (besetzte Krim)",
         "Centre de détention provisoire n° 1, Simferopol (Crimée occupée)",
         "Areszt śledczy nr 1 (SIZO-1) w Symferopolu na okupowanym Krymie"),
        "ФКУ СИЗО-1 УФСИН России по Республике Крым и г. Севастополю, 295006, г. Симферополь, "
        "ул. Крайняя, д. 3"),
    "sizo5-sve": FacilitySpec(
        FacilityKind.SIZO, "RU-SVE",
        ("Pre-trial Detention Centre No. 5, Yekaterinburg", "СИЗО-5 г. Екатеринбурга",
         "Untersuchungsgefängnis Nr. 5, Jekaterinburg",
         "Centre de détention provisoire n° 5, Iekaterinbourg",
         "Areszt śledczy nr 5 (SIZO-5) w Jekaterynburgu"),
        "ФКУ СИЗО-5 ГУФСИН России по Свердловской области, 620034, г. Екатеринбург, "
        "ул. Полевая, д. 11"),
    "ivs-kzn": FacilitySpec(
        FacilityKind.IVS, "RU-TA",
        ("Temporary Detention Centre of the Kazan Police", "ИВС УМВД России по г. Казани",
         "Polizeigewahrsam (IVS) Kasan", "Centre de détention temporaire de la police de Kazan",
         "Policyjna izba zatrzymań (IWS) w Kazaniu"),
        "ИВС УМВД России по г. Казани, 420021, г. Казань, ул. Тихая, д. 4"),
    "ik6-vla": FacilitySpec(
        FacilityKind.PENAL_COLONY, "RU-VLA",
        ("Penal Colony No. 6, Vladimir Oblast", "ИК-6 УФСИН России по Владимирской области",
         "Strafkolonie Nr. 6, Oblast Wladimir", "Colonie pénitentiaire n° 6, oblast de Vladimir",
         "Kolonia karna nr 6 (IK-6) w obwodzie włodzimierskim"),
        "ФКУ ИК-6 УФСИН России по Владимирской области, 601020, Владимирская обл., "
        "Киржачский р-н, пос. Заречный, ул. Лесная, д. 1"),
    "t2-vla": FacilitySpec(
        FacilityKind.PRISON, "RU-VLA",
        ("Prison No. 2, Vladimir", "Тюрьма № 2 (Т-2), г. Владимир", "Gefängnis Nr. 2, Wladimir",
         "Prison n° 2, Vladimir",
         "Więzienie nr 2 (T-2) we Włodzimierzu"),
        "ФКУ Т-2 УФСИН России по Владимирской области, 600020, г. Владимир, "
        "ул. Луговая, д. 63"),
    "ik11-niz": FacilitySpec(
        FacilityKind.PENAL_COLONY, "RU-NIZ",
        ("Penal Colony No. 11, Nizhny Novgorod Oblast",
         "ИК-11 ГУФСИН России по Нижегородской области",
         "Strafkolonie Nr. 11, Oblast Nischni Nowgorod",
         "Colonie pénitentiaire n° 11, oblast de Nijni Novgorod",
         "Kolonia karna nr 11 (IK-11) w obwodzie niżnonowogrodzkim"),
        "ФКУ ИК-11 ГУФСИН России по Нижегородской области, 606100, Нижегородская обл., "
        "г. Павлово, ул. Промышленная, д. 9"),
    "ik2-mo": FacilitySpec(
        FacilityKind.PENAL_COLONY, "RU-MO",
        ("Women's Penal Colony No. 2, Mordovia", "Женская ИК-2 УФСИН России по Республике Мордовия",
         "Frauenstrafkolonie Nr. 2, Mordwinien",
         "Colonie pénitentiaire pour femmes n° 2, Mordovie",
         "Kolonia karna dla kobiet nr 2 (IK-2) w Mordowii"),
        "ФКУ ИК-2 УФСИН России по Республике Мордовия, 431160, Республика Мордовия, "
        "Зубово-Полянский р-н, пос. Ясный, ул. Центральная, д. 3"),
    "kp26-per": FacilitySpec(
        FacilityKind.COLONY_SETTLEMENT, "RU-PER",
        ("Colony-Settlement No. 26, Perm Krai", "КП-26 ГУФСИН России по Пермскому краю",
         "Kolonie-Siedlung Nr. 26, Region Perm", "Colonie ouverte n° 26, kraï de Perm",
         "Kolonia osiedleńcza nr 26 (KP-26) w Kraju Permskim"),
        "ФКУ КП-26 ГУФСИН России по Пермскому краю, 618740, Пермский край, г. Добрянка, "
        "ул. Речная, д. 15"),
    "pb-nvs": FacilitySpec(
        FacilityKind.PSYCHIATRIC_HOSPITAL, "RU-NVS",
        ("Specialised Psychiatric Hospital with Intensive Supervision, Novosibirsk",
         "Психиатрическая больница специализированного типа с интенсивным наблюдением, "
         "г. Новосибирск",
         "Psychiatrische Sonderklinik mit intensiver Überwachung, Nowosibirsk",
         "Hôpital psychiatrique spécialisé à surveillance renforcée, Novossibirsk",
         "Specjalistyczny szpital psychiatryczny z intensywnym nadzorem w Nowosybirsku"),
        "ФКУ «Психиатрическая больница специализированного типа с интенсивным наблюдением», "
        "630051, г. Новосибирск, ул. Больничная, д. 2"),
    "ik15-ba": FacilitySpec(
        FacilityKind.PENAL_COLONY, "RU-BA",
        ("Penal Colony No. 15, Bashkortostan", "ИК-15 УФСИН России по Республике Башкортостан",
         "Strafkolonie Nr. 15, Baschkortostan", "Colonie pénitentiaire n° 15, Bachkortostan",
         "Kolonia karna nr 15 (IK-15) w Baszkortostanie"),
        "ФКУ ИК-15 УФСИН России по Республике Башкортостан, 453100, Республика Башкортостан, "
        "г. Стерлитамак, ул. Северная, д. 40"),
    "ik1-kha": FacilitySpec(
        FacilityKind.PENAL_COLONY, "RU-KHA",
        ("Penal Colony No. 1, Khabarovsk Krai", "ИК-1 УФСИН России по Хабаровскому краю",
         "Strafkolonie Nr. 1, Region Chabarowsk", "Colonie pénitentiaire n° 1, kraï de Khabarovsk",
         "Kolonia karna nr 1 (IK-1) w Kraju Chabarowskim"),
        "ФКУ ИК-1 УФСИН России по Хабаровскому краю, 680032, г. Хабаровск, "
        "ул. Таёжная, д. 8"),
}

# --- The demo prisoners ---------------------------------------------------------------------

# How each demo prisoner stands with the publication rules.
PUBLIC = "public"                # recognised, consent in force, published
UNDER_REVIEW = "under_review"    # consent given, recognition not decided yet
PROPOSED = "proposed"            # proposal only, no consent
DECLINED = "declined"            # consent given, recognition declined
REMOVED = "removed"              # recognised, later removed from the list
WITHDRAWN = "withdrawn"          # recognised, consent withdrawn
NO_CONSENT = "no_consent"        # recognised, nobody has consented to publicity


@dataclass(frozen=True)
class Person:
    slug: str
    name: str            # surname, first name, patronymic
    dative: str          # the same in the dative case, for envelopes ("" to use the name)
    latin: str           # first name and surname
    gender: str
    born: int
    region: str
    category: str
    status: str
    articles: tuple = ()
    term: tuple | None = None    # (SentenceKind, years, months)
    facility: str | None = None  # key of FACILITIES
    standing: str = PUBLIC
    reason: str | None = None    # key of REASONS; the category's by default
    job: int = 0                 # index into JOBS
    photo: bool = False
    letters: bool = True         # can receive letters while in custody

    @property
    def reason_key(self):
        return self.reason or self.category


S = Status
C = Category
K = SentenceKind

PEOPLE = (
    Person("ivan-zhuchkov", "Жучков Иван Петрович", "Жучкову Ивану Петровичу", "Ivan Zhuchkov",
           MALE, 1978, "RU-VLA", C.ANTI_WAR, S.SERVING_SENTENCE, ("207.3",),
           (K.GENERAL_REGIME, 6, 6), "ik6-vla", job=0, photo=True),
    Person("marina-sokolova", "Соколова Марина Андреевна", "Соколовой Марине Андреевне",
           "Marina Sokolova", FEMALE, 1991, "RU-MOW", C.ANTI_WAR, S.PRETRIAL_DETENTION,
           ("207.3", "280.4"), None, "sizo1-mow", job=10, photo=True),
    Person("denis-laptev", "Лаптев Денис Олегович", "Лаптеву Денису Олеговичу", "Denis Laptev",
           MALE, 1986, "RU-SPE", C.ANTI_WAR, S.SERVING_SENTENCE, ("207.3",),
           (K.GENERAL_REGIME, 7, 0), "ik11-niz", job=1),
    Person("olga-kudryavtseva", "Кудрявцева Ольга Викторовна", "Кудрявцевой Ольге Викторовне",
           "Olga Kudryavtseva", FEMALE, 1969, "RU-NIZ", C.CIVIC_ACTIVISM, S.HOUSE_ARREST,
           ("212.1",), job=12, photo=True),
    Person("rustam-gainullin", "Гайнуллин Рустам Ильдарович", "Гайнуллину Рустаму Ильдаровичу",
           "Rustam Gainullin", MALE, 1983, "RU-TA", C.RELIGIOUS, S.SERVING_SENTENCE, ("282.2",),
           (K.GENERAL_REGIME, 4, 0), "ik15-ba", job=13),
    Person("artyom-belousov", "Белоусов Артём Сергеевич", "Белоусову Артёму Сергеевичу",
           "Artyom Belousov", MALE, 2003, "RU-SVE", C.ANTI_WAR, S.SENTENCED, ("280.3", "280.4"),
           (K.GENERAL_REGIME, 5, 6), "sizo5-sve", job=5, photo=True),
    Person("darya-yefimova", "Ефимова Дарья Павловна", "Ефимовой Дарье Павловне",
           "Darya Yefimova", FEMALE, 1994, "RU-PER", C.JOURNALISM, S.RESTRICTED, ("207.3",),
           job=6, photo=True),
    Person("timur-zaripov", "Зарипов Тимур Маратович", "Зарипову Тимуру Маратовичу",
           "Timur Zaripov", MALE, 1975, "RU-BA", C.CIVIC_ACTIVISM, S.SERVING_SENTENCE, ("212",),
           (K.GENERAL_REGIME, 4, 0), "ik15-ba", job=2),
    Person("pavel-nikiforov", "Никифоров Павел Геннадьевич", "Никифорову Павлу Геннадьевичу",
           "Pavel Nikiforov", MALE, 1980, "RU-KDA", C.OTHER, S.PRETRIAL_DETENTION, ("275",),
           None, "sizo1-kda", reason="donation", job=14, photo=True),
    Person("andrii-osypenko", "Осипенко Андрей Николаевич", "Осипенко Андрею Николаевичу",
           "Andrii Osypenko", MALE, 1972, "UA-43", C.UKRAINE, S.SERVING_SENTENCE, ("276",),
           (K.PRISON, 13, 0), "t2-vla", job=2),
    Person("edem-memetov", "Меметов Эдем Ленурович", "Меметову Эдему Ленуровичу",
           "Edem Memetov", MALE, 1985, "UA-43", C.UKRAINE, S.SERVING_SENTENCE, ("205.5",),
           (K.STRICT_REGIME, 17, 0), "ik1-kha", reason="crimea", job=8, photo=True),
    Person("anna-tretyakova", "Третьякова Анна Игоревна", "Третьяковой Анне Игоревне",
           "Anna Tretyakova", FEMALE, 1989, "RU-MOW", C.JOURNALISM, S.SERVING_SENTENCE,
           ("207.3",), (K.GENERAL_REGIME, 7, 0), "ik2-mo", job=6, photo=True),
    Person("gleb-vorontsov", "Воронцов Глеб Алексеевич", "Воронцову Глебу Алексеевичу",
           "Gleb Vorontsov", MALE, 1990, "RU-KGD", C.OPPOSITION, S.RELEASED, ("330.1",),
           (K.GENERAL_REGIME, 1, 6), job=7, photo=True),
    Person("kseniya-melnikova", "Мельникова Ксения Романовна", "Мельниковой Ксении Романовне",
           "Kseniya Melnikova", FEMALE, 1997, "RU-SPE", C.LGBTQ, S.PRETRIAL_DETENTION,
           ("282.2",), None, "sizo3-spe", job=15),
    Person("svyatoslav-gorbunov", "Горбунов Святослав Ильич", "Горбунову Святославу Ильичу",
           "Svyatoslav Gorbunov", MALE, 1964, "RU-NVS", C.ANTI_WAR, S.COMPULSORY_TREATMENT,
           ("207.3", "280.3"), (K.COMPULSORY_TREATMENT, 0, 0), "pb-nvs", job=4),
    Person("viktor-pakhomov", "Пахомов Виктор Степанович", "Пахомову Виктору Степановичу",
           "Viktor Pakhomov", MALE, 1953, "RU-KHA", C.ANTI_WAR, S.DIED_IN_CUSTODY,
           ("207.3", "354.1"), (K.GENERAL_REGIME, 5, 0), "ik1-kha", job=9, photo=True),
    Person("yelena-larionova", "Ларионова Елена Михайловна", "Ларионовой Елене Михайловне",
           "Yelena Larionova", FEMALE, 1976, "RU-MOS", C.ANTI_WAR, S.RELEASED, ("280.3",),
           (K.SUSPENDED, 2, 0), job=3),
    Person("kirill-safronov", "Сафронов Кирилл Дмитриевич", "Сафронову Кириллу Дмитриевичу",
           "Kirill Safronov", MALE, 2001, "RU-PRI", C.OTHER, S.SERVING_SENTENCE, ("207",),
           (K.COLONY_SETTLEMENT, 3, 6), "kp26-per", reason="hoax", job=5, photo=True),
    Person("maksim-yudin", "Юдин Максим Валерьевич", "Юдину Максиму Валерьевичу",
           "Maksim Yudin", MALE, 1982, "RU-IRK", C.OPPOSITION, S.EMIGRATED, ("207.3",),
           (K.SUSPENDED, 4, 0), job=11),
    Person("vera-tikhonova", "Тихонова Вера Александровна", "Тихоновой Вере Александровне",
           "Vera Tikhonova", FEMALE, 1961, "RU-KRS", C.RELIGIOUS, S.RESTRICTED, ("282.2",),
           job=3, photo=True),
    Person("stepan-krylov", "Крылов Степан Фёдорович", "Крылову Степану Фёдоровичу",
           "Stepan Krylov", MALE, 1993, "RU-KDA", C.CIVIC_ACTIVISM, S.SENTENCED, ("318",),
           (K.GENERAL_REGIME, 3, 0), "sizo1-kda", job=2),
    Person("roman-abramov", "Абрамов Роман Евгеньевич", "Абрамову Роману Евгеньевичу",
           "Roman Abramov", MALE, 1987, "RU-TVE", C.ANTI_WAR, S.SERVING_SENTENCE,
           ("205.2", "280.4"), (K.GENERAL_REGIME, 5, 0), "ik6-vla", job=4, photo=True),
    Person("alyona-dyomina", "Дёмина Алёна Сергеевна", "Дёминой Алёне Сергеевне",
           "Alyona Dyomina", FEMALE, 2000, "RU-YAR", C.LGBTQ, S.HOUSE_ARREST, ("282.2",), job=5),
    Person("nikita-bykov", "Быков Никита Андреевич", "Быкову Никите Андреевичу",
           "Nikita Bykov", MALE, 1992, "RU-MOW", C.OPPOSITION, S.SERVING_SENTENCE,
           ("282.2", "330.1"), (K.GENERAL_REGIME, 8, 0), "ik11-niz", job=1, photo=True),
    Person("gulnara-khabibullina", "Хабибуллина Гульнара Рашидовна",
           "Хабибуллиной Гульнаре Рашидовне", "Gulnara Khabibullina", FEMALE, 1979, "RU-TA",
           C.RELIGIOUS, S.PRETRIAL_DETENTION, ("282.2", "282.3"), None, "ivs-kzn",
           standing=UNDER_REVIEW, job=8, letters=False),
    Person("igor-martynov", "Мартынов Игорь Витальевич", "Мартынову Игорю Витальевичу",
           "Igor Martynov", MALE, 1984, "RU-SPE", C.ANTI_WAR, S.RELEASED, ("280.3", "319"),
           (K.GENERAL_REGIME, 2, 0), job=10, photo=True),
    Person("sofya-polyakova", "Полякова Софья Денисовна", "", "Sofya Polyakova", FEMALE, 1995,
           "RU-MOW", C.JOURNALISM, S.EMIGRATED, ("207.3",), (K.FINE, 0, 0), job=6),
    Person("aleksei-gusev", "Гусев Алексей Борисович", "Гусеву Алексею Борисовичу",
           "Aleksei Gusev", MALE, 1971, "RU-NIZ", C.ANTI_WAR, S.SERVING_SENTENCE, ("207.3",),
           (K.GENERAL_REGIME, 5, 0), "ik11-niz", job=14),
    Person("bair-tsyrenov", "Цыренов Баир Дашиевич", "Цыренову Баиру Дашиевичу",
           "Bair Tsyrenov", MALE, 1958, "RU-BU", C.ANTI_WAR, S.COMPULSORY_TREATMENT, ("280.3",),
           (K.COMPULSORY_TREATMENT, 0, 0), "pb-nvs", standing=NO_CONSENT, job=9),
    Person("tatyana-loginova", "Логинова Татьяна Юрьевна", "Логиновой Татьяне Юрьевне",
           "Tatyana Loginova", FEMALE, 1977, "RU-MOS", C.OTHER, S.SENTENCED, ("275",),
           (K.GENERAL_REGIME, 12, 0), "sizo1-mow", reason="donation", job=12, photo=True),
    Person("vadim-yershov", "Ершов Вадим Анатольевич", "Ершову Вадиму Анатольевичу",
           "Vadim Yershov", MALE, 1981, "RU-BA", C.OPPOSITION, S.SERVING_SENTENCE, ("282.2",),
           (K.GENERAL_REGIME, 6, 0), "ik15-ba", standing=WITHDRAWN, job=7),
    Person("fyodor-seleznyov", "Селезнёв Фёдор Ильич", "Селезнёву Фёдору Ильичу",
           "Fyodor Seleznyov", MALE, 1968, "RU-PER", C.ANTI_WAR, S.HOUSE_ARREST, ("207.3",),
           standing=PROPOSED, job=2),
    Person("yuliia-karpenko", "Карпенко Юлия Олеговна", "Карпенко Юлии Олеговне",
           "Yuliia Karpenko", FEMALE, 1988, "UA-43", C.UKRAINE, S.PRETRIAL_DETENTION, ("276",),
           None, "sizo1-sim", standing=NO_CONSENT, job=3, letters=False),
    Person("yevgeny-vlasov", "Власов Евгений Борисович", "", "Yevgeny Vlasov", MALE, 1990,
           "RU-KDA", C.ANTI_WAR, S.SERVING_SENTENCE, ("205",), (K.STRICT_REGIME, 12, 0),
           "ik11-niz", standing=DECLINED, reason="arson", job=14),
    Person("nadezhda-orlova", "Орлова Надежда Константиновна", "Орловой Надежде Константиновне",
           "Nadezhda Orlova", FEMALE, 1985, "RU-SPE", C.CIVIC_ACTIVISM, S.RELEASED, ("212.1",),
           (K.SUSPENDED, 1, 6), standing=REMOVED, job=15),
    Person("stanislav-ryabov", "Рябов Станислав Игоревич", "Рябову Станиславу Игоревичу",
           "Stanislav Ryabov", MALE, 1974, "RU-SVE", C.RELIGIOUS, S.SERVING_SENTENCE, ("282.2",),
           (K.GENERAL_REGIME, 6, 0), "ik6-vla", job=13),
    Person("mikhail-shestakov", "Шестаков Михаил Львович", "", "Mikhail Shestakov", MALE, 1996,
           "RU-NVS", C.OTHER, S.EMIGRATED, ("207",), (K.FINE, 0, 0), standing=WITHDRAWN,
           reason="hoax", job=1),
    Person("irina-zuyeva", "Зуева Ирина Николаевна", "Зуевой Ирине Николаевне", "Irina Zuyeva",
           FEMALE, 1993, "RU-KGD", C.LGBTQ, S.RESTRICTED, ("282.2",), standing=UNDER_REVIEW,
           job=10),
    Person("lev-kondratyev", "Кондратьев Лев Аркадьевич", "Кондратьеву Льву Аркадьевичу",
           "Lev Kondratyev", MALE, 1979, "RU-KHA", C.JOURNALISM, S.SERVING_SENTENCE,
           ("207.3", "284.1"), (K.GENERAL_REGIME, 5, 6), "ik1-kha", job=6, photo=True),
    Person("grigory-fadeyev", "Фадеев Григорий Олегович", "", "Grigory Fadeyev", MALE, 1957,
           "RU-IRK", C.OTHER, S.DIED_IN_CUSTODY, ("275",), (K.STRICT_REGIME, 13, 0), "ik1-kha",
           reason="donation", job=9),
)

# Fictional organisations that propose prisoners for recognition.
PROPOSERS = (
    "Stimmen der Freiheit e.V. (demo)",
    "Comité Solidarité Est (démo)",
    "Free Voices Foundation (demo)",
    "Prague Solidarity Circle (demo)",
)

LAWYERS = (
    "Семёнов Олег Викторович",
    "Гладкова Инна Петровна",
    "Мирошниченко Артур Львович",
    "Белкина Светлана Игоревна",
)

INTERNAL_NOTES = (
    "Family asks that the home town not be mentioned in press releases.",
    "Lawyer reports pressure to sign a confession; check again after the next visit.",
    "Letters arrive about three weeks late; the censor reads everything. Keep them short.",
    "Relatives need help paying for the lawyer; discussed with the finance group.",
)

RISKS = (
    ("health", "Type 1 diabetes; insulin supply in custody is irregular."),
    ("pressure_in_custody", "Placed in the punishment cell three times this year."),
    ("family_at_risk", "Spouse was questioned by the police after a press interview."),
    ("publicity", "Do not mention the children's school: they were bullied after the trial."),
)

# --- Name lists for generated (benchmark) prisoners ----------------------------------------

SURNAMES = (
    "Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов "
    "Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев "
    "Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев Романов Воробьёв "
    "Сергеев Кузьмин Фролов Александров Дмитриев Королёв Гусев Киселёв Ильин Максимов Поляков "
    "Сорокин Виноградов Ковалёв Белов Медведев Антонов Тарасов Баранов Филиппов Комаров "
    "Давыдов Беляев Герасимов Богданов Осипов Сидоров Матвеев Титов Марков Миронов Крылов "
    "Куликов Карпов Власов Мельников Денисов Гаврилов Тихонов Казаков Афанасьев Данилов "
    "Савельев Тимофеев Фомин Чернов Абрамов Мартынов Ефимов Федотов Щербаков Назаров Калинин "
    "Исаев Быков Маслов Родионов Коновалов Лазарев Воронин Климов Филатов Пономарёв Голубев "
    "Прохоров Наумов Потапов Журавлёв Овчинников Трофимов Леонов Соболев Ермаков Колесников "
    "Гончаров Емельянов Грачёв Котов Гришин Ефремов Архипов Громов Кириллов Малышев Панов "
    "Моисеев Румянцев Акимов Бирюков Анисимов Ерёмин Галкин Лукьянов Михеев Скворцов "
    "Нестеров Симонов Прокофьев Харитонов Князев Цветков Левин Митрофанов Воронов Аксёнов "
    "Мальцев Горшков Савин Краснов Майоров Демидов Елисеев Рыбаков Сафонов Плотников Хохлов "
    "Жданов Вишневский Покровский Успенский Ольховский Руденко Шевчук Бондаренко Коваленко "
    "Ткаченко Кравченко Ахметов Латыпов Шарипов Галиев Мухаметшин Сафин Дорофеев Чернышёв"
).split()

MALE_NAMES = (
    "Александр Алексей Андрей Антон Артём Борис Вадим Валентин Валерий Василий Виктор Виталий "
    "Владимир Владислав Всеволод Вячеслав Геннадий Георгий Глеб Григорий Даниил Денис Дмитрий "
    "Евгений Егор Иван Игорь Илья Кирилл Константин Лев Леонид Максим Марат Матвей Михаил "
    "Никита Николай Олег Павел Пётр Роман Руслан Рустам Святослав Семён Сергей Станислав "
    "Степан Тимофей Тимур Фёдор Эдуард Юрий Ярослав"
).split()

FEMALE_NAMES = (
    "Александра Алёна Алина Алла Анастасия Ангелина Анна Антонина Валентина Валерия Варвара "
    "Вера Вероника Виктория Галина Дарья Диана Евгения Екатерина Елена Елизавета Жанна Зарина "
    "Зоя Инна Ирина Карина Кира Ксения Лариса Лидия Любовь Людмила Маргарита Марина Мария "
    "Надежда Наталья Нина Оксана Олеся Ольга Полина Раиса Светлана Софья Таисия Тамара "
    "Татьяна Ульяна Юлия Яна"
).split()

# Patronymics (masculine, feminine).
PATRONYMICS = tuple(tuple(pair.split("/")) for pair in (
    "Александрович/Александровна Алексеевич/Алексеевна Андреевич/Андреевна "
    "Анатольевич/Анатольевна Борисович/Борисовна Вадимович/Вадимовна Валерьевич/Валерьевна "
    "Васильевич/Васильевна Викторович/Викторовна Витальевич/Витальевна "
    "Владимирович/Владимировна Геннадьевич/Геннадьевна Георгиевич/Георгиевна "
    "Григорьевич/Григорьевна Денисович/Денисовна Дмитриевич/Дмитриевна Евгеньевич/Евгеньевна "
    "Егорович/Егоровна Иванович/Ивановна Игоревич/Игоревна Ильич/Ильинична "
    "Константинович/Константиновна Леонидович/Леонидовна Львович/Львовна "
    "Максимович/Максимовна Михайлович/Михайловна Николаевич/Николаевна Олегович/Олеговна "
    "Павлович/Павловна Петрович/Петровна Романович/Романовна Сергеевич/Сергеевна "
    "Станиславович/Станиславовна Степанович/Степановна Фёдорович/Фёдоровна Юрьевич/Юрьевна "
    "Ярославович/Ярославовна"
).split())


def feminine_surname(surname: str) -> str:
    """The feminine form of a Russian surname (Иванов -> Иванова; Руденко stays)."""
    if surname.endswith(("ский", "цкий")):
        return surname[:-2] + "ая"
    if surname.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return surname + "а"
    return surname


# --- Phrasebook ------------------------------------------------------------------------------

PRONOUNS = {
    "en": {MALE: {"he": "he", "He": "He", "him": "him", "his": "his", "His": "His"},
           FEMALE: {"he": "she", "He": "She", "him": "her", "his": "her", "His": "Her"}},
    "ru": {MALE: {"he": "он", "He": "Он", "him": "его", "to_him": "ему", "a": ""},
           FEMALE: {"he": "она", "He": "Она", "him": "её", "to_him": "ей", "a": "а"}},
    "de": {MALE: {"he": "er", "He": "Er", "him": "ihn", "his_r": "seiner"},
           FEMALE: {"he": "sie", "He": "Sie", "him": "sie", "his_r": "ihrer"}},
    "fr": {MALE: {"he": "il", "He": "Il", "e": ""},
           FEMALE: {"he": "elle", "He": "Elle", "e": "e"}},
    # "a": past tense (został/została); "y": participles and adjectives (zatrzymany/-a);
    # "him": accusative (skazał go/ją); "to_him": dative (zakazał mu/jej).
    "pl": {MALE: {"he": "on", "He": "On", "him": "go", "to_him": "mu", "a": "", "y": "y"},
           FEMALE: {"he": "ona", "He": "Ona", "him": "ją", "to_him": "jej", "a": "a", "y": "a"}},
}

MONTHS = {
    "en": "January February March April May June July August September October November "
          "December".split(),
    # Prepositional case: "в марте".
    "ru": "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре "
          "декабре".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November "
          "Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre "
          "décembre".split(),
    # Locative with its preposition ("we wrześniu"): phrases write "{month} {year} r.".
    "pl": ("w styczniu", "w lutym", "w marcu", "w kwietniu", "w maju", "w czerwcu", "w lipcu",
           "w sierpniu", "we wrześniu", "w październiku", "w listopadzie", "w grudniu"),
}

# Why the person was prosecuted, as it follows "was detained in <town> in <month> ...".
REASONS = {
    Category.ANTI_WAR: {
        "en": "over social-media posts against the war in Ukraine",
        "ru": "за антивоенные публикации в социальных сетях",
        "de": "wegen Beiträgen gegen den Krieg in der Ukraine in sozialen Netzwerken",
        "fr": "pour des publications contre la guerre en Ukraine sur les réseaux sociaux",
        "pl": "za antywojenne wpisy w mediach społecznościowych"},
    Category.RELIGIOUS: {
        "en": "for taking part in prayer meetings of a religious community banned as "
              "'extremist'",
        "ru": "за участие в молитвенных собраниях религиозной общины, запрещённой как "
              "«экстремистская»",
        "de": "wegen der Teilnahme an Gebetstreffen einer als „extremistisch“ verbotenen "
              "Religionsgemeinschaft",
        "fr": "pour avoir participé aux réunions de prière d'une communauté religieuse "
              "interdite comme « extrémiste »",
        "pl": "za udział w spotkaniach modlitewnych wspólnoty religijnej uznanej za "
              "„ekstremistyczną” i zdelegalizowanej"},
    Category.CIVIC_ACTIVISM: {
        "en": "after organising protests against the felling of a city park",
        "ru": "после организации протестов против вырубки городского парка",
        "de": "nach der Organisation von Protesten gegen die Abholzung eines Stadtparks",
        "fr": "après avoir organisé des manifestations contre l'abattage d'un parc municipal",
        "pl": "po zorganizowaniu protestów przeciwko wycince drzew w miejskim parku"},
    Category.JOURNALISM: {
        "en": "over reporting on the war and on political trials for an independent outlet",
        "ru": "за репортажи о войне и политических процессах для независимого издания",
        "de": "wegen Berichten über den Krieg und politische Prozesse für ein unabhängiges "
              "Medium",
        "fr": "pour des reportages sur la guerre et les procès politiques publiés par un média "
              "indépendant",
        "pl": "za reportaże o wojnie i procesach politycznych przygotowywane dla niezależnej "
              "redakcji"},
    Category.OPPOSITION: {
        "en": "for working with a regional office of an opposition movement declared "
              "'extremist'",
        "ru": "за работу в региональном штабе оппозиционного движения, признанного "
              "«экстремистским»",
        "de": "wegen der Mitarbeit in einem Regionalbüro einer als „extremistisch“ eingestuften "
              "Oppositionsbewegung",
        "fr": "pour sa collaboration avec le bureau régional d'un mouvement d'opposition "
              "déclaré « extrémiste »",
        "pl": "za współpracę z regionalnym biurem ruchu opozycyjnego uznanego za "
              "„ekstremistyczny”"},
    Category.UKRAINE: {
        "en": "on charges built on messages to relatives in Ukraine",
        "ru": "по обвинению, построенному на переписке с родственниками в Украине",
        "de": "wegen angeblich belastender Nachrichten an Verwandte in der Ukraine",
        "fr": "sur la base d'accusations fondées sur des messages envoyés à des proches en "
              "Ukraine",
        "pl": "na podstawie zarzutów opartych na korespondencji z krewnymi w Ukrainie"},
    Category.LGBTQ: {
        "en": "for alleged 'participation' in the 'international LGBT movement', which Russia "
              "declared extremist in 2023",
        "ru": "за «участие» в «международном ЛГБТ-движении», признанном в России "
              "экстремистским в 2023 году",
        "de": "wegen angeblicher Beteiligung an der „internationalen LGBT-Bewegung“, 2023 in "
              "Russland als extremistisch verboten,",
        "fr": "pour une prétendue participation au « mouvement LGBT international », déclaré "
              "extrémiste en Russie en 2023",
        "pl": "za rzekomy „udział” w „międzynarodowym ruchu LGBT”, który w 2023 r. uznano "
              "w Rosji za ekstremistyczny"},
    Category.OTHER: {
        "en": "over a remark in a private chat that investigators called 'extremist'",
        "ru": "за реплику в частной переписке, которую следствие сочло «экстремистской»",
        "de": "wegen einer angeblich „extremistischen“ Bemerkung in einem privaten Chat",
        "fr": "pour une remarque dans une conversation privée que les enquêteurs ont jugée "
              "« extrémiste »",
        "pl": "za wypowiedź w prywatnej rozmowie na czacie, którą śledczy uznali za "
              "„ekstremistyczną”"},
    "donation": {
        "en": "over a small donation to a humanitarian foundation helping civilians in Ukraine",
        "ru": "за небольшое пожертвование гуманитарному фонду, помогающему мирным жителям "
              "Украины",
        "de": "wegen einer kleinen Spende an eine Hilfsstiftung für Zivilisten in der Ukraine",
        "fr": "pour un petit don à une fondation humanitaire venant en aide aux civils en "
              "Ukraine",
        "pl": "za niewielką wpłatę na rzecz fundacji humanitarnej pomagającej ludności "
              "cywilnej w Ukrainie"},
    "hoax": {
        "en": "over a joke in a group chat that investigators called a false bomb threat",
        "ru": "за шутку в групповом чате, которую следствие сочло ложным сообщением о теракте",
        "de": "wegen eines als falsche Bombendrohung gewerteten Scherzes in einem Gruppenchat",
        "fr": "pour une plaisanterie dans une discussion de groupe que les enquêteurs ont "
              "qualifiée de fausse alerte à la bombe",
        "pl": "za żart na czacie grupowym, który śledczy uznali za fałszywy alarm bombowy"},
    "crimea": {
        "en": "after raids on Crimean Tatar homes, accused of membership of Hizb ut-Tahrir, an "
              "Islamic party that is legal in Ukraine",
        "ru": "после обысков в домах крымских татар, по обвинению в участии в «Хизб ут-Тахрир» "
              "— исламской партии, легальной в Украине",
        "de": "nach Razzien in krimtatarischen Häusern wegen angeblicher Mitgliedschaft in der "
              "in der Ukraine legalen islamischen Partei Hizb ut-Tahrir",
        "fr": "après des perquisitions chez des Tatars de Crimée, sous l'accusation "
              "d'appartenance au Hizb ut-Tahrir, un parti islamique légal en Ukraine",
        "pl": "po przeszukaniach w domach Tatarów krymskich, pod zarzutem przynależności do "
              "Hizb ut-Tahrir – partii islamskiej, która w Ukrainie działa legalnie"},
    "arson": {
        "en": "on charges of attempting to set fire to a military enlistment office",
        "ru": "по обвинению в попытке поджога военкомата",
        "de": "wegen eines angeblich versuchten Brandanschlags auf ein Militärkommissariat",
        "fr": "sous l'accusation d'avoir tenté d'incendier un bureau de recrutement militaire",
        "pl": "pod zarzutem usiłowania podpalenia wojskowej komendy uzupełnień"},
}

# What the person did before the arrest, followed by "in <town>" (in Polish it follows
# "Mieszkał{a} <w mieście>, gdzie").
JOBS = (
    {"en": "worked as a history teacher",
     "ru": ("работал учителем истории", "работала учительницей истории"),
     "de": ("arbeitete als Geschichtslehrer", "arbeitete als Geschichtslehrerin"),
     "fr": ("était professeur d'histoire", "était professeure d'histoire"),
     "pl": ("pracował jako nauczyciel historii", "pracowała jako nauczycielka historii")},
    {"en": "worked as a software developer", "ru": "работал{a} программистом",
     "de": ("arbeitete als Softwareentwickler", "arbeitete als Softwareentwicklerin"),
     "fr": ("était développeur informatique", "était développeuse informatique"),
     "pl": ("pracował jako programista", "pracowała jako programistka")},
    {"en": "worked as an engineer at a power plant", "ru": "работал{a} инженером на электростанции",
     "de": ("arbeitete als Ingenieur in einem Kraftwerk",
            "arbeitete als Ingenieurin in einem Kraftwerk"),
     "fr": "était ingénieur{e} dans une centrale électrique",
     "pl": ("pracował jako inżynier w elektrowni", "pracowała jako inżynierka w elektrowni")},
    {"en": "worked as a nurse at a children's hospital",
     "ru": ("работал медбратом в детской больнице", "работала медсестрой в детской больнице"),
     "de": ("arbeitete als Krankenpfleger in einem Kinderkrankenhaus",
            "arbeitete als Krankenpflegerin in einem Kinderkrankenhaus"),
     "fr": ("était infirmier dans un hôpital pour enfants",
            "était infirmière dans un hôpital pour enfants"),
     "pl": ("pracował jako pielęgniarz w szpitalu dziecięcym",
            "pracowała jako pielęgniarka w szpitalu dziecięcym")},
    {"en": "played the violin in the regional philharmonic orchestra",
     "ru": "играл{a} на скрипке в областной филармонии",
     "de": "spielte Geige im Philharmonischen Orchester der Region",
     "fr": "était violoniste à l'orchestre philharmonique régional",
     "pl": "grał{a} na skrzypcach w orkiestrze miejscowej filharmonii"},
    {"en": "was studying physics at the university",
     "ru": ("учился на физическом факультете", "училась на физическом факультете"),
     "de": "studierte Physik an der Universität", "fr": "étudiait la physique à l'université",
     "pl": "studiował{a} fizykę na uniwersytecie"},
    {"en": "worked as a reporter for a local news site",
     "ru": "работал{a} корреспондентом местного новостного сайта",
     "de": ("arbeitete als Reporter für ein lokales Nachrichtenportal",
            "arbeitete als Reporterin für ein lokales Nachrichtenportal"),
     "fr": "était reporter pour un site d'information local",
     "pl": ("pracował jako reporter lokalnego portalu informacyjnego",
            "pracowała jako reporterka lokalnego portalu informacyjnego")},
    {"en": "worked as a lawyer advising tenants", "ru": "работал{a} юристом, консультировал{a} "
                                                          "жильцов",
     "de": ("arbeitete als Jurist und beriet Mieter", "arbeitete als Juristin und beriet Mieter"),
     "fr": "était juriste et conseillait des locataires",
     "pl": ("pracował jako prawnik i doradzał lokatorom",
            "pracowała jako prawniczka i doradzała lokatorom")},
    {"en": "ran a small grocery shop", "ru": "держал{a} небольшой продуктовый магазин",
     "de": "führte einen kleinen Lebensmittelladen", "fr": "tenait une petite épicerie",
     "pl": "prowadził{a} niewielki sklep spożywczy"},
    {"en": "had spent forty years working at a tractor factory",
     "ru": "сорок лет проработал{a} на тракторном заводе",
     "de": "arbeitete vierzig Jahre lang in einem Traktorenwerk",
     "fr": "avait travaillé quarante ans dans une usine de tracteurs",
     "pl": "przepracował{a} czterdzieści lat w fabryce traktorów"},
    {"en": "worked as an illustrator of children's books",
     "ru": "работал{a} иллюстратором детских книг",
     "de": ("arbeitete als Illustrator von Kinderbüchern",
            "arbeitete als Illustratorin von Kinderbüchern"),
     "fr": ("était illustrateur de livres pour enfants",
            "était illustratrice de livres pour enfants"),
     "pl": ("pracował jako ilustrator książek dla dzieci",
            "pracowała jako ilustratorka książek dla dzieci")},
    {"en": "served as an elected municipal deputy", "ru": ("был муниципальным депутатом",
                                                           "была муниципальным депутатом"),
     "de": ("war gewählter Gemeinderat", "war gewählte Gemeinderätin"),
     "fr": ("était conseiller municipal élu", "était conseillère municipale élue"),
     "pl": ("był radnym samorządowym", "była radną samorządową")},
    {"en": "worked as a paediatrician", "ru": "работал{a} педиатром",
     "de": ("arbeitete als Kinderarzt", "arbeitete als Kinderärztin"), "fr": "était pédiatre",
     "pl": "pracował{a} jako pediatra"},
    {"en": "worked as a carpenter", "ru": "работал{a} плотником",
     "de": ("arbeitete als Tischler", "arbeitete als Tischlerin"),
     "fr": ("était menuisier", "était menuisière"),
     "pl": "pracował{a} jako stolarz"},
    {"en": "worked as a bus driver", "ru": "работал{a} водителем автобуса",
     "de": ("arbeitete als Busfahrer", "arbeitete als Busfahrerin"),
     "fr": ("était chauffeur de bus", "était conductrice de bus"),
     "pl": ("pracował jako kierowca autobusu", "pracowała jako kierowczyni autobusu")},
    {"en": "worked as a graphic designer", "ru": "работал{a} графическим дизайнером",
     "de": ("arbeitete als Grafikdesigner", "arbeitete als Grafikdesignerin"),
     "fr": "était graphiste",
     "pl": ("pracował jako grafik", "pracowała jako graficzka")},
)

FAMILIES = (
    {"en": "{He} is married and has two children.",
     "ru": ("Женат, воспитывает двоих детей.", "Замужем, воспитывает двоих детей."),
     "de": "{He} ist verheiratet und hat zwei Kinder.",
     "fr": ("Il est marié et père de deux enfants.", "Elle est mariée et mère de deux enfants."),
     "pl": ("Jest żonaty i ma dwoje dzieci.", "Jest mężatką i ma dwoje dzieci.")},
    {"en": "{He} looked after {his} elderly mother, who now lives alone.",
     "ru": "Ухаживал{a} за пожилой матерью, которая теперь живёт одна.",
     "de": ("Er pflegte seine betagte Mutter, die nun allein lebt.",
            "Sie pflegte ihre betagte Mutter, die nun allein lebt."),
     "fr": "{He} s'occupait de sa mère âgée, qui vit désormais seule.",
     "pl": "Opiekował{a} się starszą już matką, która teraz mieszka sama."},
    {"en": "Friends describe {him} as quiet but stubborn, someone who never learned to keep "
           "silent.",
     "ru": ("Друзья говорят о нём как о тихом, но упрямом человеке, который так и не научился "
            "молчать.",
            "Друзья говорят о ней как о тихом, но упрямом человеке, который так и не научился "
            "молчать."),
     "de": "Freunde beschreiben {him} als ruhigen, aber beharrlichen Menschen, der nie gelernt "
           "hat zu schweigen.",
     "fr": ("Ses amis le décrivent comme une personne calme mais obstinée, qui n'a jamais "
            "appris à se taire.",
            "Ses amis la décrivent comme une personne calme mais obstinée, qui n'a jamais "
            "appris à se taire."),
     "pl": "Przyjaciele opisują {him} jako osobę cichą, ale upartą, która nigdy nie "
           "nauczyła się milczeć."},
)

HOBBIES = (
    {"en": "In {his} free time {he} volunteered at an animal shelter.",
     "ru": "В свободное время помогал{a} приюту для животных.",
     "de": "In {his_r} Freizeit half {he} in einem Tierheim.",
     "fr": "Pendant son temps libre, {he} aidait dans un refuge pour animaux.",
     "pl": ("W wolnym czasie był wolontariuszem w schronisku dla zwierząt.",
            "W wolnym czasie była wolontariuszką w schronisku dla zwierząt.")},
    {"en": "{He} played chess at a city club.", "ru": "Играл{a} в шахматы в городском клубе.",
     "de": "{He} spielte Schach in einem Verein der Stadt.",
     "fr": "{He} jouait aux échecs dans un club de la ville.",
     "pl": "Grał{a} w szachy w miejskim klubie."},
    {"en": "At weekends {he} liked to go hiking in the region.",
     "ru": "По выходным ходил{a} в походы по области.",
     "de": "An den Wochenenden wanderte {he} gern durch die Region.",
     "fr": "Le week-end, {he} partait volontiers en randonnée dans la région.",
     "pl": "W weekendy chętnie chodził{a} na piesze wędrówki po okolicy."},
    {"en": "{He} wrote poetry and read it at open-mic evenings.",
     "ru": "Писал{a} стихи и читал{a} их на городских поэтических вечерах.",
     "de": "{He} schrieb Gedichte und las sie bei offenen Lesebühnen vor.",
     "fr": "{He} écrivait des poèmes et les lisait lors de soirées de poésie.",
     "pl": "Pisał{a} wiersze i czytał{a} je na otwartych wieczorach poetyckich."},
    {"en": "{He} sang in {his} community's choir.", "ru": "Пел{a} в хоре своей общины.",
     "de": "{He} sang im Chor {his_r} Gemeinde.",
     "fr": "{He} chantait dans la chorale de sa communauté.",
     "pl": "Śpiewał{a} w chórze swojej wspólnoty."},
)
CHOIR = 4  # the hobby of religious prisoners

PHRASES = {
    # Case summaries.
    "arrest": {
        "en": "{name} was detained {city} in {month} {year} {reason}.",
        "ru": "{name} задержан{a} {city} в {month} {year} года {reason}.",
        "de": "{name} wurde im {month} {year} {city} {reason} festgenommen.",
        "fr": "{name} a été arrêté{e} {city} en {month} {year} {reason}.",
        "pl": "{name} został{a} zatrzyman{y} {city} {month} {year} r. {reason}."},
    "case_opened": {
        "en": "The case was brought under {arts}.",
        "ru": "Уголовное дело возбуждено по {arts}.",
        "de": "Das Strafverfahren wurde nach {arts} eingeleitet.",
        "fr": "Les poursuites ont été engagées au titre {arts}.",
        "pl": "Postępowanie karne wszczęto z {arts}."},
    "held_pretrial": {
        "en": "{He} has been held in pre-trial detention ever since.",
        "ru": "С тех пор {he} находится в СИЗО.",
        "de": "Seitdem sitzt {he} in Untersuchungshaft.",
        "fr": "{He} est depuis placé{e} en détention provisoire.",
        "pl": "Od tego czasu przebywa w areszcie śledczym."},
    "house_arrest": {
        "en": "{He} is under house arrest while the case goes to trial.",
        "ru": "До суда {he} находится под домашним арестом.",
        "de": "Bis zum Prozess steht {he} unter Hausarrest.",
        "fr": "{He} est assigné{e} à résidence en attendant son procès.",
        "pl": "Do czasu procesu przebywa w areszcie domowym."},
    "restricted": {
        "en": "{He} remains at liberty, but the court has banned {him} from using the internet "
              "and from leaving home at night.",
        "ru": "{He} остаётся на свободе, но суд запретил {to_him} пользоваться интернетом и "
              "выходить из дома по ночам.",
        "de": "{He} ist auf freiem Fuß, darf aber auf Anordnung des Gerichts weder das Internet "
              "nutzen noch nachts die Wohnung verlassen.",
        "fr": ("Il reste en liberté, mais le tribunal lui interdit d'utiliser Internet et de "
               "sortir de chez lui la nuit.",
               "Elle reste en liberté, mais le tribunal lui interdit d'utiliser Internet et de "
               "sortir de chez elle la nuit."),
        "pl": "Pozostaje na wolności, ale sąd zakazał {to_him} korzystania z internetu i "
              "wychodzenia z domu w nocy."},
    "verdict": {"en": "{verdict}", "ru": "{verdict}", "de": "{verdict}", "fr": "{verdict}",
                "pl": "{verdict}"},
    "appeal_pending": {
        "en": "The defence has appealed; the appeal has not been heard yet.",
        "ru": "Защита обжаловала приговор; апелляция ещё не рассмотрена.",
        "de": "Die Verteidigung hat Berufung eingelegt; darüber ist noch nicht entschieden.",
        "fr": "La défense a fait appel ; l'appel n'a pas encore été examiné.",
        "pl": "Obrona złożyła apelację, która nie została jeszcze rozpatrzona."},
    "serving": {
        "en": "The appeal court upheld the verdict, and {he} is now serving the sentence.",
        "ru": "Апелляционный суд оставил приговор в силе; сейчас {he} отбывает наказание.",
        "de": "Das Berufungsgericht bestätigte das Urteil; {he} verbüßt nun die Strafe.",
        "fr": "La cour d'appel a confirmé le verdict ; {he} purge aujourd'hui sa peine.",
        "pl": "Sąd apelacyjny utrzymał wyrok w mocy; obecnie {first} odbywa karę."},
    "punitive_psychiatry": {
        "en": "The coalition regards this as punitive psychiatry: {he} had no history of mental "
              "illness.",
        "ru": ("Коалиция считает это карательной психиатрией: прежде у него не было психических "
               "заболеваний.",
               "Коалиция считает это карательной психиатрией: прежде у неё не было психических "
               "заболеваний."),
        "de": "Die Koalition wertet dies als Strafpsychiatrie: {he} war zuvor nie psychisch "
              "erkrankt.",
        "fr": "La coalition y voit de la psychiatrie punitive : {he} n'avait aucun antécédent "
              "psychiatrique.",
        "pl": "Koalicja uważa to za przejaw psychiatrii represyjnej: wcześniej nigdy nie "
              "leczył{a} się psychiatrycznie."},
    "released": {
        "en": "{He} was released in {released_month} {released_year}.",
        "ru": ("Он вышел на свободу в {released_month} {released_year} года.",
               "Она вышла на свободу в {released_month} {released_year} года."),
        "de": "Im {released_month} {released_year} kam {he} frei.",
        "fr": "{He} a été libéré{e} en {released_month} {released_year}.",
        "pl": ("{first} wyszedł na wolność {released_month} {released_year} r.",
               "{first} wyszła na wolność {released_month} {released_year} r.")},
    "emigrated": {
        "en": "After {his} release {he} left Russia and now lives in the European Union.",
        "ru": ("После освобождения он уехал из России и теперь живёт в Евросоюзе.",
               "После освобождения она уехала из России и теперь живёт в Евросоюзе."),
        "de": "Nach {his_r} Freilassung verließ {he} Russland und lebt heute in der "
              "Europäischen Union.",
        "fr": "Après sa libération, {he} a quitté la Russie et vit aujourd'hui dans l'Union "
              "européenne.",
        "pl": "Po wyjściu na wolność wyjechał{a} z Rosji i mieszka obecnie w Unii "
              "Europejskiej."},
    "died": {
        "en": "{He} died in custody in {died_month} {died_year}; {his} family says {he} was "
              "denied medical care.",
        "ru": ("Он умер в заключении в {died_month} {died_year} года; родные говорят, что ему "
               "отказывали в медицинской помощи.",
               "Она умерла в заключении в {died_month} {died_year} года; родные говорят, что ей "
               "отказывали в медицинской помощи."),
        "de": ("Er starb im {died_month} {died_year} in Haft; seine Familie sagt, ihm sei "
               "medizinische Hilfe verweigert worden.",
               "Sie starb im {died_month} {died_year} in Haft; ihre Familie sagt, ihr sei "
               "medizinische Hilfe verweigert worden."),
        "fr": "{He} est mort{e} en détention en {died_month} {died_year} ; sa famille affirme "
              "qu'on lui a refusé des soins médicaux.",
        "pl": "{first} zmarł{a} w więzieniu {died_month} {died_year} r.; rodzina twierdzi, "
              "że odmawiano {to_him} pomocy medycznej."},
    # Biographies.
    "born": {
        "en": "Born in {born}, {first} {job} {city}.",
        "ru": ("{first} родился в {born} году, {job} {city}.",
               "{first} родилась в {born} году, {job} {city}."),
        "de": "{first} wurde {born} geboren und {job} {city}.",
        "fr": "Né{e} en {born}, {first} {job} {city}.",
        "pl": "{first} urodził{a} się w {born} r. Mieszkał{a} {city}, gdzie {job}."},
    # Case events.
    "ev_detained": {
        "en": "Detained {city} after a search of {his} flat; phones and a laptop were seized.",
        "ru": "Задержан{a} {city} после обыска в квартире; изъяты телефоны и ноутбук.",
        "de": "{He} wurde {city} nach einer Durchsuchung {his_r} Wohnung festgenommen; "
              "Telefone und ein Laptop wurden beschlagnahmt.",
        "fr": "Arrêté{e} {city} après une perquisition de son appartement ; téléphones et "
              "ordinateur portable saisis.",
        "pl": "Został{a} zatrzyman{y} {city} po przeszukaniu mieszkania; skonfiskowano "
              "telefony i laptop."},
    "ev_charged_custody": {
        "en": "Charged under {arts}; the court remanded {him} in custody.",
        "ru": "Предъявлено обвинение по {arts}; суд отправил {him} в СИЗО.",
        "de": "Anklage nach {arts}; das Gericht ordnete Untersuchungshaft an.",
        "fr": "Mis{e} en examen au titre {arts} ; le tribunal a ordonné son placement en "
              "détention provisoire.",
        "pl": "Usłyszał{a} zarzuty z {arts}; sąd zastosował tymczasowe aresztowanie."},
    "ev_charged_house": {
        "en": "Charged under {arts}; the court placed {him} under house arrest.",
        "ru": "Предъявлено обвинение по {arts}; суд избрал меру пресечения в виде домашнего "
              "ареста.",
        "de": "Anklage nach {arts}; das Gericht verhängte Hausarrest.",
        "fr": "Mis{e} en examen au titre {arts} ; le tribunal l'a assigné{e} à résidence.",
        "pl": "Usłyszał{a} zarzuty z {arts}; sąd zastosował areszt domowy."},
    "ev_charged_restricted": {
        "en": "Charged under {arts}; instead of detention the court banned certain activities.",
        "ru": "Предъявлено обвинение по {arts}; суд избрал меру пресечения в виде запрета "
              "определённых действий.",
        "de": "Anklage nach {arts}; statt Haft verhängte das Gericht ein Verbot bestimmter "
              "Handlungen.",
        "fr": "Mis{e} en examen au titre {arts} ; au lieu de la détention, le tribunal a "
              "interdit certaines activités.",
        "pl": "Usłyszał{a} zarzuty z {arts}; zamiast aresztu sąd zastosował zakaz "
              "określonych czynności."},
    "ev_extension": {
        "en": "The court extended pre-trial detention by three months.",
        "ru": "Суд продлил срок содержания под стражей на три месяца.",
        "de": "Das Gericht verlängerte die Untersuchungshaft um drei Monate.",
        "fr": "Le tribunal a prolongé la détention provisoire de trois mois.",
        "pl": "Sąd przedłużył tymczasowe aresztowanie o trzy miesiące."},
    "ev_house_extension": {
        "en": "The court extended house arrest until the trial.",
        "ru": "Суд продлил домашний арест до начала процесса.",
        "de": "Das Gericht verlängerte den Hausarrest bis zum Prozessbeginn.",
        "fr": "Le tribunal a prolongé l'assignation à résidence jusqu'au procès.",
        "pl": "Sąd przedłużył areszt domowy do czasu procesu."},
    "ev_trial": {
        "en": "The trial is due to open at the district court.",
        "ru": "Назначено начало рассмотрения дела в районном суде.",
        "de": "Der Prozess vor dem Bezirksgericht soll an diesem Tag beginnen.",
        "fr": "L'ouverture du procès devant le tribunal de district est fixée à cette date.",
        "pl": "Na ten dzień wyznaczono rozpoczęcie procesu przed sądem rejonowym."},
    "ev_verdict": {"en": "{verdict}", "ru": "{verdict}", "de": "{verdict}", "fr": "{verdict}",
                   "pl": "{verdict}"},
    "ev_appeal_filed": {
        "en": "The defence appealed against the verdict.",
        "ru": "Защита подала апелляционную жалобу на приговор.",
        "de": "Die Verteidigung legte Berufung gegen das Urteil ein.",
        "fr": "La défense a fait appel du verdict.",
        "pl": "Obrona złożyła apelację od wyroku."},
    "ev_appeal_upheld": {
        "en": "The appeal court upheld the verdict.",
        "ru": "Апелляционный суд оставил приговор без изменений.",
        "de": "Das Berufungsgericht bestätigte das Urteil.",
        "fr": "La cour d'appel a confirmé le verdict.",
        "pl": "Sąd apelacyjny utrzymał wyrok w mocy."},
    "ev_transfer": {
        "en": "Transferred to {facility}.",
        "ru": "Этапирован{a}; новое место содержания — {facility}.",
        "de": "Verlegt; neuer Haftort: {facility}.",
        "fr": "Transféré{e} ; nouveau lieu de détention : {facility}.",
        "pl": "Został{a} przeniesion{y}; nowe miejsce pobytu: {facility}."},
    "ev_released_served": {
        "en": "Released after serving the sentence in full.",
        "ru": ("Освобождён по отбытии срока.", "Освобождена по отбытии срока."),
        "de": "Nach voller Verbüßung der Strafe freigelassen.",
        "fr": "Libéré{e} après avoir purgé toute sa peine.",
        "pl": ("Wyszedł na wolność po odbyciu całej kary.",
               "Wyszła na wolność po odbyciu całej kary.")},
    "ev_released_court": {
        "en": "Released from the courtroom: the sentence does not involve detention.",
        "ru": ("Освобождён в зале суда: наказание не связано с лишением свободы.",
               "Освобождена в зале суда: наказание не связано с лишением свободы."),
        "de": "Im Gerichtssaal freigelassen: Die Strafe ist nicht mit Haft verbunden.",
        "fr": "Libéré{e} à l'audience : la peine n'implique pas de détention.",
        "pl": "Został{a} zwolnion{y} na sali rozpraw: orzeczona kara nie wiąże się "
              "z pozbawieniem wolności."},
    "ev_emigrated": {
        "en": "Left Russia; now lives in the European Union.",
        "ru": ("Уехал из России, сейчас живёт в Евросоюзе.",
               "Уехала из России, сейчас живёт в Евросоюзе."),
        "de": "Hat Russland verlassen und lebt heute in der Europäischen Union.",
        "fr": "A quitté la Russie ; vit aujourd'hui dans l'Union européenne.",
        "pl": "Wyjechał{a} z Rosji; obecnie mieszka w Unii Europejskiej."},
    "ev_died": {
        "en": "Died in the colony's medical unit. The family was told only two days later.",
        "ru": ("Умер в медчасти колонии. Родственникам сообщили только через два дня.",
               "Умерла в медчасти колонии. Родственникам сообщили только через два дня."),
        "de": "In der Krankenstation der Kolonie gestorben. Die Familie wurde erst zwei Tage "
              "später benachrichtigt.",
        "fr": "Mort{e} à l'infirmerie de la colonie. La famille n'a été prévenue que deux jours "
              "plus tard.",
        "pl": "Zmarł{a} w izbie chorych kolonii karnej. Rodzinę powiadomiono dopiero dwa dni "
              "później."},
    "ev_internal_visit": {
        "en": "Lawyer's visit: health stable, asks for books and letters. Internal, not for "
              "publication.",
        "ru": "Визит адвоката: здоровье стабильное, просит книги и письма. Для внутреннего "
              "пользования.",
        "de": "Anwaltsbesuch: Gesundheitszustand stabil, bittet um Bücher und Briefe. Intern, "
              "nicht zur Veröffentlichung.",
        "fr": "Visite de l'avocat : état de santé stable, demande des livres et des lettres. "
              "Interne, ne pas publier.",
        "pl": "Wizyta adwokata: stan zdrowia stabilny, prosi o książki i listy. Do użytku "
              "wewnętrznego, nie do publikacji."},
    "ev_internal_family": {
        "en": "Call with relatives: the family asks us not to publish the home address. "
              "Internal.",
        "ru": "Разговор с родственниками: семья просит не публиковать домашний адрес. Для "
              "внутреннего пользования.",
        "de": "Gespräch mit Angehörigen: Die Familie bittet, die Wohnadresse nicht zu "
              "veröffentlichen. Intern.",
        "fr": "Échange avec les proches : la famille demande de ne pas publier l'adresse du "
              "domicile. Interne.",
        "pl": "Rozmowa z bliskimi: rodzina prosi, by nie publikować adresu domowego. Do "
              "użytku wewnętrznego."},
}

# Which sentences make up the case summary, by status (2-4 sentences each).
SUMMARY_PARTS = {
    Status.PRETRIAL_DETENTION: ("arrest", "case_opened", "held_pretrial"),
    Status.HOUSE_ARREST: ("arrest", "case_opened", "house_arrest"),
    Status.RESTRICTED: ("arrest", "case_opened", "restricted"),
    Status.SENTENCED: ("arrest", "case_opened", "verdict", "appeal_pending"),
    Status.SERVING_SENTENCE: ("arrest", "case_opened", "verdict", "serving"),
    Status.COMPULSORY_TREATMENT: ("arrest", "case_opened", "verdict", "punitive_psychiatry"),
    Status.RELEASED: ("arrest", "case_opened", "verdict", "released"),
    Status.EMIGRATED: ("arrest", "verdict", "released", "emigrated"),
    Status.DIED_IN_CUSTODY: ("arrest", "case_opened", "verdict", "died"),
}

# --- Sentences ---------------------------------------------------------------------------

CUSTODIAL = (SentenceKind.GENERAL_REGIME, SentenceKind.STRICT_REGIME,
             SentenceKind.SPECIAL_REGIME, SentenceKind.COLONY_SETTLEMENT, SentenceKind.PRISON)

_WHERE = {
    SentenceKind.GENERAL_REGIME: {
        "en": "in a general-regime penal colony", "ru": "в колонии общего режима",
        "de": "in einer Strafkolonie mit allgemeinem Regime",
        "fr": "de colonie pénitentiaire à régime général",
        "pl": "kolonii karnej o ogólnym rygorze"},
    SentenceKind.STRICT_REGIME: {
        "en": "in a strict-regime penal colony", "ru": "в колонии строгого режима",
        "de": "in einer Strafkolonie mit strengem Regime",
        "fr": "de colonie pénitentiaire à régime sévère",
        "pl": "kolonii karnej o zaostrzonym rygorze"},
    SentenceKind.SPECIAL_REGIME: {
        "en": "in a special-regime penal colony", "ru": "в колонии особого режима",
        "de": "in einer Strafkolonie mit besonderem Regime",
        "fr": "de colonie pénitentiaire à régime spécial",
        "pl": "kolonii karnej o szczególnym rygorze"},
    SentenceKind.COLONY_SETTLEMENT: {
        "en": "in a colony-settlement", "ru": "в колонии-поселении",
        "de": "in einer Kolonie-Siedlung", "fr": "de détention en colonie ouverte",
        "pl": "kolonii osiedleńczej"},
    SentenceKind.PRISON: {
        "en": "in prison", "ru": "с отбыванием части срока в тюрьме",
        "de": ", teils im Gefängnis zu verbüßen", "fr": "de détention, dont une partie en prison",
        "pl": "pozbawienia wolności z odbywaniem części kary w więzieniu"},
}

_VERDICTS = {
    "custodial": {
        "en": "The court sentenced {him} to {term} {where}.",
        "ru": "Суд назначил {to_him} {term} лишения свободы {where}.",
        "de": "Das Gericht verurteilte {him} zu {term} Haft {where}.",
        "fr": "Le tribunal l'a condamné{e} à {term} {where}.",
        "pl": "Sąd skazał {him} na {term} {where}."},
    SentenceKind.SUSPENDED: {
        "en": "The court gave {him} a suspended sentence of {term}.",
        "ru": "Суд назначил {to_him} {term} лишения свободы условно.",
        "de": "Das Gericht verurteilte {him} zu {term} Haft auf Bewährung.",
        "fr": "Le tribunal l'a condamné{e} à {term} de prison avec sursis.",
        "pl": "Sąd skazał {him} na {term} pozbawienia wolności w zawieszeniu."},
    SentenceKind.FORCED_LABOUR: {
        "en": "The court sentenced {him} to {term} of forced labour.",
        "ru": "Суд назначил {to_him} {term} принудительных работ.",
        "de": "Das Gericht verurteilte {him} zu {term} Zwangsarbeit.",
        "fr": "Le tribunal l'a condamné{e} à {term} de travaux forcés.",
        "pl": "Sąd skazał {him} na {term} robót przymusowych."},
    SentenceKind.FINE: {
        "en": "The court imposed a heavy fine.",
        "ru": "Суд назначил {to_him} крупный штраф.",
        "de": "Das Gericht verurteilte {him} zu einer hohen Geldstrafe.",
        "fr": "Le tribunal l'a condamné{e} à une lourde amende.",
        "pl": "Sąd wymierzył {to_him} wysoką grzywnę."},
    SentenceKind.COMPULSORY_TREATMENT: {
        "en": "The court ruled {him} not criminally responsible and ordered compulsory "
              "psychiatric treatment.",
        "ru": ("Суд признал его невменяемым и направил на принудительное психиатрическое "
               "лечение.",
               "Суд признал её невменяемой и направил на принудительное психиатрическое "
               "лечение."),
        "de": "Das Gericht erklärte {him} für schuldunfähig und ordnete eine psychiatrische "
              "Zwangsbehandlung an.",
        "fr": "Le tribunal l'a déclaré{e} pénalement irresponsable et a ordonné un traitement "
              "psychiatrique forcé.",
        "pl": ("Sąd uznał go za niepoczytalnego i skierował na przymusowe leczenie "
               "psychiatryczne.",
               "Sąd uznał ją za niepoczytalną i skierował na przymusowe leczenie "
               "psychiatryczne.")},
}


def _plural_ru(n, one, few, many):
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def _plural_pl(n, one, few, many):
    """Polish: 1 rok, 2-4 lata (also 22-24, 32-34...), 5-21 lat (and 12-14, 25-31...)."""
    if n == 1:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def _units(lang, years, months):
    """Years and months as each language writes a term ("6 years", "6 лет", "6 Jahren"...)."""
    if lang == "en":
        return (f"{years} year{'s' * (years != 1)}", f"{months} month{'s' * (months != 1)}")
    if lang == "ru":
        return (f"{years} {_plural_ru(years, 'год', 'года', 'лет')}",
                f"{months} {_plural_ru(months, 'месяц', 'месяца', 'месяцев')}")
    if lang == "de":  # dative, after "zu"
        return (f"{years} Jahr{'en' * (years != 1)}", f"{months} Monat{'en' * (months != 1)}")
    if lang == "pl":  # accusative, after "na"
        return (f"{years} {_plural_pl(years, 'rok', 'lata', 'lat')}",
                f"{months} {_plural_pl(months, 'miesiąc', 'miesiące', 'miesięcy')}")
    return (f"{years} an{'s' * (years != 1)}", f"{months} mois")


def term_text(lang, years, months):
    year_part, month_part = _units(lang, years or 0, months or 0)
    parts = [part for n, part in ((years, year_part), (months, month_part)) if n]
    joiner = {"en": " and ", "ru": " и ", "de": " und ", "fr": " et ", "pl": " i "}[lang]
    return joiner.join(parts)


def verdict_text(lang, person, pronouns):
    kind, years, months = person.term
    template = _VERDICTS["custodial" if kind in CUSTODIAL else kind][lang]
    where = _WHERE[kind][lang] if kind in CUSTODIAL else ""
    text = pick(template, person.gender).format(term=term_text(lang, years, months),
                                                where=where, **pronouns)
    return text.replace(" ,", ",")


# --- Rendering ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Timeline:
    """The dates a text may mention."""

    arrested_on: date
    released_on: date | None = None
    died_on: date | None = None
    family: int = 0
    hobby: int = 0


def pick(phrase, gender):
    """A phrase is a string, or a (masculine, feminine) pair."""
    if isinstance(phrase, tuple):
        return phrase[1] if gender == FEMALE else phrase[0]
    return phrase


def articles_text(lang, numbers):
    numbers = list(numbers)
    if len(numbers) == 1:
        listed = numbers[0]
    else:
        conjunction = {"en": "and", "ru": "и", "de": "und", "fr": "et", "pl": "i"}[lang]
        listed = f"{', '.join(numbers[:-1])} {conjunction} {numbers[-1]}"
    plural = len(numbers) > 1
    french_article = "des articles" if plural else "de l'article"
    return {
        "en": f"Article{'s' * plural} {listed} of the Russian Criminal Code",
        "ru": f"ст. {listed} УК РФ",
        "de": f"Art. {listed} des russischen Strafgesetzbuchs",
        "fr": f"{french_article} {listed} du Code pénal russe",
        "pl": f"art. {listed} Kodeksu karnego FR",  # genitive: "z art. 207.3 Kodeksu karnego FR"
    }[lang]


def _facility_name(key, lang):
    return FACILITIES[key].names[LANGUAGES.index(lang)] if key in FACILITIES else ""


def _month_year(lang, day):
    return (MONTHS[lang][day.month - 1], day.year) if day else ("", "")


def context(lang, person, timeline=None):
    """Everything a phrase may mention, in one language."""
    pronouns = PRONOUNS[lang][person.gender]
    surname, first = person.name.split()[:2]
    # As the page's heading shows it (Prisoner.name_for): "Iwan Schutschkow" in German.
    name = f"{first} {surname}" if lang == "ru" else (
        national_spelling(person.name, lang) or person.latin)
    ctx = {
        **pronouns,
        "name": name,
        "first": name.split()[0],
        "city": REGIONS[person.region][1][LANGUAGES.index(lang)],
        "reason": REASONS[person.reason_key][lang],
        "arts": articles_text(lang, person.articles),
        "born": person.born,
        "job": pick(JOBS[person.job][lang], person.gender).format(**pronouns),
        "facility": _facility_name(person.facility, lang),
        "verdict": verdict_text(lang, person, pronouns) if person.term else "",
    }
    if timeline:
        ctx["month"], ctx["year"] = _month_year(lang, timeline.arrested_on)
        ctx["released_month"], ctx["released_year"] = _month_year(lang, timeline.released_on)
        ctx["died_month"], ctx["died_year"] = _month_year(lang, timeline.died_on)
    return ctx


def contexts(person, timeline=None):
    return {lang: context(lang, person, timeline) for lang in LANGUAGES}


def render(phrase, gender, ctx):
    return pick(phrase, gender).format(**ctx)


def compose(phrases, person, ctxs):
    """Join phrases into one text per language. ``phrases`` maps each language to its list."""
    return {lang: " ".join(render(phrase, person.gender, ctxs[lang]) for phrase in phrases[lang])
            for lang in LANGUAGES}


def _phrases(*keys):
    return {lang: [PHRASES[key][lang] for key in keys] for lang in LANGUAGES}


def case_summary(person, ctxs):
    """The case summary in every language: {"en": ..., "ru": ..., ...}."""
    return compose(_phrases(*SUMMARY_PARTS[person.status]), person, ctxs)


def short_summary(person, ctxs):
    """Two sentences: the arrest and the charges (for generated prisoners)."""
    return compose(_phrases("arrest", "case_opened"), person, ctxs)


def short_biography(person, ctxs):
    return compose(_phrases("born"), person, ctxs)


def biography(person, timeline, ctxs):
    phrases = {lang: [PHRASES["born"][lang], FAMILIES[timeline.family][lang],
                      HOBBIES[timeline.hobby][lang]] for lang in LANGUAGES}
    return compose(phrases, person, ctxs)


def event_description(key, person, ctxs):
    """A case event's description in every language; ``key`` is an ``ev_*`` phrase."""
    return compose(_phrases(key), person, ctxs)

# The demo mentor's office, in the five languages.
MENTOR_ROLE = ("Member of the European Parliament", "Депутат Европейского парламента",
               "Mitglied des Europäischen Parlaments", "Députée européenne",
               "Posłanka do Parlamentu Europejskiego")


# Fictional sources of the demo verifications.
COURT_SOURCE_URL = "https://example.org/court-records/demo"
LETTER_SOURCE = "Reply from the prisoner to a demo letter (fictional)"
