//! The example workspace: the cases from the product's source material, as a consultant would
//! record them, in English or Dutch. Every item reaches its stage through the real lifecycle
//! transitions, so its history is genuine and the workspace passes validation.

use chrono::{DateTime, Duration, NaiveDate, Utc};

use crate::history;
use crate::i18n::Lang;
use crate::lifecycle::{self, Stage, Transition};
use crate::model::*;

struct Builder {
    ws: Workspace,
    lang: Lang,
    today: NaiveDate,
    now: DateTime<Utc>,
}

impl Builder {
    fn t(&self, en: &str, nl: &str) -> String {
        self.lang.pick(en, nl).to_owned()
    }

    fn person(&mut self, name: &str, role_en: &str, role_nl: &str) -> PersonId {
        let id = self.ws.next_person_id();
        let role = self.t(role_en, role_nl);
        self.ws.people.push(Person {
            id: id.clone(),
            name: name.into(),
            role,
        });
        id
    }

    fn objective(
        &mut self,
        title: (&str, &str),
        plan: (&str, &str),
        target: (&str, &str),
        owner: &PersonId,
        due: i64,
    ) -> ObjectiveId {
        let id = self.ws.next_objective_id();
        let objective = Objective {
            id: id.clone(),
            title: self.t(title.0, title.1),
            description: self.t(plan.0, plan.1),
            owner: Some(owner.clone()),
            due: Some(self.today + Duration::days(due)),
            target: self.t(target.0, target.1),
        };
        self.ws.objectives.push(objective);
        id
    }

    /// Creates an item `age` days ago, fills it, and walks it to `stage` by real transitions.
    fn item(&mut self, kind: Kind, age: i64, stage: Stage, fill: impl FnOnce(&mut Item)) -> ItemId {
        let id = self.ws.next_item_id(kind);
        let created = self.now - Duration::days(age);
        let mut item = history::create(id, kind, created, |i| {
            i.identified_on = created.date_naive();
            fill(i);
        });
        // Spread the steps over the item's age, so dates and cycle times look like real work.
        let steps = stage.step().unwrap_or(0) as i64;
        let gap = Duration::hours(age * 24 / (steps + 1)).max(Duration::hours(1));
        let mut at = created;
        while item.stage != stage {
            let Some(next) = Transition::forward_from(item.stage) else {
                break;
            };
            at += gap;
            let when = at.min(self.now);
            match lifecycle::apply(&item, &next, when.date_naive(), when) {
                Ok(moved) => item = moved,
                Err(_) => break,
            }
        }
        self.ws.items.push(item);
        id
    }
}

fn action(
    description: String,
    owner: &PersonId,
    due: NaiveDate,
    done: Option<NaiveDate>,
) -> Action {
    Action {
        description,
        owner: Some(owner.clone()),
        due: Some(due),
        done,
    }
}

