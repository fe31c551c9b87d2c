"""The four core pages every installation starts with, in English, Russian, German and French.

Migration ``0002_core_pages`` creates them once; after that they belong to the coordinators and
editors, who change them in the admin. Bodies are Markdown (see ``Page.body_html``).
"""

import re
from textwrap import dedent


def _md(text):
    """A Markdown body written as an indented triple-quoted string."""
    return dedent(text).strip() + "\n"


def _line(text):
    """A one-line text (title, summary) written across several source lines."""
    return " ".join(text.split())


def _fr(text):
    """French spacing: a no-break space before ; : ! ? » and after «."""
    text = re.sub(r"[ \t\n]+([;:!?»])", "\u00a0\\1", text)
    return re.sub(r"«[ \t\n]+", "«\u00a0", text)


DEFINITION = {
    "slug": "definition",
    "menu_order": 1,
    "title": {
        "en": "Who is a political prisoner",
        "ru": "Кто такой политический заключённый",
        "de": "Wer als politischer Gefangener gilt",
        "fr": "Qui est considéré comme prisonnier politique",
    },
    "summary": {
        "en": _line("""
            The coalition's definition of a political prisoner, based on the criteria of
            Resolution 1900 (2012) of the Parliamentary Assembly of the Council of Europe.
            """),
        "ru": _line("""
            Определение политического заключённого, которым пользуется коалиция: оно основано
            на критериях Резолюции 1900 (2012) Парламентской ассамблеи Совета Европы.
            """),
        "de": _line("""
            Wie die Koalition politische Gefangene definiert – auf Grundlage der Kriterien der
            Resolution 1900 (2012) der Parlamentarischen Versammlung des Europarats.
            """),
        "fr": _fr(_line("""
            La définition du prisonnier politique appliquée par la coalition, fondée sur les
            critères de la résolution 1900 (2012) de l'Assemblée parlementaire du Conseil de
            l'Europe.
            """)),
    },
    "body": {
        "en": _md("""
            The coalition uses the definition of a political prisoner set out by the
            Parliamentary Assembly of the Council of Europe (PACE) in **Resolution 1900
            (2012)**. The criteria were drawn up in 2001 by independent experts appointed by
            the Secretary General of the Council of Europe; in 2012 the Assembly reaffirmed its
            support for them. They are not tied to any one country, and they allow every case
            to be measured against the same standard.

            ## The five criteria

            Under paragraph 3 of the resolution, a person deprived of their personal liberty is
            to be regarded as a political prisoner:

            - **(a)** if the detention has been imposed in violation of one of the fundamental
              guarantees set out in the European Convention on Human Rights and its Protocols,
              in particular freedom of thought, conscience and religion, freedom of expression
              and information, and freedom of assembly and association;
            - **(b)** if the detention has been imposed for purely political reasons, without
              connection to any offence;
            - **(c)** if, for political motives, the length of the detention or its conditions
              are clearly out of proportion to the offence the person has been found guilty of
              or is suspected of;
            - **(d)** if, for political motives, the person is detained in a discriminatory
              manner compared with other persons; or
            - **(e)** if the detention is the result of proceedings that were clearly unfair,
              and this appears to be connected with political motives of the authorities.

            Meeting one of these criteria is enough.

            ## Deprivation of liberty

            The definition concerns people who have been deprived of their liberty. Our list
            therefore includes people held in pre-trial detention, serving a sentence in a
            penal colony or prison, kept under house arrest, or placed in a psychiatric
            hospital for compulsory treatment. People who have since been released remain in
            the registry with that status, so that the record of their case is kept.

            ## Who is not included

            - **Violence.** The coalition does not recognise as political prisoners people who
              used violence against others or called for violence, except in legitimate
              self-defence. We look at what the person actually did, as shown by the evidence,
              and not only at the wording of the charge.
            - **Terrorist crimes.** Paragraph 4 of the resolution states that persons deprived
              of their liberty for terrorist crimes are not considered political prisoners if
              they have been prosecuted and sentenced for such crimes in accordance with
              national law and the European Convention on Human Rights. Where a terrorism
              charge rests on words, beliefs or membership of a peaceful organisation, we
              examine whether that condition is actually met.

            ## How we apply the definition

            The coalition assesses every case individually, on the evidence: court decisions,
            case documents, information from lawyers and reliable reports. Each decision is
            recorded together with its reasons; the page “How the list is formed” describes the
            process.

            Recognising someone as a political prisoner is a judgement about their detention.
            It does not mean that the coalition shares their views or endorses everything they
            have said or done.

            **Not being on our list does not mean that a prosecution is fair.** Many cases
            never reach us, some are still being examined, and some people or their families
            decide not to be named in public.
            """),
        "ru": _md("""
            Коалиция пользуется определением политического заключённого, которое Парламентская
            ассамблея Совета Европы (ПАСЕ) закрепила в **Резолюции 1900 (2012)**. Критерии были
            разработаны в 2001 году независимыми экспертами, назначенными Генеральным
            секретарём Совета Европы; в 2012 году Ассамблея вновь подтвердила свою поддержку
            этих критериев. Они не привязаны к какой-либо одной стране и позволяют оценивать
            каждое дело по одной и той же мерке.

            ## Пять критериев

            Согласно пункту 3 резолюции, лицо, лишённое личной свободы, следует считать
            политическим заключённым:

            - **(a)** если лишение свободы применено в нарушение одной из основных гарантий,
              закреплённых в Европейской конвенции о защите прав человека и протоколах к ней, в
              частности свободы мысли, совести и религии, свободы выражения мнений и
              информации, свободы собраний и объединений;
            - **(b)** если лишение свободы применено исключительно по политическим причинам,
              без связи с каким-либо правонарушением;
            - **(c)** если по политическим мотивам срок лишения свободы или его условия явно
              несоразмерны правонарушению, в совершении которого человек признан виновным или
              подозревается;
            - **(d)** если по политическим мотивам человек содержится под стражей
              дискриминационным образом по сравнению с другими лицами; или
            - **(e)** если лишение свободы стало результатом явно несправедливого
              разбирательства и это, по всей видимости, связано с политическими мотивами
              властей.

            Достаточно, чтобы выполнялся хотя бы один из этих критериев.

            ## Лишение свободы

            Определение касается людей, лишённых свободы. Поэтому в наш список входят те, кто
            находится под стражей до суда, отбывает наказание в колонии или тюрьме, содержится
            под домашним арестом или помещён в психиатрический стационар на принудительное
            лечение. Люди, которые уже вышли на свободу, остаются в реестре с соответствующим
            статусом, чтобы история их дела сохранилась.

            ## Кого мы не включаем в список

            - **Насилие.** Коалиция не признаёт политическими заключёнными людей, которые
              применяли насилие к другим людям или призывали к насилию, кроме случаев
              правомерной самообороны. Мы исходим из того, что человек действительно сделал, по
              имеющимся доказательствам, а не только из формулировки обвинения.
            - **Преступления террористического характера.** Пункт 4 резолюции гласит, что лица,
              лишённые свободы за террористические преступления, не считаются политическими
              заключёнными, если они были привлечены к ответственности и осуждены за такие
              преступления в соответствии с национальным законодательством и Европейской
              конвенцией о защите прав человека. Если обвинение в терроризме основано на
              словах, убеждениях или членстве в мирной организации, мы проверяем, действительно
              ли это условие соблюдено.

            ## Как мы применяем определение

            Коалиция рассматривает каждое дело отдельно, на основе доказательств: судебных
            решений, материалов дела, сведений от адвокатов и достоверных публикаций. Каждое
            решение фиксируется вместе с обоснованием; порядок работы описан на странице «Как
            формируется список».

            Признание человека политическим заключённым — это оценка его лишения свободы. Оно
            не означает, что коалиция разделяет его взгляды или одобряет всё, что он говорил
            или делал.

            **Если человека нет в нашем списке, это не значит, что его преследование
            справедливо.** Многие дела до нас не доходят, некоторые ещё рассматриваются, а
            некоторые люди или их родные решают не называть имя публично.
            """),
        "de": _md("""
            Die Koalition stützt sich auf die Definition politischer Gefangener in der
            **Resolution 1900 (2012)** der Parlamentarischen Versammlung des Europarats (PACE).
            Die Kriterien wurden 2001 von unabhängigen Sachverständigen im Auftrag des
            Generalsekretärs des Europarats erarbeitet; 2012 hat die Versammlung ihre
            Unterstützung für sie bekräftigt. Sie sind nicht auf ein bestimmtes Land
            zugeschnitten und erlauben es, jeden Fall am selben Maßstab zu messen.

            ## Die fünf Kriterien

            Nach Ziffer 3 der Resolution ist eine Person, der die persönliche Freiheit entzogen
            wurde, als politischer Gefangener anzusehen,

            - **(a)** wenn die Haft unter Verletzung einer der grundlegenden Garantien der
              Europäischen Menschenrechtskonvention und ihrer Protokolle verhängt wurde,
              insbesondere der Gedanken-, Gewissens- und Religionsfreiheit, der Meinungs- und
              Informationsfreiheit sowie der Versammlungs- und Vereinigungsfreiheit;
            - **(b)** wenn die Haft aus rein politischen Gründen verhängt wurde, ohne
              Zusammenhang mit irgendeiner Straftat;
            - **(c)** wenn aus politischen Motiven die Dauer der Haft oder die Haftbedingungen
              in einem eindeutigen Missverhältnis zu der Straftat stehen, derer die Person für
              schuldig befunden wurde oder verdächtigt wird;
            - **(d)** wenn die Person aus politischen Motiven im Vergleich zu anderen Personen
              in diskriminierender Weise festgehalten wird; oder
            - **(e)** wenn die Haft das Ergebnis eines eindeutig unfairen Verfahrens ist und
              dies offenbar mit politischen Motiven der Behörden zusammenhängt.

            Es genügt, wenn eines dieser Kriterien erfüllt ist.

            ## Freiheitsentzug

            Die Definition betrifft Menschen, denen die Freiheit entzogen wurde. Unsere Liste
            umfasst daher Menschen in Untersuchungshaft, Menschen, die eine Strafe in einer
            Strafkolonie oder einem Gefängnis verbüßen, Menschen im Hausarrest sowie Menschen,
            die zur Zwangsbehandlung in eine psychiatrische Klinik eingewiesen wurden. Wer
            inzwischen freigelassen wurde, bleibt mit diesem Status im Register, damit die
            Dokumentation des Falls erhalten bleibt.

            ## Wer nicht aufgenommen wird

            - **Gewalt.** Die Koalition erkennt Menschen nicht als politische Gefangene an, die
              Gewalt gegen andere angewandt oder zu Gewalt aufgerufen haben, außer in
              rechtmäßiger Notwehr. Wir prüfen anhand der Beweise, was die Person tatsächlich
              getan hat, und nicht nur den Wortlaut der Anklage.
            - **Terroristische Straftaten.** Nach Ziffer 4 der Resolution gelten Personen,
              denen wegen terroristischer Straftaten die Freiheit entzogen wurde, nicht als
              politische Gefangene, wenn sie im Einklang mit dem nationalen Recht und der
              Europäischen Menschenrechtskonvention strafrechtlich verfolgt und verurteilt
              wurden. Stützt sich ein Terrorismusvorwurf auf Äußerungen, Überzeugungen oder die
              Mitgliedschaft in einer friedlichen Organisation, prüfen wir, ob diese Bedingung
              tatsächlich erfüllt ist.

            ## Wie wir die Definition anwenden

            Die Koalition prüft jeden Fall einzeln und auf Grundlage der Beweise:
            Gerichtsentscheidungen, Verfahrensunterlagen, Angaben der Verteidigung und
            verlässliche Berichte. Jede Entscheidung wird mit ihrer Begründung festgehalten;
            das Verfahren beschreibt die Seite „Wie die Liste entsteht“.

            Die Anerkennung als politischer Gefangener ist eine Bewertung der Haft. Sie
            bedeutet nicht, dass die Koalition die Ansichten der betroffenen Person teilt oder
            alles gutheißt, was sie gesagt oder getan hat.

            **Dass jemand nicht auf unserer Liste steht, bedeutet nicht, dass das Verfahren
            gegen ihn fair ist.** Viele Fälle erreichen uns nie, manche werden noch geprüft,
            und manche Betroffene oder ihre Familien entscheiden sich dagegen, öffentlich
            genannt zu werden.
            """),
        "fr": _fr(_md("""
            La coalition applique la définition du prisonnier politique retenue par l'Assemblée
            parlementaire du Conseil de l'Europe (APCE) dans sa **résolution 1900 (2012)**. Les
            critères ont été élaborés en 2001 par des experts indépendants mandatés par le
            Secrétaire général du Conseil de l'Europe ; en 2012, l'Assemblée a réaffirmé son
            adhésion à ces critères. Ils ne visent aucun pays en particulier et permettent
            d'examiner chaque cas à l'aune d'une même norme.

            ## Les cinq critères

            Selon le paragraphe 3 de la résolution, une personne privée de sa liberté
            individuelle doit être considérée comme un prisonnier politique :

            - **(a)** si la détention a été imposée en violation de l'une des garanties
              fondamentales énoncées dans la Convention européenne des droits de l'homme et ses
              protocoles, en particulier la liberté de pensée, de conscience et de religion, la
              liberté d'expression et d'information et la liberté de réunion et d'association ;
            - **(b)** si la détention a été imposée pour des raisons purement politiques, sans
              rapport avec une infraction quelle qu'elle soit ;
            - **(c)** si, pour des raisons politiques, la durée de la détention ou ses
              conditions sont manifestement disproportionnées par rapport à l'infraction dont
              la personne a été reconnue coupable ou qu'elle est soupçonnée d'avoir commise ;
            - **(d)** si, pour des raisons politiques, la personne est détenue de manière
              discriminatoire par rapport à d'autres personnes ; ou
            - **(e)** si la détention est l'aboutissement d'une procédure manifestement
              inéquitable et que cela semble lié à des motivations politiques des autorités.

            Il suffit qu'un seul de ces critères soit rempli.

            ## Privation de liberté

            La définition concerne les personnes privées de liberté. Notre liste comprend donc
            les personnes placées en détention provisoire, celles qui purgent une peine dans
            une colonie pénitentiaire ou une prison, celles qui sont assignées à résidence et
            celles qui ont été internées de force dans un hôpital psychiatrique pour y être
            soignées sous contrainte. Les personnes libérées depuis restent dans le registre
            avec ce statut, afin que la trace de leur affaire soit conservée.

            ## Qui n'est pas inclus

            - **Violence.** La coalition ne reconnaît pas comme prisonniers politiques les
              personnes qui ont usé de violence contre autrui ou appelé à la violence, sauf en
              cas de légitime défense. Nous examinons ce que la personne a réellement fait, au
              vu des éléments de preuve, et pas seulement la qualification retenue par
              l'accusation.
            - **Crimes terroristes.** Selon le paragraphe 4 de la résolution, les personnes
              privées de liberté pour des crimes terroristes ne sont pas considérées comme des
              prisonniers politiques si elles ont été poursuivies et condamnées pour ces crimes
              conformément à la législation nationale et à la Convention européenne des droits
              de l'homme. Lorsqu'une accusation de terrorisme repose sur des propos, des
              convictions ou l'appartenance à une organisation pacifique, nous vérifions si
              cette condition est réellement remplie.

            ## Comment nous appliquons la définition

            La coalition examine chaque cas individuellement, sur la base des éléments de
            preuve : décisions de justice, pièces du dossier, informations fournies par les
            avocats et sources fiables. Chaque décision est consignée avec sa motivation ; la
            page « Comment la liste est établie » décrit la procédure.

            Reconnaître une personne comme prisonnier politique, c'est porter un jugement sur
            sa détention. Cela ne signifie pas que la coalition partage ses opinions ou
            approuve tout ce qu'elle a dit ou fait.

            **Ne pas figurer sur notre liste ne signifie pas que les poursuites sont
            équitables.** Beaucoup d'affaires ne nous parviennent jamais, certaines sont encore
            à l'examen, et certaines personnes ou leurs familles choisissent de ne pas être
            nommées publiquement.
            """)),
    },
}

