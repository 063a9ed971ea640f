//! The management-system clauses 4–10 of ISO/IEC 27001:2022, down to sub-clause level.
//! Numbers and titles only (the requirement text is the standard's); Dutch titles are our own.

/// `(number, English title, Dutch title)`
pub(super) const CLAUSES: &[(&str, &str, &str)] = &[
    (
        "4",
        "Context of the organization",
        "Context van de organisatie",
    ),
    (
        "4.1",
        "Understanding the organization and its context",
        "Inzicht in de organisatie en haar context",
    ),
    (
        "4.2",
        "Understanding the needs and expectations of interested parties",
        "Inzicht in de behoeften en verwachtingen van belanghebbenden",
    ),
    (
        "4.3",
        "Determining the scope of the information security management system",
        "Het toepassingsgebied van het ISMS vaststellen",
    ),
    (
        "4.4",
        "Information security management system",
        "Managementsysteem voor informatiebeveiliging",
    ),
    ("5", "Leadership", "Leiderschap"),
    (
        "5.1",
        "Leadership and commitment",
        "Leiderschap en betrokkenheid",
    ),
    ("5.2", "Policy", "Beleid"),
    (
        "5.3",
        "Organizational roles, responsibilities and authorities",
        "Rollen, verantwoordelijkheden en bevoegdheden binnen de organisatie",
    ),
    ("6", "Planning", "Planning"),
    (
        "6.1",
        "Actions to address risks and opportunities",
        "Acties om risico's en kansen aan te pakken",
    ),
    ("6.1.1", "General", "Algemeen"),
    (
        "6.1.2",
        "Information security risk assessment",
        "Risicobeoordeling van informatiebeveiliging",
    ),
    (
        "6.1.3",
        "Information security risk treatment",
        "Risicobehandeling van informatiebeveiliging",
    ),
    (
        "6.2",
        "Information security objectives and planning to achieve them",
        "Informatiebeveiligingsdoelstellingen en de planning om ze te bereiken",
    ),
    ("6.3", "Planning of changes", "Planning van wijzigingen"),
    ("7", "Support", "Ondersteuning"),
    ("7.1", "Resources", "Middelen"),
    ("7.2", "Competence", "Competentie"),
    ("7.3", "Awareness", "Bewustzijn"),
    ("7.4", "Communication", "Communicatie"),
    (
        "7.5",
        "Documented information",
        "Gedocumenteerde informatie",
    ),
    ("7.5.1", "General", "Algemeen"),
    ("7.5.2", "Creating and updating", "Opstellen en bijwerken"),
    (
        "7.5.3",
        "Control of documented information",
        "Beheer van gedocumenteerde informatie",
    ),
    ("8", "Operation", "Uitvoering"),
    (
        "8.1",
        "Operational planning and control",
        "Operationele planning en beheersing",
    ),
    (
        "8.2",
        "Information security risk assessment",
        "Risicobeoordeling van informatiebeveiliging",
    ),
    (
        "8.3",
        "Information security risk treatment",
        "Risicobehandeling van informatiebeveiliging",
    ),
    ("9", "Performance evaluation", "Evaluatie van de prestaties"),
    (
        "9.1",
        "Monitoring, measurement, analysis and evaluation",
        "Monitoren, meten, analyseren en evalueren",
    ),
    ("9.2", "Internal audit", "Interne audit"),
    ("9.2.1", "General", "Algemeen"),
    ("9.2.2", "Internal audit programme", "Intern auditprogramma"),
    ("9.3", "Management review", "Directiebeoordeling"),
    ("9.3.1", "General", "Algemeen"),
    (
        "9.3.2",
        "Management review inputs",
        "Input voor de directiebeoordeling",
    ),
    (
        "9.3.3",
        "Management review results",
        "Resultaten van de directiebeoordeling",
    ),
    ("10", "Improvement", "Verbetering"),
    ("10.1", "Continual improvement", "Continue verbetering"),
    (
        "10.2",
        "Nonconformity and corrective action",
        "Afwijking en corrigerende maatregel",
    ),
];