/// The example workspace, in `lang`, with dates around `today`.
pub fn workspace(lang: Lang, today: NaiveDate, now: DateTime<Utc>) -> Workspace {
    let name = lang.pick(
        "Example: Northwind Care & Finance",
        "Voorbeeld: Noordwind Zorg & Financiën",
    );
    let mut b = Builder {
        ws: Workspace::new(name, lang, now - Duration::days(200)),
        lang,
        today,
        now,
    };
    b.ws.scope = b.t(
        "Information security of the patient portal, the payment services and the supporting IT of the Utrecht and Zwolle offices.",
        "Informatiebeveiliging van het patiëntenportaal, de betaaldiensten en de ondersteunende IT van de vestigingen Utrecht en Zwolle.",
    );
    b.ws.review_notes = crate::model::ReviewNotes {
        issues: b.t(
            "The NIS2 implementation act brings the payment services under supervision next year. The Zwolle office moves to a new building in the spring.",
            "Door de Cyberbeveiligingswet vallen de betaaldiensten volgend jaar onder toezicht. De vestiging Zwolle verhuist in het voorjaar naar een nieuw pand.",
        ),
        interested_parties: b.t(
            "A large care customer asks for a SOC 2 Type II report. Staff ask for clearer rules on working from home.",
            "Een grote zorgklant vraagt om een SOC 2 Type II-rapport. Medewerkers vragen om duidelijkere regels voor thuiswerken.",
        ),
        risks: b.t(
            "Risk assessment updated in September: ransomware against the backups is now rated high. Risk treatment plan: 7 of 9 measures done, offline backups and endpoint hardening still running.",
            "Risicobeoordeling bijgewerkt in september: ransomware tegen de back-ups is nu als hoog beoordeeld. Risicobehandelplan: 7 van de 9 maatregelen gereed, offline back-ups en het beveiligen van eindpunten lopen nog.",
        ),
        ..Default::default()
    };
    let day = |offset: i64| today + Duration::days(offset);
    let ciso = b.person("Sanne de Vries", "CISO", "CISO");
    let it = b.person("Joost Bakker", "IT manager", "IT-manager");
    let hr = b.person(
        "Fatima El Amrani",
        "HR and awareness lead",
        "HR en bewustwording",
    );
    let eng = b.person("Daan Visser", "Security engineer", "Security engineer");

    let mttr = b.objective(
        (
            "Recover from security incidents within 4 hours",
            "Herstel na beveiligingsincidenten binnen 4 uur",
        ),
        (
            "Communication playbooks, quarterly tabletop exercises and automated detection of incidents",
            "Communicatiedraaiboeken, driemaandelijkse tabletop-oefeningen en geautomatiseerde detectie van incidenten",
        ),
        (
            "Mean time to recover ≤ 4 h",
            "Gemiddelde hersteltijd ≤ 4 uur",
        ),
        &ciso,
        180,
    );
    let phishing = b.objective(
        (
            "Phishing simulation click rate below 5 %",
            "Klikratio phishingsimulaties onder 5 %",
        ),
        (
            "Quarterly simulated phishing tests and a refreshed awareness programme",
            "Driemaandelijkse gesimuleerde phishingtests en een vernieuwd bewustwordingsprogramma",
        ),
        (
            "Click rate < 5 % per quarter",
            "Klikratio < 5 % per kwartaal",
        ),
        &hr,
        270,
    );
    let vulns = b.objective(
        (
            "No critical vulnerability open longer than 14 days",
            "Geen kritieke kwetsbaarheid langer dan 14 dagen open",
        ),
        (
            "Automated patch deployment, with monitoring that reports missed patches",
            "Geautomatiseerde uitrol van patches, met monitoring die gemiste patches meldt",
        ),
        (
            "0 critical findings older than 14 days",
            "0 kritieke bevindingen ouder dan 14 dagen",
        ),
        &it,
        120,
    );
    let findings = b.objective(
        (
            "Fewer audit findings year on year",
            "Jaarlijks minder auditbevindingen",
        ),
        (
            "Every finding traced to its root cause, and its effect verified before it is closed",
            "Elke bevinding herleid tot de grondoorzaak, en het effect geverifieerd vóór afsluiten",
        ),
        (
            "At least 30 % fewer findings than last year",
            "Minstens 30 % minder bevindingen dan vorig jaar",
        ),
        &ciso,
        300,
    );

    // Technology: configuration reviews automated with infrastructure as code (A.8.9) — closed.
    let iac_title = b.t(
        "Automate configuration reviews with infrastructure-as-code security baselines",
        "Configuratiebeoordelingen automatiseren met infrastructure-as-code-beveiligingsbaselines",
    );
    let iac_desc = b.t(
        "Manual reviews of security configurations are error-prone. Introduce infrastructure as code with automated security baselines and compliance scanning.",
        "Handmatige beoordelingen van beveiligingsconfiguraties zijn foutgevoelig. Voer infrastructure-as-code in met geautomatiseerde beveiligingsbaselines en compliance-scanning.",
    );
    let (d1, d2, d3, d4) = (day(-120), day(-95), day(-60), day(-30));
    let texts = [
        b.t(
            "Baseline templates for servers and cloud accounts",
            "Baselinesjablonen voor servers en cloudaccounts",
        ),
        b.t(
            "Compliance scanning in the deployment pipeline",
            "Compliance-scanning in de deploymentpijplijn",
        ),
        b.t(
            "Configuration errors per month in change reviews",
            "Configuratiefouten per maand in wijzigingsbeoordelingen",
        ),
        b.t(
            "Configuration management procedure",
            "Procedure configuratiebeheer",
        ),
        b.t(
            "Infrastructure team, change advisory board",
            "Infrastructuurteam, change advisory board",
        ),
        b.t("Team meeting and wiki page", "Teamoverleg en wikipagina"),
        b.t(
            "Hands-on session on the baseline pipeline",
            "Praktijksessie over de baselinepijplijn",
        ),
        b.t(
            "Configuration errors fell by 80 %, deployments are faster and consistent.",
            "Configuratiefouten daalden met 80 %, implementaties zijn sneller en consistent.",
        ),
        b.t("Scan reports Q1–Q2", "Scanrapporten K1–K2"),
    ];
    let unit = b.t("/month", "/mnd");
    b.item(Kind::ContinualImprovement, 150, Stage::Closed, |i| {
        i.title = iac_title;
        i.description = iac_desc;
        i.source = Source::InternalAudit;
        i.source_ref = "IA-2026-03".into();
        i.links.controls = vec!["A.8.9".into(), "A.8.32".into()];
        i.links.objectives = vec![findings.clone()];
        i.inputs = PriorityInputs {
            impact: Some(4),
            effort: Some(3),
            urgency: Some(3),
            person_days: Some(25),
            ..PriorityInputs::default()
        };
        i.plan = Plan {
            what: i.title.clone(),
            how: texts[1].clone(),
            owner: Some(eng.clone()),
            start: Some(d1),
            due: Some(d3),
            actions: vec![
                action(texts[0].clone(), &eng, d2, Some(d2)),
                action(texts[1].clone(), &eng, d3, Some(d3)),
            ],
        };
        *i.verification = Verification {
            method: texts[2].clone(),
            planned: Some(d4),
            verifier: Some(ciso.clone()),
            verified_on: Some(d4),
            verified_by: Some(ciso.clone()),
            result: Some(Effectiveness::Effective),
            measurement: Measurement {
                kpi: texts[2].clone(),
                unit: unit.clone(),
                before: Some(25.0),
                after: Some(5.0),
                target: Some(8.0),
            },
            notes: texts[7].clone(),
        };
        i.standardisation = vec![DocUpdate {
            name: texts[3].clone(),
            version: "2.0".into(),
            date: Some(d4),
        }];
        *i.communication = Communication {
            audiences: texts[4].clone(),
            channel: texts[5].clone(),
            training: texts[6].clone(),
            date: Some(d4),
        };
        i.evidence = vec![Evidence {
            label: texts[8].clone(),
            location: "SharePoint/ISMS/Evidence/IA-2026-03".into(),
            date: Some(d4),
        }];
    });

    // Health care: incident communication playbooks and quarterly tabletop exercises — verifying.
    let texts = [
        b.t(
            "Incident communication playbooks and quarterly tabletop exercises",
            "Draaiboeken voor incidentcommunicatie en driemaandelijkse tabletop-oefeningen",
        ),
        b.t(
            "Incident response exercises exposed gaps in the communication protocols.",
            "Oefeningen voor incidentrespons legden hiaten bloot in de communicatieprotocollen.",
        ),
        b.t(
            "Write playbooks per incident type",
            "Draaiboeken per incidenttype opstellen",
        ),
        b.t(
            "Run the first tabletop exercise with the crisis team",
            "Eerste tabletop-oefening met het crisisteam houden",
        ),
        b.t(
            "Recovery time in the quarterly exercise and real incidents",
            "Hersteltijd bij de kwartaaloefening en echte incidenten",
        ),
        b.t(
            "Playbooks drafted with communications and the care units",
            "Draaiboeken opgesteld met communicatie en de zorgeenheden",
        ),
    ];
    b.item(Kind::ContinualImprovement, 100, Stage::Verifying, |i| {
        i.title = texts[0].clone();
        i.description = texts[1].clone();
        i.source = Source::Monitoring;
        i.source_ref = "TTX-2026-Q1".into();
        i.links.controls = vec!["A.5.26".into(), "A.5.27".into(), "A.5.24".into()];
        i.links.objectives = vec![mttr.clone()];
        i.inputs = PriorityInputs {
            impact: Some(5),
            effort: Some(2),
            urgency: Some(4),
            person_days: Some(12),
            ..PriorityInputs::default()
        };
        i.plan = Plan {
            what: texts[0].clone(),
            how: texts[5].clone(),
            owner: Some(ciso.clone()),
            start: Some(day(-90)),
            due: Some(day(-20)),
            actions: vec![
                action(texts[2].clone(), &ciso, day(-50), Some(day(-52))),
                action(texts[3].clone(), &ciso, day(-25), Some(day(-24))),
            ],
        };
        *i.verification = Verification {
            method: texts[4].clone(),
            planned: Some(day(10)),
            measurement: Measurement {
                kpi: texts[4].clone(),
                unit: "h".into(),
                before: Some(12.0),
                after: Some(4.0),
                target: Some(4.0),
            },
            ..Verification::default()
        };
    });

    // Financial services: continuous risk assessment with threat intelligence — planned.
    let texts = [
        b.t("Continuous risk assessment with threat intelligence and asset discovery", "Continue risicobeoordeling met dreigingsinformatie en asset-discovery"),
        b.t("Risk assessment updates are labour-intensive and irregular.", "Updates van risicobeoordelingen zijn arbeidsintensief en onregelmatig."),
        b.t("Select a platform that feeds threat intelligence and discovered assets into the risk register", "Een platform kiezen dat dreigingsinformatie en gevonden assets in het risicoregister voedt"),
        b.t("Pilot with the payment services", "Pilot met de betaaldiensten"),
    ];
    b.item(Kind::ContinualImprovement, 60, Stage::Planned, |i| {
        i.title = texts[0].clone();
        i.description = texts[1].clone();
        i.source = Source::ManagementReview;
        i.source_ref = "MR-001".into();
        i.links.clauses = vec!["6.1.2".into(), "8.2".into()];
        i.links.controls = vec!["A.5.7".into()];
        i.links.objectives = vec![findings.clone()];
        i.inputs = PriorityInputs {
            impact: Some(4),
            effort: Some(4),
            urgency: Some(2),
            person_days: Some(40),
            ..PriorityInputs::default()
        };
        i.plan = Plan {
            what: texts[2].clone(),
            how: texts[3].clone(),
            owner: Some(ciso.clone()),
            start: Some(day(14)),
            due: Some(day(120)),
            actions: Vec::new(),
        };
    });

    // Remote work: endpoint and remote-access hardening — in progress, one action overdue.
    let texts = [
        b.t(
            "Harden endpoints and remote access after the rise in remote work",
            "Eindpunten en toegang op afstand verstevigen na de toename van thuiswerken",
        ),
        b.t(
            "The management review showed a marked increase in remote work.",
            "De directiebeoordeling liet een duidelijke toename van werken op afstand zien.",
        ),
        b.t(
            "Roll out disk encryption and EDR to all laptops",
            "Schijfversleuteling en EDR uitrollen naar alle laptops",
        ),
        b.t(
            "Replace the VPN with conditional access and MFA",
            "VPN vervangen door conditionele toegang en MFA",
        ),
        b.t(
            "Device management baseline for remote workers",
            "Baseline apparaatbeheer voor thuiswerkers",
        ),
    ];
    b.item(Kind::ContinualImprovement, 75, Stage::InProgress, |i| {
        i.title = texts[0].clone();
        i.description = texts[1].clone();
        i.source = Source::ManagementReview;
        i.source_ref = "MR-001".into();
        i.links.controls = vec!["A.8.1".into(), "A.6.7".into(), "A.8.5".into()];
        i.links.objectives = vec![vulns.clone()];
        i.inputs = PriorityInputs {
            impact: Some(4),
            effort: Some(3),
            urgency: Some(4),
            person_days: Some(30),
            ..PriorityInputs::default()
        };
        i.plan = Plan {
            what: texts[4].clone(),
            how: texts[2].clone(),
            owner: Some(it.clone()),
            start: Some(day(-45)),
            due: Some(day(30)),
            actions: vec![
                action(texts[2].clone(), &eng, day(-10), None),
                action(texts[3].clone(), &it, day(25), None),
            ],
        };
    });

    // Monitoring: automated incident detection after slow response times — prioritised.
    let texts = [
        b.t("Automated incident detection to meet the response-time objective", "Geautomatiseerde incidentdetectie om de responstijd-doelstelling te halen"),
        b.t("Metrics show the mean incident response time exceeds the objective.", "Statistieken tonen aan dat de gemiddelde incidentresponstijd de doelstelling overschrijdt."),
    ];
    b.item(Kind::ContinualImprovement, 30, Stage::Prioritised, |i| {
        i.title = texts[0].clone();
        i.description = texts[1].clone();
        i.source = Source::Monitoring;
        i.source_ref = "KPI-Q2".into();
        i.links.controls = vec!["A.8.16".into(), "A.8.15".into()];
        i.links.objectives = vec![mttr.clone()];
        i.inputs = PriorityInputs {
            impact: Some(4),
            effort: Some(2),
            urgency: Some(4),
            person_days: Some(15),
            confidence_pct: Some(80),
            reach: Some(400),
            ..PriorityInputs::default()
        };
    });

    // Incident: awareness training and phishing simulations — standardised.
    let texts = [
        b.t(
            "Extend awareness training and add simulated phishing tests",
            "Bewustwordingstraining uitbreiden en gesimuleerde phishingtests toevoegen",
        ),
        b.t(
            "A phishing incident was caused by a lack of awareness.",
            "Een phishingincident werd veroorzaakt door gebrek aan bewustzijn.",
        ),
        b.t(
            "Monthly phishing simulation",
            "Maandelijkse phishingsimulatie",
        ),
        b.t(
            "E-learning module for all staff",
            "E-learningmodule voor alle medewerkers",
        ),
        b.t(
            "Click rate in phishing simulations",
            "Klikratio bij phishingsimulaties",
        ),
        b.t("Awareness programme", "Bewustwordingsprogramma"),
    ];
    b.item(Kind::ContinualImprovement, 130, Stage::Standardised, |i| {
        i.title = texts[0].clone();
        i.description = texts[1].clone();
        i.source = Source::NonconformityOrIncident;
        i.source_ref = "INC-2026-007".into();
        i.links.controls = vec!["A.6.3".into()];
        i.links.objectives = vec![phishing.clone()];
        i.inputs = PriorityInputs {
            impact: Some(3),
            effort: Some(2),
            urgency: Some(4),
            person_days: Some(10),
            ..PriorityInputs::default()
        };
        i.plan = Plan {
            what: texts[0].clone(),
            how: texts[3].clone(),
            owner: Some(hr.clone()),
            start: Some(day(-120)),
            due: Some(day(-40)),
            actions: vec![
                action(texts[3].clone(), &hr, day(-80), Some(day(-82))),
                action(texts[2].clone(), &hr, day(-60), Some(day(-61))),
            ],
        };
        *i.verification = Verification {
            method: texts[4].clone(),
            planned: Some(day(-20)),
            verifier: Some(ciso.clone()),
            verified_on: Some(day(-18)),
            verified_by: Some(ciso.clone()),
            result: Some(Effectiveness::Effective),
            measurement: Measurement {
                kpi: texts[4].clone(),
                unit: "%".into(),
                before: Some(18.0),
                after: Some(4.5),
                target: Some(5.0),
            },
            notes: String::new(),
        };
        i.standardisation = vec![DocUpdate {
            name: texts[5].clone(),
            version: "3.1".into(),
            date: Some(day(-15)),
        }];
    });

    // Threat intelligence: immutable offline backups against ransomware — identified.
    let texts = [
        b.t("Immutable backups and offline copies against ransomware", "Onveranderlijke back-ups en offline kopieën tegen ransomware"),
        b.t("Threat intelligence reports show increased ransomware activity aimed at backups.", "Rapportages over dreigingsinformatie tonen verhoogde ransomware-activiteit gericht op back-ups."),
    ];
    b.item(Kind::ContinualImprovement, 8, Stage::Identified, |i| {
        i.title = texts[0].clone();
        i.description = texts[1].clone();
        i.source = Source::ThreatIntelligence;
        i.source_ref = "NCSC advisory".into();
        i.links.controls = vec!["A.8.13".into(), "A.5.7".into()];
        i.links.objectives = vec![mttr.clone()];
        i.inputs = PriorityInputs {
            impact: Some(5),
            effort: Some(2),
            urgency: Some(5),
            person_days: Some(8),
            ..PriorityInputs::default()
        };
    });

    // Internal audit: access reviews effective but slow — identified, not yet rated.
    let texts = [
        b.t(
            "Automate quarterly access reviews with identity management tooling",
            "Kwartaalbeoordelingen van toegang automatiseren met identity-managementtools",
        ),
        b.t(
            "The audit found access reviews effective but time-consuming.",
            "De audit stelde vast dat toegangsbeoordelingen effectief zijn, maar tijdrovend.",
        ),
    ];
    b.item(Kind::ContinualImprovement, 20, Stage::Identified, |i| {
        i.title = texts[0].clone();
        i.description = texts[1].clone();
        i.source = Source::InternalAudit;
        i.source_ref = "IA-2026-05".into();
        i.links.controls = vec!["A.5.18".into(), "A.5.16".into()];
        i.inputs = PriorityInputs {
            impact: Some(3),
            effort: Some(2),
            ..PriorityInputs::default()
        };
    });

    // Stakeholder feedback: SOC 2 alignment — identified, a major project.
    let texts = [
        b.t(
            "Align the ISMS with SOC 2 criteria and aim for dual certification",
            "Het ISMS afstemmen op de SOC 2-criteria en streven naar duale certificering",
        ),
        b.t(
            "A customer asked for a SOC 2 Type II report.",
            "Een klant verzoekt om een SOC 2 Type II-rapport.",
        ),
    ];
    b.item(Kind::ContinualImprovement, 14, Stage::Identified, |i| {
        i.title = texts[0].clone();
        i.description = texts[1].clone();
        i.source = Source::StakeholderFeedback;
        i.stakeholder = Some(StakeholderKind::Customer);
        i.links.clauses = vec!["4.2".into()];
        i.links.objectives = vec![findings.clone()];
        i.inputs = PriorityInputs {
            impact: Some(3),
            effort: Some(5),
            urgency: Some(2),
            person_days: Some(80),
            ..PriorityInputs::default()
        };
    });

    // Corrective action: a critical server missed by patch management — verifying.
    let texts = [
        b.t("Critical server missed by patch management", "Kritieke server gemist door patchbeheer"),
        b.t("Database server DB-03 missed three critical security patches.", "Databaseserver DB-03 miste drie kritieke beveiligingspatches."),
        b.t("DB-03 patched the same day and checked for signs of compromise.", "DB-03 dezelfde dag gepatcht en gecontroleerd op tekenen van misbruik."),
        b.t("The patch tool did not list DB-03.", "De patchtool toonde DB-03 niet."),
        b.t("DB-03 was not in the asset inventory the tool reads.", "DB-03 stond niet in de assetinventaris die de tool uitleest."),
        b.t("Servers built outside the standard process are not registered.", "Servers die buiten het standaardproces zijn gebouwd, worden niet geregistreerd."),
        b.t("The asset inventory is not synchronised with the patch tool, and exceptions are not detected.", "De assetinventaris is niet gesynchroniseerd met de patchtool en uitzonderingen worden niet gedetecteerd."),
        b.t("Two test servers had the same gap; both added.", "Twee testservers hadden hetzelfde probleem; beide toegevoegd."),
        b.t("Synchronise the inventory with the patch tool and alert on unmanaged hosts", "Inventaris synchroniseren met de patchtool en alarmeren bij onbeheerde hosts"),
        b.t("Review the patch process", "Het patchproces beoordelen"),
        b.t("Monitoring for missed patches", "Monitoring op gemiste patches"),
        b.t("Monthly scan: critical patches missing for more than 14 days", "Maandelijkse scan: kritieke patches die langer dan 14 dagen ontbreken"),
    ];
    let evidence = [
        b.t("Incident report", "Incidentrapport"),
        b.t(
            "Root-cause analysis (5 whys)",
            "Oorzaakanalyse (5 x waarom)",
        ),
    ];
    let ca = b.item(Kind::CorrectiveAction, 45, Stage::Verifying, |i| {
        i.title = texts[0].clone();
        i.description = texts[1].clone();
        i.source = Source::NonconformityOrIncident;
        i.source_ref = "INC-2026-014".into();
        i.links.controls = vec!["A.8.8".into(), "A.5.9".into()];
        i.links.objectives = vec![vulns.clone()];
        i.nonconformity = Some(Box::new(Nonconformity {
            requirement: "A.8.8".into(),
            grade: Grade::Major,
            description: texts[1].clone(),
            correction: texts[2].clone(),
            whys: vec![texts[3].clone(), texts[4].clone(), texts[5].clone()],
            root_cause: texts[6].clone(),
            similar: SimilarCases {
                found: Some(true),
                notes: texts[7].clone(),
            },
            cause_action: texts[8].clone(),
        }));
        i.inputs = PriorityInputs {
            impact: Some(5),
            effort: Some(2),
            urgency: Some(5),
            person_days: Some(6),
            ..PriorityInputs::default()
        };
        i.plan = Plan {
            what: texts[8].clone(),
            how: texts[9].clone(),
            owner: Some(it.clone()),
            start: Some(day(-40)),
            due: Some(day(-5)),
            actions: vec![
                action(texts[9].clone(), &it, day(-30), Some(day(-31))),
                action(texts[10].clone(), &eng, day(-8), Some(day(-7))),
            ],
        };
        *i.verification = Verification {
            method: texts[11].clone(),
            planned: Some(day(21)),
            measurement: Measurement {
                kpi: texts[11].clone(),
                unit: "#".into(),
                before: Some(3.0),
                after: None,
                target: Some(0.0),
            },
            ..Verification::default()
        };
        i.evidence = vec![
            Evidence {
                label: evidence[0].clone(),
                location: "SharePoint/ISMS/Incidents/INC-2026-014".into(),
                date: Some(day(-44)),
            },
            Evidence {
                label: evidence[1].clone(),
                location: "SharePoint/ISMS/Incidents/INC-2026-014/analysis".into(),
                date: Some(day(-40)),
            },
        ];
    });

    // The contrast case: patching works but is manual and slow — depends on the corrective action.
    let texts = [
        b.t(
            "Automate patch deployment and testing",
            "Patchimplementatie en -testen automatiseren",
        ),
        b.t(
            "Patch management works but is manual and slow.",
            "Patchbeheer werkt, maar is handmatig en traag.",
        ),
    ];
    b.item(Kind::ContinualImprovement, 10, Stage::Identified, |i| {
        i.title = texts[0].clone();
        i.description = texts[1].clone();
        i.source = Source::Monitoring;
        i.links.controls = vec!["A.8.8".into(), "A.8.32".into()];
        i.links.objectives = vec![vulns.clone()];
        i.links.depends_on = vec![ca];
        i.inputs = PriorityInputs {
            impact: Some(4),
            effort: Some(3),
            urgency: Some(3),
            person_days: Some(20),
            ..PriorityInputs::default()
        };
    });

    gap_assessment(&mut b, [&ciso, &it, &hr, &eng]);
    last_review(&mut b);
    b.ws.updated = now;
    b.ws
}