HOW_THE_LIST_IS_FORMED = {
    "slug": "how-the-list-is-formed",
    "menu_order": 2,
    "title": {
        "en": "How the list is formed",
        "ru": "Как формируется список",
        "de": "Wie die Liste entsteht",
        "fr": "Comment la liste est établie",
    },
    "summary": {
        "en": _line("""
            How a case is proposed, examined and decided, and why a name is published only with
            consent.
            """),
        "ru": _line("""
            Как дело предлагают и рассматривают, как принимается решение и почему имя
            публикуется только с согласия.
            """),
        "de": _line("""
            Wie ein Fall vorgeschlagen, geprüft und entschieden wird und warum ein Name nur mit
            Einwilligung veröffentlicht wird.
            """),
        "fr": _fr(_line("""
            Comment un cas est proposé, examiné et tranché, et pourquoi un nom n'est publié
            qu'avec le consentement des intéressés.
            """)),
    },
    "body": {
        "en": _md("""
            Every name on our list is the result of a recorded decision by the coalition. Each
            case goes through the same steps.

            ## 1. Proposal

            A case can be proposed by a member organisation of the coalition, by a relative of
            the person detained or by their lawyer. Anyone else who knows of a case can also
            bring it to our attention.

            ## 2. Evidence

            Coordinators gather the evidence and sources: the charges, court decisions and
            other case documents, information from the lawyer, and media reports. Where
            possible, facts are checked against more than one source.

            ## 3. Assessment

            The case is assessed against the five criteria of PACE Resolution 1900 (2012), set
            out on the page “Who is a political prisoner”; at least one of them must be met.
            Coordinators also check the exclusion: a person who used violence or called for it,
            other than in legitimate self-defence, is not recognised.

            ## 4. Decision

            The decision is recorded with its date and a written rationale. It is one of the
            following:

            - **recognised**: the person is a political prisoner within the meaning of the
              definition;
            - **declined**: on the available evidence the criteria are not met, or the
              exclusion applies;
            - **removed**: a person recognised earlier is taken off the list, for example
              because new facts have come to light.

            A decision can be reviewed when new information appears.

            ## 5. Consent and publication

            Recognition alone does not put a name on this website. Publicity can put a prisoner
            or their family at risk: it can lead to pressure in custody or to threats against
            relatives. We therefore publish a person's name and case only with the consent of
            the prisoner or their family, or of a lawyer acting on the prisoner's behalf. The
            consent also states whether a photograph may be shown.

            **Consent can be withdrawn at any time**, without giving reasons. When it is
            withdrawn, or when a person is removed from the list, their page disappears from
            the site at once. Recognised prisoners who have not agreed to publicity are not
            shown here; the coalition can still help them without publicity.

            Contact details of relatives and lawyers, internal notes and assessments of risk
            are never published.

            ## Corrections

            If you notice a mistake or have new information about a case, please tell the
            coalition (see “Contact” on the page “About the coalition”). Corrections are
            checked before the page is updated.
            """),
        "ru": _md("""
            Каждое имя в нашем списке — результат зафиксированного решения коалиции. Все дела
            проходят одни и те же этапы.

            ## 1. Предложение

            Дело может предложить организация-участница коалиции, родственники человека,
            лишённого свободы, или его адвокат. Сообщить нам о деле может и любой другой
            человек, которому оно известно.

            ## 2. Сбор материалов

            Координаторы собирают доказательства и источники: текст обвинения, судебные решения
            и другие документы дела, сведения от адвоката, публикации в СМИ. По возможности
            факты сверяются с несколькими источниками.

            ## 3. Оценка

            Дело оценивается по пяти критериям Резолюции ПАСЕ 1900 (2012), которые приведены на
            странице «Кто такой политический заключённый»; должен выполняться хотя бы один из
            них. Координаторы также проверяют исключение: человек, который применял насилие или
            призывал к нему, кроме случаев правомерной самообороны, не признаётся политическим
            заключённым.

            ## 4. Решение

            Решение фиксируется с датой и письменным обоснованием. Возможны три решения:

            - **признание** — человек является политическим заключённым в смысле определения;
            - **отказ** — по имеющимся материалам критерии не выполнены или действует исключение;
            - **исключение из списка** — человека, признанного ранее, исключают из списка,
              например, если стали известны новые факты.

            Решение может быть пересмотрено, если появляются новые сведения.

            ## 5. Согласие и публикация

            Само по себе признание не означает, что имя появится на этом сайте. Огласка может
            подвергнуть опасности заключённого или его семью: привести к давлению в месте
            заключения или к угрозам родственникам. Поэтому мы публикуем имя и сведения о деле
            только с согласия самого заключённого или его родных либо адвоката, действующего от
            его имени. В согласии также указывается, можно ли показывать фотографию.

            **Согласие можно отозвать в любой момент** и без объяснения причин. После отзыва
            согласия или исключения человека из списка его страница сразу исчезает с сайта.
            Признанные политзаключённые, на огласку которых согласия нет, здесь не
            показываются; коалиция может помогать им и без публичности.

            Контакты родственников и адвокатов, внутренние заметки и оценки рисков никогда не
            публикуются.

            ## Исправления

            Если вы заметили ошибку или у вас есть новые сведения о деле, пожалуйста, сообщите
            коалиции (см. раздел «Контакты» на странице «О коалиции»). Исправления проверяются,
            прежде чем страница будет обновлена.
            """),
        "de": _md("""
            Jeder Name auf unserer Liste beruht auf einer dokumentierten Entscheidung der
            Koalition. Jeder Fall durchläuft dieselben Schritte.

            ## 1. Vorschlag

            Einen Fall vorschlagen können eine Mitgliedsorganisation der Koalition, Angehörige
            der inhaftierten Person oder ihre Verteidigung. Auch alle anderen, die von einem
            Fall wissen, können uns darauf aufmerksam machen.

            ## 2. Belege

            Die Koordinatorinnen und Koordinatoren sammeln Belege und Quellen: die Anklage,
            Gerichtsentscheidungen und andere Verfahrensunterlagen, Angaben der Verteidigung
            sowie Medienberichte. Wo möglich, werden Tatsachen anhand mehrerer Quellen
            überprüft.

            ## 3. Prüfung

            Der Fall wird anhand der fünf Kriterien der PACE-Resolution 1900 (2012) geprüft,
            die auf der Seite „Wer als politischer Gefangener gilt“ dargestellt sind;
            mindestens eines davon muss erfüllt sein. Außerdem wird der Ausschlussgrund
            geprüft: Wer Gewalt angewandt oder zu Gewalt aufgerufen hat, außer in rechtmäßiger
            Notwehr, wird nicht anerkannt.

            ## 4. Entscheidung

            Die Entscheidung wird mit Datum und schriftlicher Begründung festgehalten. Sie lautet:

            - **anerkannt**: Die Person ist im Sinne der Definition eine politische Gefangene
              oder ein politischer Gefangener;
            - **abgelehnt**: Nach den vorliegenden Belegen sind die Kriterien nicht erfüllt,
              oder der Ausschlussgrund greift;
            - **von der Liste gestrichen**: Eine früher anerkannte Person wird von der Liste
              genommen, etwa weil neue Tatsachen bekannt geworden sind.

            Eine Entscheidung kann überprüft werden, wenn neue Informationen vorliegen.

            ## 5. Einwilligung und Veröffentlichung

            Die Anerkennung allein bringt noch keinen Namen auf diese Website. Öffentlichkeit
            kann Gefangene oder ihre Familien gefährden: Sie kann zu Druck in der Haft oder zu
            Drohungen gegen Angehörige führen. Deshalb veröffentlichen wir Namen und Fall nur
            mit Einwilligung der gefangenen Person, ihrer Familie oder ihres Rechtsbeistands,
            der in ihrem Namen handelt. In der Einwilligung ist auch festgelegt, ob ein Foto
            gezeigt werden darf.

            **Die Einwilligung kann jederzeit widerrufen werden**, ohne Angabe von Gründen.
            Nach einem Widerruf oder wenn eine Person von der Liste gestrichen wird,
            verschwindet ihre Seite sofort von der Website. Anerkannte politische Gefangene
            ohne Einwilligung in eine Veröffentlichung werden hier nicht gezeigt; die Koalition
            kann sie dennoch ohne Öffentlichkeit unterstützen.

            Kontaktdaten von Angehörigen und Anwälten, interne Notizen und Risikoeinschätzungen
            werden nie veröffentlicht.

            ## Korrekturen

            Wenn Ihnen ein Fehler auffällt oder Sie neue Informationen zu einem Fall haben,
            teilen Sie dies bitte der Koalition mit (siehe „Kontakt“ auf der Seite „Über die
            Koalition“). Korrekturen werden geprüft, bevor die Seite aktualisiert wird.
            """),
        "fr": _fr(_md("""
            Chaque nom de notre liste résulte d'une décision consignée de la coalition. Tous
            les dossiers suivent les mêmes étapes.

            ## 1. Proposition

            Un cas peut être proposé par une organisation membre de la coalition, par un proche
            de la personne détenue ou par son avocat. Toute autre personne qui a connaissance
            d'un cas peut aussi nous le signaler.

            ## 2. Éléments de preuve

            Les coordinateurs rassemblent les éléments de preuve et les sources : acte
            d'accusation, décisions de justice et autres pièces du dossier, informations de
            l'avocat, articles de presse. Dans la mesure du possible, les faits sont recoupés à
            partir de plusieurs sources.

            ## 3. Examen

            Le cas est examiné au regard des cinq critères de la résolution 1900 (2012) de
            l'APCE, présentés sur la page « Qui est considéré comme prisonnier politique » ; au
            moins l'un d'eux doit être rempli. Les coordinateurs vérifient aussi la clause
            d'exclusion : une personne qui a usé de violence ou appelé à la violence, hors
            légitime défense, n'est pas reconnue.

            ## 4. Décision

            La décision est consignée avec sa date et une motivation écrite. Trois décisions
            sont possibles :

            - **reconnaissance** : la personne est un prisonnier politique au sens de la
              définition ;
            - **refus** : au vu des éléments disponibles, les critères ne sont pas remplis, ou
              la clause d'exclusion s'applique ;
            - **retrait de la liste** : une personne reconnue auparavant est retirée de la
              liste, par exemple parce que des faits nouveaux sont apparus.

            Une décision peut être réexaminée lorsque de nouvelles informations apparaissent.

            ## 5. Consentement et publication

            La reconnaissance ne suffit pas pour qu'un nom apparaisse sur ce site. L'exposition
            publique peut mettre en danger un prisonnier ou sa famille : elle peut entraîner
            des pressions en détention ou des menaces contre ses proches. Nous ne publions donc
            le nom et le dossier d'une personne qu'avec le consentement du prisonnier lui-même
            ou de sa famille, ou d'un avocat agissant en son nom. Le consentement précise aussi
            si une photographie peut être montrée.

            **Le consentement peut être retiré à tout moment**, sans avoir à se justifier. Dès
            que le consentement est retiré, ou qu'une personne est rayée de la liste, sa page
            disparaît immédiatement du site. Les prisonniers reconnus qui n'ont pas consenti à
            être nommés publiquement n'apparaissent pas ici ; la coalition peut néanmoins leur
            venir en aide discrètement.

            Les coordonnées des proches et des avocats, les notes internes et les évaluations
            des risques ne sont jamais publiées.

            ## Corrections

            Si vous relevez une erreur ou disposez d'informations nouvelles sur un dossier,
            merci d'en informer la coalition (voir « Contact » sur la page « À propos de la
            coalition »). Les corrections sont vérifiées avant la mise à jour de la page.
            """)),
    },
}

