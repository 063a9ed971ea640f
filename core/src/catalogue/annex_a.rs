//! The 93 controls of ISO/IEC 27001:2022 Annex A under their four themes. Numbers and titles
//! only; Dutch titles are our own wording in common Dutch ISMS usage.

/// `(control id, English title, Dutch title)`; the theme is the first digit.
pub(super) const CONTROLS: &[(&str, &str, &str)] = &[
    (
        "A.5.1",
        "Policies for information security",
        "Beleidsregels voor informatiebeveiliging",
    ),
    (
        "A.5.2",
        "Information security roles and responsibilities",
        "Rollen en verantwoordelijkheden bij informatiebeveiliging",
    ),
    ("A.5.3", "Segregation of duties", "Functiescheiding"),
    (
        "A.5.4",
        "Management responsibilities",
        "Managementverantwoordelijkheden",
    ),
    (
        "A.5.5",
        "Contact with authorities",
        "Contact met overheidsinstanties",
    ),
    (
        "A.5.6",
        "Contact with special interest groups",
        "Contact met speciale belangengroepen",
    ),
    ("A.5.7", "Threat intelligence", "Dreigingsinformatie"),
    (
        "A.5.8",
        "Information security in project management",
        "Informatiebeveiliging in projectmanagement",
    ),
    (
        "A.5.9",
        "Inventory of information and other associated assets",
        "Inventaris van informatie en andere gerelateerde bedrijfsmiddelen",
    ),
    (
        "A.5.10",
        "Acceptable use of information and other associated assets",
        "Aanvaardbaar gebruik van informatie en andere gerelateerde bedrijfsmiddelen",
    ),
    (
        "A.5.11",
        "Return of assets",
        "Retourneren van bedrijfsmiddelen",
    ),
    (
        "A.5.12",
        "Classification of information",
        "Classificatie van informatie",
    ),
    (
        "A.5.13",
        "Labelling of information",
        "Labelen van informatie",
    ),
    (
        "A.5.14",
        "Information transfer",
        "Overdragen van informatie",
    ),
    ("A.5.15", "Access control", "Toegangsbeveiliging"),
    ("A.5.16", "Identity management", "Identiteitsbeheer"),
    (
        "A.5.17",
        "Authentication information",
        "Authenticatie-informatie",
    ),
    ("A.5.18", "Access rights", "Toegangsrechten"),
    (
        "A.5.19",
        "Information security in supplier relationships",
        "Informatiebeveiliging in leveranciersrelaties",
    ),
    (
        "A.5.20",
        "Addressing information security within supplier agreements",
        "Informatiebeveiliging in leveranciersovereenkomsten",
    ),
    (
        "A.5.21",
        "Managing information security in the ICT supply chain",
        "Informatiebeveiliging in de ICT-toeleveringsketen",
    ),
    (
        "A.5.22",
        "Monitoring, review and change management of supplier services",
        "Monitoren, beoordelen en wijzigen van leveranciersdiensten",
    ),
    (
        "A.5.23",
        "Information security for use of cloud services",
        "Informatiebeveiliging bij het gebruik van clouddiensten",
    ),
    (
        "A.5.24",
        "Information security incident management planning and preparation",
        "Planning en voorbereiding van het beheer van informatiebeveiligingsincidenten",
    ),
    (
        "A.5.25",
        "Assessment and decision on information security events",
        "Beoordeling van en besluitvorming over informatiebeveiligingsgebeurtenissen",
    ),
    (
        "A.5.26",
        "Response to information security incidents",
        "Reageren op informatiebeveiligingsincidenten",
    ),
    (
        "A.5.27",
        "Learning from information security incidents",
        "Leren van informatiebeveiligingsincidenten",
    ),
    (
        "A.5.28",
        "Collection of evidence",
        "Verzamelen van bewijsmateriaal",
    ),
    (
        "A.5.29",
        "Information security during disruption",
        "Informatiebeveiliging tijdens een verstoring",
    ),
    (
        "A.5.30",
        "ICT readiness for business continuity",
        "ICT-gereedheid voor bedrijfscontinuïteit",
    ),
    (
        "A.5.31",
        "Legal, statutory, regulatory and contractual requirements",
        "Wettelijke, statutaire, regelgevende en contractuele eisen",
    ),
    (
        "A.5.32",
        "Intellectual property rights",
        "Intellectuele-eigendomsrechten",
    ),
    (
        "A.5.33",
        "Protection of records",
        "Beschermen van registraties",
    ),
    (
        "A.5.34",
        "Privacy and protection of PII",
        "Privacy en bescherming van persoonsgegevens",
    ),
    (
        "A.5.35",
        "Independent review of information security",
        "Onafhankelijke beoordeling van informatiebeveiliging",
    ),
    (
        "A.5.36",
        "Compliance with policies, rules and standards for information security",
        "Naleving van beleid, regels en normen voor informatiebeveiliging",
    ),
    (
        "A.5.37",
        "Documented operating procedures",
        "Gedocumenteerde bedieningsprocedures",
    ),
    ("A.6.1", "Screening", "Screening"),
    (
        "A.6.2",
        "Terms and conditions of employment",
        "Arbeidsovereenkomst",
    ),
    (
        "A.6.3",
        "Information security awareness, education and training",
        "Bewustwording, opleiding en training op het gebied van informatiebeveiliging",
    ),
    ("A.6.4", "Disciplinary process", "Disciplinaire procedure"),
    (
        "A.6.5",
        "Responsibilities after termination or change of employment",
        "Verantwoordelijkheden na beëindiging of wijziging van het dienstverband",
    ),
    (
        "A.6.6",
        "Confidentiality or non-disclosure agreements",
        "Vertrouwelijkheids- of geheimhoudingsovereenkomsten",
    ),
    ("A.6.7", "Remote working", "Werken op afstand"),
    (
        "A.6.8",
        "Information security event reporting",
        "Melden van informatiebeveiligingsgebeurtenissen",
    ),
    (
        "A.7.1",
        "Physical security perimeters",
        "Fysieke beveiligingszones",
    ),
    ("A.7.2", "Physical entry", "Fysieke toegangsbeveiliging"),
    (
        "A.7.3",
        "Securing offices, rooms and facilities",
        "Beveiligen van kantoren, ruimten en faciliteiten",
    ),
    (
        "A.7.4",
        "Physical security monitoring",
        "Monitoren van de fysieke beveiliging",
    ),
    (
        "A.7.5",
        "Protecting against physical and environmental threats",
        "Beschermen tegen fysieke en omgevingsdreigingen",
    ),
    (
        "A.7.6",
        "Working in secure areas",
        "Werken in beveiligde gebieden",
    ),
    (
        "A.7.7",
        "Clear desk and clear screen",
        "Clean desk en clear screen",
    ),
    (
        "A.7.8",
        "Equipment siting and protection",
        "Plaatsen en beschermen van apparatuur",
    ),
    (
        "A.7.9",
        "Security of assets off-premises",
        "Beveiligen van bedrijfsmiddelen buiten het terrein",
    ),
    ("A.7.10", "Storage media", "Opslagmedia"),
    ("A.7.11", "Supporting utilities", "Nutsvoorzieningen"),
    ("A.7.12", "Cabling security", "Beveiligen van bekabeling"),
    (
        "A.7.13",
        "Equipment maintenance",
        "Onderhoud van apparatuur",
    ),
    (
        "A.7.14",
        "Secure disposal or re-use of equipment",
        "Veilig verwijderen of hergebruiken van apparatuur",
    ),
    (
        "A.8.1",
        "User endpoint devices",
        "Eindpuntapparatuur van gebruikers",
    ),
    (
        "A.8.2",
        "Privileged access rights",
        "Speciale toegangsrechten",
    ),
    (
        "A.8.3",
        "Information access restriction",
        "Beperking van toegang tot informatie",
    ),
    ("A.8.4", "Access to source code", "Toegang tot broncode"),
    ("A.8.5", "Secure authentication", "Beveiligde authenticatie"),
    ("A.8.6", "Capacity management", "Capaciteitsbeheer"),
    (
        "A.8.7",
        "Protection against malware",
        "Bescherming tegen malware",
    ),
    (
        "A.8.8",
        "Management of technical vulnerabilities",
        "Beheer van technische kwetsbaarheden",
    ),
    ("A.8.9", "Configuration management", "Configuratiebeheer"),
    (
        "A.8.10",
        "Information deletion",
        "Verwijderen van informatie",
    ),
    ("A.8.11", "Data masking", "Maskeren van gegevens"),
    (
        "A.8.12",
        "Data leakage prevention",
        "Voorkomen van gegevenslekken",
    ),
    ("A.8.13", "Information backup", "Back-up van informatie"),
    (
        "A.8.14",
        "Redundancy of information processing facilities",
        "Redundantie van informatieverwerkende faciliteiten",
    ),
    ("A.8.15", "Logging", "Logging"),
    ("A.8.16", "Monitoring activities", "Monitoringactiviteiten"),
    ("A.8.17", "Clock synchronization", "Kloksynchronisatie"),
    (
        "A.8.18",
        "Use of privileged utility programs",
        "Gebruik van speciale systeemhulpmiddelen",
    ),
    (
        "A.8.19",
        "Installation of software on operational systems",
        "Installeren van software op operationele systemen",
    ),
    ("A.8.20", "Networks security", "Netwerkbeveiliging"),
    (
        "A.8.21",
        "Security of network services",
        "Beveiliging van netwerkdiensten",
    ),
    (
        "A.8.22",
        "Segregation of networks",
        "Scheiding van netwerken",
    ),
    ("A.8.23", "Web filtering", "Webfiltering"),
    ("A.8.24", "Use of cryptography", "Gebruik van cryptografie"),
    (
        "A.8.25",
        "Secure development life cycle",
        "Beveiligen tijdens de ontwikkelcyclus",
    ),
    (
        "A.8.26",
        "Application security requirements",
        "Beveiligingseisen voor toepassingen",
    ),
    (
        "A.8.27",
        "Secure system architecture and engineering principles",
        "Principes voor veilige systeemarchitectuur en -engineering",
    ),
    ("A.8.28", "Secure coding", "Veilig programmeren"),
    (
        "A.8.29",
        "Security testing in development and acceptance",
        "Beveiligingstesten bij ontwikkeling en acceptatie",
    ),
    (
        "A.8.30",
        "Outsourced development",
        "Uitbestede ontwikkeling",
    ),
    (
        "A.8.31",
        "Separation of development, test and production environments",
        "Scheiding van ontwikkel-, test- en productieomgevingen",
    ),
    ("A.8.32", "Change management", "Wijzigingsbeheer"),
    ("A.8.33", "Test information", "Testgegevens"),
    (
        "A.8.34",
        "Protection of information systems during audit testing",
        "Bescherming van informatiesystemen tijdens audits",
    ),
];