/// The management review held 80 days ago (`MR-001`), which decided CI-003 and CI-004, recorded
/// the day after: its figures are the register as it stood when it was held (each item's log
/// replayed up to then), and the next review's period starts the day after its own.
fn last_review(b: &mut Builder) {
    let held = b.now - Duration::days(80);
    let held_on = b.today - Duration::days(80);
    let mut then = b.ws.clone();
    then.review_notes = ReviewNotes {
        issues: b.t(
            "Since the spring about 60 % of staff work from home most days, on laptops that are not all managed.",
            "Sinds het voorjaar werkt ongeveer 60 % van de medewerkers de meeste dagen thuis, op laptops die niet allemaal beheerd worden.",
        ),
        interested_parties: b.t(
            "The bank that partners in the payment services asks for evidence that risks are assessed continuously, not once a year.",
            "De bank waarmee de betaaldiensten samenwerken vraagt om aan te tonen dat risico's doorlopend worden beoordeeld, niet eens per jaar.",
        ),
        risks: b.t(
            "Risk assessment of May: remote access and unmanaged laptops rated high. Risk treatment plan: 5 of 9 measures done.",
            "Risicobeoordeling van mei: toegang op afstand en onbeheerde laptops als hoog beoordeeld. Risicobehandelplan: 5 van de 9 maatregelen gereed.",
        ),
        attendees: b.t(
            "Managing director (chair); Sanne de Vries, CISO; Joost Bakker, IT manager; Fatima El Amrani, HR and awareness lead",
            "Directeur (voorzitter); Sanne de Vries, CISO; Joost Bakker, IT-manager; Fatima El Amrani, HR en bewustwording",
        ),
        decisions: b.t(
            "Harden endpoints and remote access for home working (CI-004), owner IT manager, 30 person-days.\nMove to continuous risk assessment with threat intelligence, starting with the payment services (CI-003), owner CISO.\nThe ISMS scope and the information security policy stay as they are.",
            "Eindpunten en toegang op afstand verstevigen voor thuiswerken (CI-004), eigenaar IT-manager, 30 persoonsdagen.\nOvergaan op continue risicobeoordeling met dreigingsinformatie, te beginnen bij de betaaldiensten (CI-003), eigenaar CISO.\nDe scope van het ISMS en het informatiebeveiligingsbeleid blijven ongewijzigd.",
        ),
    };
    let draft = crate::held_review::Draft {
        from: held_on - Duration::days(365),
        to: held_on,
        held_on,
        // Recorded the day after, so its figures are the register as it stood when it was held.
        day_ended: Some(held),
    };
    let recorded = held + Duration::days(1);
    // The example's own texts are complete, so recording cannot be refused.
    if crate::held_review::record(&mut then, &draft, held_on + Duration::days(1), recorded).is_ok()
    {
        b.ws.held_reviews = then.held_reviews;
        b.ws.last_review_number = then.last_review_number;
    }
}