ABOUT = {
    "slug": "about",
    "menu_order": 3,
    "title": {
        "en": "About the coalition",
        "ru": "О коалиции",
        "de": "Über die Koalition",
        "fr": "À propos de la coalition",
    },
    "summary": {
        "en": _line("""
            A coalition of European human-rights groups supporting political prisoners in
            Russia: what we do and how we work.
            """),
        "ru": _line("""
            Коалиция европейских правозащитных организаций, которая поддерживает политических
            заключённых в России: чем мы занимаемся и как работаем.
            """),
        "de": _line("""
            Eine Koalition europäischer Menschenrechtsorganisationen, die politische Gefangene
            in Russland unterstützt: was wir tun und wie wir arbeiten.
            """),
        "fr": _fr(_line("""
            Une coalition d'organisations européennes de défense des droits humains qui
            soutient les prisonniers politiques en Russie : ce que nous faisons et comment nous
            travaillons.
            """)),
    },
    "body": {
        "en": _md("""
            We are a coalition of European human-rights groups supporting political prisoners
            in Russia: people imprisoned for speaking out against the war, for their faith,
            their journalism or their civic work. Our member organisations pool their
            knowledge, contacts and volunteers so that these people and their families are not
            left alone.

            ## What we do

            - **The registry.** We keep a list of political prisoners in Russia. Each case is
              assessed against the criteria of PACE Resolution 1900 (2012), and each decision
              is recorded with its reasons. The registry is the basis for all our other work.
            - **Lawyers' visits.** We organise visits by lawyers. A lawyer's visit is often the
              only reliable way to learn how a prisoner is doing, and it helps to protect their
              rights in custody.
            - **Letters and parcels.** We encourage people to write to prisoners and explain
              how to do it. We arrange parcels of food, clothing and other essentials in a way
              that is safe for both prisoners and senders.
            - **Finding where prisoners are held.** After sentencing, prisoners are often
              transferred from one facility to another; such a transfer can take weeks, and
              during that time relatives often do not know where the person is. We follow these
              transfers and keep addresses up to date, so that letters and lawyers can reach
              the prisoners.
            - **Mentorship by European politicians.** Members of parliament and other
              politicians in Europe become mentors of individual prisoners: they follow the
              case, write to the prisoner, and raise the case in public and with the
              authorities. Sustained attention from elected representatives shows the
              authorities that the person is not forgotten.
            - **Public reporting.** We publish information about recognised prisoners who have
              consented to it, and report publicly on the situation of political prisoners in
              Russia.

            ## How we work

            - **Evidence first.** Decisions rest on documents and verifiable sources and are
              taken against published criteria.
            - **Safety and consent.** We name people in public only with their consent or that
              of their family, and that consent can be withdrawn at any time. Contact details
              of relatives and lawyers are never published.
            - **A judgement about detention, not about views.** Recognising someone as a
              political prisoner does not mean that we share their opinions.

            ## Contact

            Contact details for the coalition will be published on this page. Please do not
            share confidential details of a case in public comments or on social media.
            """),
        "ru": _md("""
            Мы — коалиция европейских правозащитных организаций, которая поддерживает
            политических заключённых в России: людей, лишённых свободы за выступления против
            войны, за веру, журналистику или общественную деятельность. Организации-участницы
            коалиции объединяют знания, связи и силы волонтёров, чтобы эти люди и их семьи не
            оставались одни.

            ## Что мы делаем

            - **Реестр.** Мы ведём список политических заключённых в России. Каждое дело
              оценивается по критериям Резолюции ПАСЕ 1900 (2012), а каждое решение фиксируется
              вместе с обоснованием. Реестр — основа всей остальной нашей работы.
            - **Визиты адвокатов.** Мы организуем посещения заключённых адвокатами. Визит
              адвоката часто остаётся единственным надёжным способом узнать, в каком состоянии
              человек, и помогает защитить его права в заключении.
            - **Письма и посылки.** Мы призываем писать заключённым и объясняем, как это
              делать. Мы организуем передачи и посылки с продуктами, одеждой и другими
              необходимыми вещами так, чтобы это было безопасно и для заключённых, и для
              отправителей.
            - **Поиск места заключения.** После приговора заключённых часто этапируют из одного
              учреждения в другое; этап может длиться неделями, и родные в это время нередко не
              знают, где находится человек. Мы отслеживаем этапы и обновляем адреса, чтобы до
              заключённых могли дойти письма и добраться адвокаты.
            - **Шефство европейских политиков.** Депутаты парламентов и другие политики в
              Европе берут шефство над отдельными заключёнными: следят за делом, пишут
              заключённому, поднимают вопрос о нём публично и в обращениях к властям.
              Постоянное внимание избранных представителей показывает властям, что о человеке
              помнят.
            - **Информирование общества.** Мы публикуем сведения о признанных политзаключённых,
              давших на это согласие, и публично рассказываем о положении политических
              заключённых в России.

            ## Как мы работаем

            - **Прежде всего — доказательства.** Решения опираются на документы и проверяемые
              источники и принимаются по опубликованным критериям.
            - **Безопасность и согласие.** Мы называем имена публично только с согласия самого
              человека или его семьи; согласие можно отозвать в любой момент. Контакты
              родственников и адвокатов никогда не публикуются.
            - **Оценка лишения свободы, а не взглядов.** Признание человека политическим
              заключённым не означает, что мы разделяем его убеждения.

            ## Контакты

            Контактные данные коалиции будут опубликованы на этой странице. Пожалуйста, не
            публикуйте конфиденциальные подробности дела в открытых комментариях или в
            социальных сетях.
            """),
        "de": _md("""
            Wir sind eine Koalition europäischer Menschenrechtsorganisationen, die politische
            Gefangene in Russland unterstützt: Menschen, die wegen ihres Protests gegen den
            Krieg, ihres Glaubens, ihrer journalistischen Arbeit oder ihres
            zivilgesellschaftlichen Engagements in Haft sind. Unsere Mitgliedsorganisationen
            bündeln Wissen, Kontakte und ehrenamtliche Kräfte, damit diese Menschen und ihre
            Familien nicht allein bleiben.

            ## Was wir tun

            - **Das Register.** Wir führen eine Liste politischer Gefangener in Russland. Jeder
              Fall wird anhand der Kriterien der PACE-Resolution 1900 (2012) geprüft, und jede
              Entscheidung wird mit Begründung festgehalten. Das Register ist die Grundlage
              unserer gesamten weiteren Arbeit.
            - **Anwaltsbesuche.** Wir organisieren Besuche von Anwältinnen und Anwälten. Ein
              solcher Besuch ist oft der einzige verlässliche Weg zu erfahren, wie es einem
              Gefangenen geht, und er hilft, seine Rechte in der Haft zu schützen.
            - **Briefe und Pakete.** Wir ermutigen dazu, Gefangenen zu schreiben, und erklären,
              wie das geht. Pakete mit Lebensmitteln, Kleidung und anderen notwendigen Dingen
              organisieren wir so, dass es für Gefangene und Absender sicher ist.
            - **Haftorte ermitteln.** Nach dem Urteil werden Gefangene oft von einer
              Haftanstalt in eine andere verlegt; ein solcher Transport kann Wochen dauern, und
              die Angehörigen wissen in dieser Zeit häufig nicht, wo sich der Mensch befindet.
              Wir verfolgen diese Verlegungen und halten die Adressen aktuell, damit Briefe und
              Anwälte die Gefangenen erreichen.
            - **Patenschaften europäischer Politikerinnen und Politiker.** Abgeordnete und
              andere Politikerinnen und Politiker in Europa übernehmen die Patenschaft für
              einzelne Gefangene: Sie verfolgen den Fall, schreiben der gefangenen Person und
              bringen den Fall öffentlich und gegenüber den Behörden zur Sprache. Beständige
              Aufmerksamkeit gewählter Volksvertreterinnen und Volksvertreter zeigt den
              Behörden, dass der Mensch nicht vergessen ist.
            - **Öffentliche Berichterstattung.** Wir veröffentlichen Informationen über
              anerkannte Gefangene, die dem zugestimmt haben, und berichten öffentlich über die
              Lage politischer Gefangener in Russland.

            ## Wie wir arbeiten

            - **Belege zuerst.** Entscheidungen stützen sich auf Dokumente und überprüfbare
              Quellen und folgen veröffentlichten Kriterien.
            - **Sicherheit und Einwilligung.** Wir nennen Menschen nur mit ihrer Einwilligung
              oder der ihrer Familie öffentlich; die Einwilligung kann jederzeit widerrufen
              werden. Kontaktdaten von Angehörigen und Anwälten werden nie veröffentlicht.
            - **Ein Urteil über die Haft, nicht über Ansichten.** Die Anerkennung als
              politischer Gefangener bedeutet nicht, dass wir die Überzeugungen der Person
              teilen.

            ## Kontakt

            Die Kontaktdaten der Koalition werden künftig auf dieser Seite veröffentlicht.
            Bitte teilen Sie keine vertraulichen Einzelheiten zu einem Fall in öffentlichen
            Kommentaren oder sozialen Netzwerken.
            """),
        "fr": _fr(_md("""
            Nous sommes une coalition d'organisations européennes de défense des droits humains
            qui soutient les prisonniers politiques en Russie : des personnes emprisonnées pour
            s'être opposées à la guerre, pour leur foi, leur travail de journaliste ou leur
            engagement civique. Nos organisations membres mettent en commun leurs
            connaissances, leurs contacts et leurs bénévoles pour que ces personnes et leurs
            familles ne restent pas seules.

            ## Ce que nous faisons

            - **Le registre.** Nous tenons une liste des prisonniers politiques en Russie.
              Chaque cas est examiné au regard des critères de la résolution 1900 (2012) de
              l'APCE, et chaque décision est consignée avec sa motivation. Le registre est le
              fondement de tout le reste de notre travail.
            - **Visites d'avocats.** Nous organisons des visites d'avocats. Une telle visite
              est souvent le seul moyen fiable de savoir comment va un prisonnier, et elle
              contribue à protéger ses droits en détention.
            - **Lettres et colis.** Nous incitons le public à écrire aux prisonniers et
              expliquons comment le faire. Nous organisons l'envoi de colis de nourriture, de
              vêtements et d'autres produits de première nécessité, de manière sûre pour les
              prisonniers comme pour les expéditeurs.
            - **Localiser les lieux de détention.** Après leur condamnation, les prisonniers
              sont souvent transférés d'un établissement à un autre ; un transfert peut durer
              des semaines, pendant lesquelles les familles ignorent souvent où se trouve leur
              proche. Nous suivons ces transferts et tenons les adresses à jour, afin que les
              lettres et les avocats puissent atteindre les prisonniers.
            - **Parrainage par des responsables politiques européens.** Des parlementaires et
              d'autres responsables politiques en Europe parrainent un prisonnier : ils suivent
              son affaire, lui écrivent et évoquent son cas publiquement et auprès des
              autorités. L'attention constante d'élus montre aux autorités que cette personne
              n'est pas oubliée.
            - **Information du public.** Nous publions des informations sur les prisonniers
              reconnus qui y ont consenti et rendons compte publiquement de la situation des
              prisonniers politiques en Russie.

            ## Notre méthode

            - **Les preuves d'abord.** Nos décisions reposent sur des documents et des sources
              vérifiables et suivent des critères publiés.
            - **Sécurité et consentement.** Nous ne nommons publiquement une personne qu'avec
              son consentement ou celui de sa famille ; ce consentement peut être retiré à tout
              moment. Les coordonnées des proches et des avocats ne sont jamais publiées.
            - **Un jugement sur la détention, non sur les opinions.** Reconnaître une personne
              comme prisonnier politique ne signifie pas que nous partageons ses convictions.

            ## Contact

            Les coordonnées de la coalition seront publiées sur cette page. Merci de ne pas
            partager d'informations confidentielles sur un dossier dans des commentaires
            publics ou sur les réseaux sociaux.
            """)),
    },
}

