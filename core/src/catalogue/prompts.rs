//! What to ask about each assessed clause in a gap workshop: one question per clause 4.1–10.2,
//! in English and Dutch, for the consultant to put to the room. Our own words, written as
//! questions a client can answer: the requirement text itself is the standard's, not ours.

/// `(clause number, English question, Dutch question)`
pub(super) const PROMPTS: &[(&str, &str, &str)] = &[
    (
        "4.1",
        "Which internal and external issues affect what the ISMS has to achieve, and when were they last looked at?",
        "Welke interne en externe factoren beïnvloeden wat het ISMS moet bereiken, en wanneer zijn ze voor het laatst bekeken?",
    ),
    (
        "4.2",
        "Who are the interested parties, what do they expect of information security, and which of those expectations does the ISMS take on?",
        "Wie zijn de belanghebbenden, wat verwachten zij van de informatiebeveiliging, en welke van die verwachtingen neemt het ISMS op zich?",
    ),
    (
        "4.3",
        "Is the scope written down, with its boundaries and its interfaces and dependencies on others?",
        "Is het toepassingsgebied vastgelegd, met de grenzen en de raakvlakken en afhankelijkheden met anderen?",
    ),
    (
        "4.4",
        "Are the ISMS's processes and how they work together set up, kept going and improved?",
        "Zijn de processen van het ISMS en hun samenhang ingericht, in stand gehouden en verbeterd?",
    ),
    (
        "5.1",
        "How does top management show that it leads the ISMS: direction, resources, a place in how the business is run?",
        "Hoe laat het hoger management zien dat het het ISMS leidt: richting, middelen, een plek in de bedrijfsvoering?",
    ),
    (
        "5.2",
        "Is there an approved, communicated information security policy that commits to meeting requirements and to continual improvement?",
        "Is er een goedgekeurd, gecommuniceerd informatiebeveiligingsbeleid met een verbintenis tot het voldoen aan eisen en tot continue verbetering?",
    ),
    (
        "5.3",
        "Are roles, responsibilities and authorities for information security assigned and known, including who reports on how the ISMS performs?",
        "Zijn rollen, verantwoordelijkheden en bevoegdheden voor informatiebeveiliging toegewezen en bekend, ook wie rapporteert over de prestaties van het ISMS?",
    ),
    (
        "6.1",
        "Does the planning deal with the risks and opportunities that come from the context and the interested parties?",
        "Gaat de planning in op de risico's en kansen die voortkomen uit de context en de belanghebbenden?",
    ),
    (
        "6.1.1",
        "How are actions on risks and opportunities planned, built into the ISMS's processes and checked for their effect?",
        "Hoe worden acties op risico's en kansen gepland, in de processen van het ISMS opgenomen en op hun effect gecontroleerd?",
    ),
    (
        "6.1.2",
        "Is there a defined, repeatable way of assessing risks, with criteria for accepting them, and does every risk have an owner?",
        "Is er een vastgelegde, herhaalbare manier om risico's te beoordelen, met criteria om ze te accepteren, en heeft elk risico een eigenaar?",
    ),
    (
        "6.1.3",
        "Is there a Statement of Applicability that justifies each Annex A control, and a risk treatment plan the risk owners have approved?",
        "Is er een Verklaring van Toepasselijkheid die elke Annex A-maatregel onderbouwt, en een risicobehandelplan dat de risico-eigenaren hebben goedgekeurd?",
    ),
    (
        "6.2",
        "Are there information security objectives, measurable where possible, each with a plan: what, who, with what, by when, and how the result is judged?",
        "Zijn er informatiebeveiligingsdoelstellingen, waar mogelijk meetbaar, elk met een plan: wat, wie, waarmee, wanneer en hoe het resultaat wordt beoordeeld?",
    ),
    (
        "6.3",
        "Are changes to the ISMS planned before they are made?",
        "Worden wijzigingen in het ISMS gepland voordat ze worden doorgevoerd?",
    ),
    (
        "7.1",
        "Are the people, budget and tools the ISMS needs worked out and made available?",
        "Zijn de mensen, het budget en de middelen die het ISMS nodig heeft bepaald en beschikbaar gesteld?",
    ),
    (
        "7.2",
        "Is the competence each information security role needs defined, and can it be shown (training, experience, certificates)?",
        "Is de competentie die elke informatiebeveiligingsrol vraagt bepaald, en kan die worden aangetoond (opleiding, ervaring, certificaten)?",
    ),
    (
        "7.3",
        "Do staff know the policy, what they contribute, and what not following it leads to?",
        "Kennen medewerkers het beleid, hun eigen bijdrage en wat het niet naleven ervan tot gevolg heeft?",
    ),
    (
        "7.4",
        "Is it decided what is communicated about information security, when, to whom and by whom?",
        "Is bepaald wat er over informatiebeveiliging wordt gecommuniceerd, wanneer, aan wie en door wie?",
    ),
    (
        "7.5",
        "Is the documented information the ISMS needs kept, and kept under control?",
        "Wordt de gedocumenteerde informatie die het ISMS nodig heeft bijgehouden en beheerst?",
    ),
    (
        "7.5.1",
        "Which documents and records does this ISMS need beyond the ones the standard names?",
        "Welke documenten en registraties heeft dit ISMS nodig naast de documenten die de norm noemt?",
    ),
    (
        "7.5.2",
        "Does each document have an owner, a version and an approval, in a form that suits its use?",
        "Heeft elk document een eigenaar, een versie en een goedkeuring, in een vorm die past bij het gebruik?",
    ),
    (
        "7.5.3",
        "Are documents at hand where they are needed and protected, and are their changes, retention and disposal controlled?",
        "Zijn documenten beschikbaar waar ze nodig zijn en beschermd, en worden wijzigingen, bewaring en vernietiging beheerst?",
    ),
    (
        "8.1",
        "Are the processes run as planned and against criteria, and are outsourced processes under control?",
        "Worden de processen uitgevoerd zoals gepland en volgens criteria, en worden uitbestede processen beheerst?",
    ),
    (
        "8.2",
        "Are risk assessments repeated at planned intervals and after significant changes, with their results kept?",
        "Worden risicobeoordelingen herhaald op geplande momenten en na belangrijke wijzigingen, met vastgelegde resultaten?",
    ),
    (
        "8.3",
        "Is the risk treatment plan carried out, with its results kept?",
        "Wordt het risicobehandelplan uitgevoerd, met vastgelegde resultaten?",
    ),
    (
        "9.1",
        "Is it decided what is measured, how, when and by whom, and when the results are analysed, and are the results kept?",
        "Is bepaald wat er wordt gemeten, hoe, wanneer en door wie, en wanneer de resultaten worden geanalyseerd, en worden de resultaten vastgelegd?",
    ),
    (
        "9.2",
        "Are internal audits held at planned intervals?",
        "Worden interne audits op geplande momenten gehouden?",
    ),
    (
        "9.2.1",
        "Do the internal audits establish whether the ISMS meets its own and the standard's requirements and works in practice?",
        "Stellen de interne audits vast of het ISMS voldoet aan de eigen eisen en die van de norm, en in de praktijk werkt?",
    ),
    (
        "9.2.2",
        "Is there an audit programme (how often, methods, criteria, scope), are the auditors objective, and do the results reach management?",
        "Is er een auditprogramma (hoe vaak, methoden, criteria, reikwijdte), zijn de auditors objectief, en bereiken de resultaten het management?",
    ),
    (
        "9.3",
        "Does top management review the ISMS at planned intervals?",
        "Beoordeelt het hoger management het ISMS op geplande momenten?",
    ),
    (
        "9.3.1",
        "When was the last management review, and when is the next one planned?",
        "Wanneer was de laatste directiebeoordeling, en wanneer staat de volgende gepland?",
    ),
    (
        "9.3.2",
        "Did the review cover earlier actions, changes, performance (nonconformities, measurements, audits, objectives), interested parties, risks and opportunities for improvement?",
        "Behandelde de beoordeling eerdere acties, wijzigingen, prestaties (afwijkingen, metingen, audits, doelstellingen), belanghebbenden, risico's en verbetermogelijkheden?",
    ),
    (
        "9.3.3",
        "Are the review's decisions on improvements and on changes to the ISMS recorded?",
        "Zijn de besluiten van de beoordeling over verbeteringen en wijzigingen in het ISMS vastgelegd?",
    ),
    (
        "10.1",
        "How are improvements found, prioritised and carried through, beyond putting right what went wrong?",
        "Hoe worden verbeteringen gevonden, geprioriteerd en doorgevoerd, verder dan het herstellen van wat misging?",
    ),
    (
        "10.2",
        "After a nonconformity: is it corrected, its root cause found, similar cases checked, action taken and its effect reviewed, and is all of it recorded?",
        "Na een afwijking: wordt die gecorrigeerd, de grondoorzaak gevonden, naar vergelijkbare gevallen gekeken, actie ondernomen en het effect beoordeeld, en wordt alles vastgelegd?",
    ),
];