/// A first gap assessment, a month old, over the requirements the example's cases touch: each
/// entry lists the items that address its requirement, so the results show gaps with and
/// without improvements.
fn gap_assessment(b: &mut Builder, [ciso, it, hr, eng]: [&PersonId; 4]) {
    use GapStatus::PartiallyImplemented as Part;
    use GapStatus::{Implemented as Yes, NotApplicable as Na, NotImplemented as No};
    use Justification::{Contractual, LegalOrRegulatory as Legal, RiskAssessment as Risk};
    // (requirement, status, maturity, target, owner, notes EN, notes NL, justifications)
    type Row<'a> = (
        &'a str,
        GapStatus,
        u8,
        u8,
        &'a PersonId,
        &'a str,
        &'a str,
        &'a [Justification],
    );
    #[rustfmt::skip]
    let rows: [Row; 22] = [
        ("4.1", Yes, 3, 3, ciso, "", "", &[]),
        ("4.3", Yes, 4, 4, ciso, "", "", &[]),
        ("6.1.2", Part, 2, 4, ciso, "Yearly risk assessment; threat intelligence not yet an input.", "Jaarlijkse risicobeoordeling; dreigingsinformatie nog geen input.", &[]),
        ("6.2", Part, 2, 3, ciso, "Objectives set, not all measured monthly.", "Doelstellingen vastgesteld, niet alle maandelijks gemeten.", &[]),
        ("7.3", Part, 2, 4, hr, "Training yearly; no measure of what sticks.", "Jaarlijkse training; niet gemeten wat blijft hangen.", &[]),
        ("9.1", Part, 2, 4, ciso, "KPIs defined but reported irregularly.", "KPI's gedefinieerd, maar onregelmatig gerapporteerd.", &[]),
        ("9.2", Yes, 3, 3, ciso, "", "", &[]),
        ("9.3", Yes, 3, 3, ciso, "", "", &[]),
        ("10.2", Part, 2, 4, ciso, "Root causes not always recorded.", "Grondoorzaken niet altijd vastgelegd.", &[]),
        ("A.5.7", No, 1, 3, ciso, "No threat intelligence feeds in use.", "Geen bronnen voor dreigingsinformatie in gebruik.", &[Risk]),
        ("A.5.18", Part, 2, 4, it, "Access reviews manual and late.", "Toegangsreviews handmatig en te laat.", &[Risk, Contractual]),
        ("A.5.24", Yes, 3, 3, ciso, "", "", &[Risk]),
        ("A.5.26", Part, 2, 4, ciso, "Playbooks lack communication steps.", "Draaiboeken missen communicatiestappen.", &[Risk, Legal]),
        ("A.5.27", No, 1, 3, ciso, "Lessons from incidents not collected.", "Lessen uit incidenten niet verzameld.", &[Risk]),
        ("A.6.3", Part, 2, 4, hr, "", "", &[Risk]),
        ("A.6.7", Part, 2, 3, it, "", "", &[Risk]),
        ("A.8.1", Part, 2, 4, it, "Not all laptops encrypted.", "Niet alle laptops versleuteld.", &[Risk, Legal]),
        ("A.8.8", Part, 2, 4, it, "Patching manual; one critical server missed.", "Patchen handmatig; één kritieke server gemist.", &[Risk]),
        ("A.8.9", Yes, 4, 4, eng, "Baselines as code since the internal audit.", "Baselines als code sinds de interne audit.", &[Risk]),
        ("A.8.13", Part, 2, 4, it, "Backups online only.", "Back-ups alleen online.", &[Risk]),
        ("A.8.16", No, 1, 3, eng, "Alerts reviewed by hand.", "Meldingen handmatig beoordeeld.", &[Risk]),
        ("A.8.30", Na, 0, 0, it, "", "", &[]),
    ];
    let exclusion = b.t(
        "No development is outsourced.",
        "Er wordt geen ontwikkeling uitbesteed.",
    );
    for (id, status, maturity, target, owner, en, nl, why) in rows {
        let items =
            b.ws.items
                .iter()
                .filter(|i| {
                    i.links
                        .controls
                        .iter()
                        .chain(&i.links.clauses)
                        .any(|c| c == id)
                })
                .map(|i| i.id)
                .collect();
        let applicable = status != Na;
        let entry = GapEntry {
            status,
            maturity: applicable.then_some(maturity),
            target_maturity: applicable.then_some(target),
            notes: b.t(en, nl),
            justifications: why.to_vec(),
            exclusion_reason: if applicable {
                String::new()
            } else {
                exclusion.clone()
            },
            owner: Some(owner.clone()),
            items,
            ..GapEntry::default()
        };
        b.ws.gap.entries.insert(id.to_owned(), entry);
    }
    b.ws.gap.assessor = "Sanne de Vries".into();
    b.ws.gap.date = Some(b.today - Duration::days(30));
}