HELP = {
    "slug": "help",
    "menu_order": 4,
    "title": {
        "en": "How to help",
        "ru": "Как помочь",
        "de": "Wie Sie helfen können",
        "fr": "Comment aider",
    },
    "summary": {
        "en": _line("""
            Write to a prisoner, share their story, translate or become a mentor: ways to
            support political prisoners in Russia.
            """),
        "ru": _line("""
            Напишите заключённому, расскажите о нём, помогите с переводами или возьмите
            шефство: как поддержать политических заключённых в России.
            """),
        "de": _line("""
            Schreiben, Fälle bekannt machen, übersetzen oder eine Patenschaft übernehmen: So
            unterstützen Sie politische Gefangene in Russland.
            """),
        "fr": _fr(_line("""
            Écrire à un prisonnier, faire connaître son histoire, traduire ou devenir parrain :
            comment soutenir les prisonniers politiques en Russie.
            """)),
    },
    "body": {
        "en": _md("""
            For a person in prison, knowing that they are not forgotten matters a great deal.
            Here is what you can do.

            ## Write a letter

            A letter is the simplest form of support. It tells the prisoner, and the prison
            staff, that someone outside is paying attention.

            Choose a prisoner in the list and follow the letter-writing guidance on their page:
            it gives the current address and the name exactly as it must be written on the
            envelope.

            The basics:

            - **Write in Russian.** Letters in other languages are often held back by the
              prison censor. For a short, simple letter, an online translator is good enough.
            - **Keep it short and warm.** Write about everyday life: your town, the seasons, a
              book or a film. A few friendly lines mean more than a long letter.
            - **Leave out politics and the case.** Do not write about the criminal case, the
              war, politics or conditions in custody: the censor does not pass such letters,
              and they can cause problems for the prisoner.
            - **Make a reply possible.** Enclose a blank envelope and a sheet of paper, and
              write your return address clearly.
            - **Use online services where available.** Many Russian facilities accept letters
              through paid electronic services such as FSIN-Pismo. They are faster than post,
              and some let you pay for a reply in advance. Which services work differs from one
              facility to another.
            - **Be patient.** Post from abroad takes weeks, and some letters never arrive or
              remain unanswered.

            Please do not send money or parcels yourself: the coalition arranges them in a way
            that is safe for prisoners.

            ## Spread the word

            Public attention helps to keep a case from being forgotten. Talk about specific
            people, not only about numbers: share a prisoner's page, tell their story to people
            around you, in your local newspaper, your school, your trade union or your faith
            community. Use only the information published on their page: it has been checked,
            and the prisoner or their family has agreed to its publication. If you live in
            Russia, think about your own safety before you post anything.

            ## Volunteer as a translator

            Case summaries, biographies and letters need to be translated between Russian and
            English, German or French. If you translate reliably and can keep information
            confidential, the coalition will welcome your help; see the page “About the
            coalition”.

            ## For politicians: become a mentor

            If you are a member of a parliament or hold other public office in Europe, you can
            become the mentor of a political prisoner. A mentor follows one case over time,
            writes to the prisoner, and raises the case in public, in parliament and with the
            authorities. The coalition provides background on the case and keeps mentors
            informed.

            ## Donations

            Lawyers' work and parcels cost money. Details of how to donate will be published here.
            """),
        "ru": _md("""
            Человеку в заключении очень важно знать, что о нём не забыли. Вот что вы можете
            сделать.

            ## Напишите письмо

            Письмо — самый простой способ поддержки. Оно показывает заключённому и сотрудникам
            учреждения, что кто-то на свободе следит за его судьбой.

            Выберите заключённого в списке и следуйте советам о переписке на его странице: там
            указаны актуальный адрес и то, как именно написать имя на конверте.

            Главное:

            - **Пишите по-русски.** Письма на других языках цензура часто задерживает. Если
              русский язык для вас не родной, для короткого простого письма вполне подойдёт
              онлайн-переводчик.
            - **Пишите коротко и тепло.** Рассказывайте о повседневной жизни: о своём городе, о
              временах года, о книге или фильме. Несколько дружеских строк значат больше, чем
              длинное письмо.
            - **Не пишите о политике и о деле.** Не упоминайте уголовное дело, войну, политику
              и условия содержания: такие письма цензура не пропускает, и они могут создать
              заключённому проблемы.
            - **Дайте возможность ответить.** Вложите в письмо чистый конверт и лист бумаги и
              разборчиво напишите обратный адрес.
            - **Пользуйтесь электронными сервисами, где это возможно.** Многие учреждения
              принимают письма через платные электронные сервисы, например «ФСИН-письмо». Так
              быстрее, чем по почте, а некоторые сервисы позволяют заранее оплатить ответ.
              Какие сервисы работают, зависит от конкретного учреждения.
            - **Наберитесь терпения.** Письма из-за границы идут неделями, а некоторые так и не
              доходят или остаются без ответа.

            Пожалуйста, не отправляйте деньги и посылки самостоятельно: коалиция организует их
            так, чтобы это было безопасно для заключённых.

            ## Расскажите о заключённых

            Публичное внимание помогает не дать делу забыться. Рассказывайте о конкретных
            людях, а не только о цифрах: делитесь страницей заключённого, рассказывайте его
            историю знакомым, в местной газете, в школе, профсоюзе или религиозной общине.
            Используйте только сведения, опубликованные на его странице: они проверены, и
            заключённый или его семья согласились на их публикацию. Если вы живёте в России,
            подумайте о собственной безопасности, прежде чем что-либо публиковать.

            ## Помогайте с переводами

            Описания дел, биографии и письма нужно переводить с русского на английский,
            немецкий и французский и обратно. Если вы переводите точно и умеете хранить
            конфиденциальную информацию, коалиция будет рада вашей помощи; см. страницу «О
            коалиции».

            ## Политикам: возьмите шефство над заключённым

            Если вы депутат или занимаете другую публичную должность в Европе, вы можете взять
            шефство над политическим заключённым. Политик, взявший шефство, следит за одним
            делом на протяжении долгого времени, пишет заключённому и поднимает вопрос о нём
            публично, в парламенте и в обращениях к властям. Коалиция предоставляет справочные
            сведения о деле и держит политика в курсе событий.

            ## Пожертвования

            Работа адвокатов и посылки требуют денег. Сведения о том, как сделать
            пожертвование, будут опубликованы здесь.
            """),
        "de": _md("""
            Für Menschen in Haft ist es sehr wichtig zu wissen, dass sie nicht vergessen sind.
            Hier erfahren Sie, was Sie tun können.

            ## Einen Brief schreiben

            Ein Brief ist die einfachste Form der Unterstützung. Er zeigt der gefangenen Person
            und dem Gefängnispersonal, dass draußen jemand aufmerksam verfolgt, was mit ihr
            geschieht.

            Wählen Sie in der Liste eine Gefangene oder einen Gefangenen aus und folgen Sie den
            Hinweisen zum Briefeschreiben auf der jeweiligen Seite: Dort stehen die aktuelle
            Adresse und der Name genau so, wie er auf den Umschlag gehört.

            Das Wichtigste:

            - **Schreiben Sie auf Russisch.** Briefe in anderen Sprachen werden von der
              Gefängniszensur oft zurückgehalten. Für einen kurzen, einfachen Brief reicht ein
              Online-Übersetzer aus.
            - **Schreiben Sie kurz und herzlich.** Erzählen Sie aus dem Alltag: von Ihrer
              Stadt, den Jahreszeiten, einem Buch oder einem Film. Ein paar freundliche Zeilen
              bedeuten mehr als ein langer Brief.
            - **Lassen Sie Politik und das Strafverfahren weg.** Schreiben Sie nicht über das
              Strafverfahren, den Krieg, Politik oder die Haftbedingungen: Solche Briefe lässt
              die Zensur nicht durch, und sie können der gefangenen Person Schwierigkeiten
              bereiten.
            - **Ermöglichen Sie eine Antwort.** Legen Sie einen leeren Umschlag und ein Blatt
              Papier bei und schreiben Sie Ihre Absenderadresse gut lesbar.
            - **Nutzen Sie Online-Dienste, wo es sie gibt.** Viele russische Haftanstalten
              nehmen Briefe über kostenpflichtige elektronische Dienste wie FSIN-Pismo an. Das
              geht schneller als per Post, und bei manchen Diensten lässt sich eine Antwort im
              Voraus bezahlen. Welche Dienste funktionieren, ist von Haftanstalt zu Haftanstalt
              verschieden.
            - **Haben Sie Geduld.** Post aus dem Ausland ist wochenlang unterwegs, und manche
              Briefe kommen nie an oder bleiben unbeantwortet.

            Bitte schicken Sie kein Geld und keine Pakete selbst: Die Koalition organisiert sie
            so, dass es für die Gefangenen sicher ist.

            ## Machen Sie Fälle bekannt

            Öffentliche Aufmerksamkeit hilft, dass ein Fall nicht in Vergessenheit gerät.
            Sprechen Sie über konkrete Menschen, nicht nur über Zahlen: Teilen Sie die Seite
            einer oder eines Gefangenen, erzählen Sie die Geschichte in Ihrem Umfeld, in Ihrer
            Lokalzeitung, Schule, Gewerkschaft oder Glaubensgemeinschaft. Verwenden Sie nur die
            Informationen, die auf der jeweiligen Seite veröffentlicht sind: Sie wurden
            geprüft, und die gefangene Person oder ihre Familie hat der Veröffentlichung
            zugestimmt. Wenn Sie in Russland leben, denken Sie an Ihre eigene Sicherheit, bevor
            Sie etwas veröffentlichen.

            ## Helfen Sie beim Übersetzen

            Fallbeschreibungen, Biografien und Briefe müssen zwischen dem Russischen und dem
            Englischen, Deutschen oder Französischen übersetzt werden. Wenn Sie zuverlässig
            übersetzen und vertrauliche Informationen für sich behalten können, freut sich die
            Koalition über Ihre Unterstützung; siehe die Seite „Über die Koalition“.

            ## Für Politikerinnen und Politiker: Übernehmen Sie eine Patenschaft

            Wenn Sie Abgeordnete oder Abgeordneter sind oder ein anderes öffentliches Amt in
            Europa innehaben, können Sie die Patenschaft für eine politische Gefangene oder
            einen politischen Gefangenen übernehmen. Als Patin oder Pate verfolgen Sie einen
            Fall über längere Zeit, schreiben der gefangenen Person und bringen den Fall in der
            Öffentlichkeit, im Parlament und gegenüber den Behörden zur Sprache. Die Koalition
            stellt Hintergrundinformationen bereit und hält Sie über den Fall auf dem
            Laufenden.

            ## Spenden

            Anwaltliche Arbeit und Pakete kosten Geld. Informationen dazu, wie Sie spenden
            können, werden künftig hier veröffentlicht.
            """),
        "fr": _fr(_md("""
            Pour une personne détenue, savoir qu'elle n'est pas oubliée compte énormément.
            Voici ce que vous pouvez faire.

            ## Écrire une lettre

            Une lettre est la forme de soutien la plus simple. Elle montre au prisonnier, et au
            personnel pénitentiaire, que quelqu'un à l'extérieur suit son sort.

            Choisissez un prisonnier dans la liste et suivez les conseils d'écriture donnés sur
            sa page : vous y trouverez l'adresse actuelle et le nom tel qu'il doit figurer sur
            l'enveloppe.

            L'essentiel :

            - **Écrivez en russe.** Les lettres rédigées dans d'autres langues sont souvent
              retenues par la censure pénitentiaire. Pour une lettre courte et simple, un
              traducteur en ligne suffit.
            - **Soyez bref et chaleureux.** Parlez de la vie quotidienne : votre ville, les
              saisons, un livre ou un film. Quelques lignes amicales comptent davantage qu'une
              longue lettre.
            - **Laissez de côté la politique et l'affaire.** N'écrivez rien sur l'affaire
              pénale, la guerre, la politique ou les conditions de détention : la censure ne
              laisse pas passer ces lettres, et elles peuvent causer des difficultés au
              prisonnier.
            - **Permettez une réponse.** Joignez une enveloppe vierge et une feuille de papier,
              et écrivez lisiblement votre adresse d'expéditeur.
            - **Utilisez les services en ligne lorsqu'ils existent.** De nombreux
              établissements russes acceptent les lettres envoyées par des services
              électroniques payants comme FSIN-Pismo. C'est plus rapide que la poste, et
              certains services permettent de payer la réponse à l'avance. Les services
              disponibles varient d'un établissement à l'autre.
            - **Soyez patient.** Le courrier venant de l'étranger met des semaines à arriver,
              et certaines lettres n'arrivent jamais ou restent sans réponse.

            Merci de ne pas envoyer vous-même d'argent ni de colis : la coalition s'en charge
            de manière sûre pour les prisonniers.

            ## Faire connaître les cas

            L'attention du public aide à ce qu'une affaire ne tombe pas dans l'oubli. Parlez de
            personnes concrètes, pas seulement de chiffres : partagez la page d'un prisonnier,
            racontez son histoire autour de vous, dans votre journal local, votre école, votre
            syndicat ou votre communauté religieuse. N'utilisez que les informations publiées
            sur sa page : elles ont été vérifiées, et le prisonnier ou sa famille a accepté
            leur publication. Si vous vivez en Russie, pensez à votre propre sécurité avant de
            publier quoi que ce soit.

            ## Devenir traducteur bénévole

            Les résumés d'affaires, les biographies et les lettres doivent être traduits entre
            le russe et l'anglais, l'allemand ou le français. Si vous traduisez avec rigueur et
            savez garder des informations confidentielles, la coalition accueillera volontiers
            votre aide ; voir la page « À propos de la coalition ».

            ## Responsables politiques : devenez parrain ou marraine

            Si vous êtes parlementaire ou exercez une autre responsabilité politique en Europe,
            vous pouvez parrainer un prisonnier politique. Le parrain ou la marraine suit une
            affaire dans la durée, écrit au prisonnier et évoque son cas publiquement, au
            parlement et auprès des autorités. La coalition fournit des informations de fond
            sur l'affaire et tient les parrains et marraines informés.

            ## Dons

            Les frais d'avocat et les colis ont un coût. Les modalités pour faire un don seront
            publiées ici.
            """)),
    },
}

PAGES = [DEFINITION, HOW_THE_LIST_IS_FORMED, ABOUT, HELP]