/// A large register for measurements: the example workspace plus `extra` generated items. The
/// generated items are lean (title, source, ratings, stage, owner, due date, one control) and
/// carry no history, so that 5,000 of them fit the browser's storage; they vary
/// deterministically, so every run measures the same register.
pub fn large(extra: usize, lang: Lang, today: NaiveDate, now: DateTime<Utc>) -> Workspace {
    let mut ws = workspace(lang, today, now);
    let titles: Vec<String> = ws.items.iter().map(|i| i.title.clone()).collect();
    let owners: Vec<PersonId> = ws.people.iter().map(|p| p.id.clone()).collect();
    let controls = crate::catalogue::controls();
    let stages = [
        Stage::Identified,
        Stage::Prioritised,
        Stage::Planned,
        Stage::InProgress,
        Stage::Verifying,
    ];
    for n in 0..extra {
        let kind = if n % 10 == 3 {
            Kind::CorrectiveAction
        } else {
            Kind::ContinualImprovement
        };
        let id = ws.next_item_id(kind);
        let mut item = Item::blank(id, kind, now - Duration::days((n % 300) as i64));
        item.title = format!("{} #{}", titles[n % titles.len()], n + 1);
        item.identified_on = item.created.date_naive();
        item.source = Source::ALL[n % Source::ALL.len()];
        item.source_ref = format!("GEN-{:05}", n + 1);
        item.stage = stages[n % stages.len()];
        item.links
            .controls
            .push(controls[n % controls.len()].id.to_owned());
        item.inputs.impact = Some(1 + (n % 5) as u8);
        item.inputs.effort = Some(1 + (n / 5 % 5) as u8);
        item.inputs.urgency = Some(1 + (n / 25 % 5) as u8);
        item.inputs.person_days = Some(1 + (n % 20) as u32);
        item.plan.owner = owners.get(n % owners.len().max(1)).cloned();
        item.plan.due = Some(today + Duration::days((n % 200) as i64 - 50));
        if kind == Kind::CorrectiveAction {
            item.nonconformity = Some(Box::new(Nonconformity {
                requirement: "A.8.8".into(),
                grade: Grade::Minor,
                ..Nonconformity::default()
            }));
        }
        ws.items.push(item);
    }
    ws
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::file;
    use chrono::TimeZone;

    #[test]
    fn the_example_gap_assessment_ties_gaps_to_the_items_that_address_them() {
        let now = Utc.with_ymd_and_hms(2026, 11, 27, 10, 0, 0).unwrap();
        let ws = workspace(Lang::Nl, now.date_naive(), now);
        let ids = |key: &str| -> Vec<String> {
            ws.gap.entries[key]
                .items
                .iter()
                .map(ToString::to_string)
                .collect()
        };
        assert_eq!(ids("A.8.8"), ["CA-001", "CI-010"]);
        assert_eq!(ids("A.5.7"), ["CI-003", "CI-007"]);
        assert_eq!(ids("A.8.30"), Vec::<String>::new());
        let excluded = &ws.gap.entries["A.8.30"];
        assert_eq!(excluded.status, GapStatus::NotApplicable);
        assert_eq!(
            excluded.exclusion_reason,
            "Er wordt geen ontwikkeling uitbesteed."
        );
        assert_eq!(excluded.maturity, None);
        let largest: Vec<&str> = crate::gap::largest_gaps(&ws)
            .iter()
            .map(|(r, _)| r.id)
            .collect();
        assert!(largest.contains(&"A.5.7") && largest.contains(&"10.2"));
        assert!(
            !largest.contains(&"A.8.9"),
            "implemented at target is no gap"
        );
    }

    #[test]
    fn the_example_review_record_holds_the_register_as_it_stood_the_day_it_was_held() {
        let now = Utc.with_ymd_and_hms(2026, 11, 27, 10, 0, 0).unwrap();
        let ws = workspace(Lang::En, now.date_naive(), now);
        let record = &ws.held_reviews[0];
        assert_eq!(record.id.as_str(), "MR-001");
        assert_eq!(record.held_on, now.date_naive() - Duration::days(80));
        let input = &record.input;
        assert_eq!(
            (input.from, input.to),
            (record.held_on - Duration::days(365), record.held_on)
        );
        // Only the three items older than 80 days existed; none of them was closed yet.
        assert_eq!(input.counts.identified, 3);
        assert_eq!(input.counts.closed, 0);
        let then: Vec<(String, Stage)> = input
            .opportunities
            .iter()
            .map(|o| (o.id.to_string(), o.stage))
            .collect();
        assert!(then
            .iter()
            .all(|(id, _)| ["CI-001", "CI-002", "CI-006"].contains(&id.as_str())));
        let ci001 = then.iter().find(|(id, _)| id == "CI-001").map(|(_, s)| *s);
        assert!(ci001.is_some_and(|s| s < Stage::Closed), "{ci001:?}");
        assert!(record.decisions.contains("CI-004"));
        assert!(
            ws.review_notes.attendees.is_empty(),
            "the next review's fields are empty"
        );
        let raised: Vec<String> = crate::held_review::raised_from(&ws, &record.id)
            .iter()
            .map(|i| i.id.to_string())
            .collect();
        assert_eq!(raised, ["CI-003", "CI-004"]);
    }

    #[test]
    fn a_large_register_is_valid_too() {
        let now = Utc.with_ymd_and_hms(2026, 11, 27, 10, 0, 0).unwrap();
        let ws = large(300, Lang::En, now.date_naive(), now);
        assert_eq!(ws.items.len(), 311);
        assert_eq!(file::validate(&ws), vec![]);
    }

    #[test]
    fn the_example_is_valid_in_both_languages_and_every_item_reached_its_stage() {
        let now = Utc.with_ymd_and_hms(2026, 11, 27, 10, 0, 0).unwrap();
        for lang in Lang::ALL {
            let ws = workspace(lang, now.date_naive(), now);
            assert_eq!(file::validate(&ws), vec![], "{lang:?}");
            assert_eq!(ws.items.len(), 11);
            let stage = |n: usize| ws.items[n].stage;
            assert_eq!(
                [
                    stage(0),
                    stage(1),
                    stage(2),
                    stage(3),
                    stage(4),
                    stage(5),
                    stage(6),
                    stage(9)
                ],
                [
                    Stage::Closed,
                    Stage::Verifying,
                    Stage::Planned,
                    Stage::InProgress,
                    Stage::Prioritised,
                    Stage::Standardised,
                    Stage::Identified,
                    Stage::Verifying
                ]
            );
            assert!(ws.items[9].is_major_nonconformity());
            assert_eq!(ws.held_reviews.len(), 1, "{lang:?}");
            for item in &ws.items {
                let replayed =
                    history::replay(item.id, item.kind, item.created, &item.history).unwrap();
                assert_eq!(&replayed, item);
            }
        }
    }
}
