//! Common improvement initiatives: starting points for a new continual improvement, so a gap
//! workshop or a management review can go from "what could we improve?" to an item with a
//! description, linked requirements and a KPI to verify it by. The list follows the domain
//! source's common initiatives (and its patch-management example); texts are our own wording.
//! Every clause and control named here exists in the catalogue (a test checks it).

use super::Measure;
use crate::i18n::Lang;
use crate::model::Item;

/// One initiative, in English and Dutch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Initiative {
    /// A stable code, for a select's value and for tests.
    pub code: &'static str,
    title: (&'static str, &'static str),
    description: (&'static str, &'static str),
    pub clauses: &'static [&'static str],
    pub controls: &'static [&'static str],
    /// The measure that shows whether the improvement worked (clause 9.1).
    pub measure: Measure,
}

impl Initiative {
    pub fn title(&self, lang: Lang) -> &'static str {
        lang.pick(self.title.0, self.title.1)
    }

    pub fn description(&self, lang: Lang) -> &'static str {
        lang.pick(self.description.0, self.description.1)
    }

    /// Fills a new item from the initiative: the title only when the user gave none, and the
    /// description, requirements and KPI only where the item has nothing yet, so nothing the
    /// user wrote is overwritten. Before, after and target values stay empty: they are the
    /// client's own figures.
    pub fn apply(&self, item: &mut Item, lang: Lang) {
        if item.title.trim().is_empty() {
            item.title = self.title(lang).to_owned();
        }
        if item.description.trim().is_empty() {
            item.description = self.description(lang).to_owned();
        }
        for (have, add) in [
            (&mut item.links.clauses, self.clauses),
            (&mut item.links.controls, self.controls),
        ] {
            for id in add {
                if !have.iter().any(|h| h == id) {
                    have.push((*id).to_owned());
                }
            }
        }
        let verification = &mut item.verification;
        if verification.measurement.kpi.trim().is_empty() {
            verification
                .measurement
                .set_kpi_with_unit(self.measure.kpi(lang).to_owned(), self.measure.unit(lang));
        }
        if verification.method.trim().is_empty() {
            verification.method = self.measure.kpi(lang).to_owned();
        }
    }
}

/// The initiatives, in the order they are offered.
pub fn initiatives() -> &'static [Initiative] {
    INITIATIVES
}

/// The initiative with `code`.
pub fn initiative(code: &str) -> Option<&'static Initiative> {
    INITIATIVES.iter().find(|i| i.code == code)
}

const INITIATIVES: &[Initiative] = &[
    Initiative {
        code: "automate-checks",
        title: (
            "Automate manual security checks (access reviews, log analysis, vulnerability scans)",
            "Handmatige beveiligingscontroles automatiseren (toegangsbeoordelingen, loganalyse, kwetsbaarheidsscans)",
        ),
        description: (
            "Recurring checks done by hand are slow and error-prone. Pick the most labour-intensive ones, automate them with the tooling already in place where possible, and keep people for the judgement calls.",
            "Terugkerende controles met de hand zijn traag en foutgevoelig. Kies de meest arbeidsintensieve, automatiseer ze waar het kan met de tooling die er al is, en houd mensen voor de afwegingen.",
        ),
        clauses: &[],
        controls: &["A.5.18", "A.8.8", "A.8.15", "A.8.16"],
        measure: Measure {
            kpi: (
                "Hours of manual work per quarter on these checks",
                "Uren handwerk per kwartaal aan deze controles",
            ),
            unit: ("hours", "uur"),
        },
    },
    Initiative {
        code: "awareness-simulations",
        title: (
            "Strengthen awareness with gamification or simulated attacks",
            "Bewustwording versterken met gamification of gesimuleerde aanvallen",
        ),
        description: (
            "Make the awareness programme active: short modules with game elements and regular simulated phishing or social-engineering tests, with follow-up training for those who need it.",
            "Maak het bewustwordingsprogramma actief: korte modules met spelelementen en regelmatige gesimuleerde phishing- of social-engineeringtests, met vervolgtraining voor wie dat nodig heeft.",
        ),
        clauses: &["7.3"],
        controls: &["A.6.3"],
        measure: Measure {
            kpi: (
                "Share of staff who click a simulated phishing link",
                "Aandeel medewerkers dat op een gesimuleerde phishinglink klikt",
            ),
            unit: ("%", "%"),
        },
    },
    Initiative {
        code: "zero-trust",
        title: (
            "Introduce zero-trust architecture or modern authentication",
            "Zero-trustarchitectuur of moderne authenticatie invoeren",
        ),
        description: (
            "Stop trusting a connection for where it comes from: check every user and device on every access, with phishing-resistant multi-factor authentication and no more rights than the task needs.",
            "Vertrouw een verbinding niet meer om waar die vandaan komt: controleer elke gebruiker en elk apparaat bij elke toegang, met phishingbestendige meerfactorauthenticatie en niet meer rechten dan de taak vraagt.",
        ),
        clauses: &[],
        controls: &["A.5.15", "A.5.17", "A.8.5", "A.8.20"],
        measure: Measure {
            kpi: (
                "Share of accounts with phishing-resistant multi-factor authentication",
                "Aandeel accounts met phishingbestendige meerfactorauthenticatie",
            ),
            unit: ("%", "%"),
        },
    },
    Initiative {
        code: "devsecops",
        title: (
            "Build security into the DevOps pipelines (DevSecOps)",
            "Beveiliging inbouwen in de DevOps-pipelines (DevSecOps)",
        ),
        description: (
            "Move security checks into the delivery pipeline: code analysis, scans for vulnerable components and secrets, and security tests on every change, so problems are found before a release rather than after it.",
            "Verplaats beveiligingscontroles naar de pipeline: code-analyse, scans op kwetsbare componenten en geheimen, en beveiligingstests bij elke wijziging, zodat problemen vóór een release boven komen in plaats van erna.",
        ),
        clauses: &[],
        controls: &["A.8.25", "A.8.28", "A.8.29"],
        measure: Measure {
            kpi: (
                "Critical findings that reach production per quarter",
                "Kritieke bevindingen die productie bereiken per kwartaal",
            ),
            unit: ("#", "#"),
        },
    },
    Initiative {
        code: "extend-scope",
        title: (
            "Extend the ISMS scope to more locations, systems or business units",
            "De ISMS-scope uitbreiden naar meer locaties, systemen of bedrijfsonderdelen",
        ),
        description: (
            "Bring a location, system or business unit that is still outside the ISMS into scope: update the scope statement, the risk assessment and the Statement of Applicability, and plan its first internal audit.",
            "Breng een locatie, systeem of bedrijfsonderdeel dat nog buiten het ISMS valt binnen de scope: werk de scopebeschrijving, de risicobeoordeling en de verklaring van toepasselijkheid bij, en plan de eerste interne audit.",
        ),
        clauses: &["4.3", "6.1.2", "6.1.3"],
        controls: &[],
        measure: Measure {
            kpi: (
                "Share of the organisation's sites within the ISMS scope",
                "Aandeel vestigingen van de organisatie binnen de ISMS-scope",
            ),
            unit: ("%", "%"),
        },
    },
    Initiative {
        code: "multi-compliance",
        title: (
            "Align the ISMS with more frameworks (SOC 2, NIST, GDPR) for multi-compliance",
            "Het ISMS afstemmen op meer kaders (SOC 2, NIST, AVG) voor multi-compliance",
        ),
        description: (
            "Map the other framework's requirements onto the existing controls, close the gaps the mapping shows, and use one set of evidence for every audit instead of keeping systems side by side.",
            "Leg de eisen van het andere kader naast de bestaande maatregelen, dicht de hiaten die dat laat zien, en gebruik één set bewijs voor elke audit in plaats van systemen naast elkaar.",
        ),
        clauses: &["4.2"],
        controls: &["A.5.31", "A.5.34"],
        measure: Measure {
            kpi: (
                "Share of the framework's criteria covered by controls with evidence",
                "Aandeel criteria van het kader afgedekt door maatregelen met bewijs",
            ),
            unit: ("%", "%"),
        },
    },
    Initiative {
        code: "automate-patching",
        title: (
            "Automate patch deployment and testing",
            "Patches automatisch uitrollen en testen",
        ),
        description: (
            "Patch management works but is manual and slow. Automate rolling out and testing patches, in rings from test systems to production, so updates land faster and more reliably.",
            "Patchbeheer werkt, maar is handmatig en traag. Automatiseer het uitrollen en testen van patches, in ringen van testsystemen naar productie, zodat updates sneller en betrouwbaarder landen.",
        ),
        clauses: &[],
        controls: &["A.8.8", "A.8.32"],
        measure: Measure {
            kpi: (
                "Median days until a critical patch is installed",
                "Mediaan aantal dagen tot een kritieke patch is geïnstalleerd",
            ),
            unit: ("days", "dagen"),
        },
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{requirement, Family};
    use crate::model::{ItemId, Kind};
    use chrono::DateTime;

    fn blank() -> Item {
        Item::blank(
            ItemId::new(Kind::ContinualImprovement, 1),
            Kind::ContinualImprovement,
            DateTime::UNIX_EPOCH,
        )
    }

    #[test]
    fn every_initiative_names_catalogue_requirements_of_the_right_family() {
        for i in initiatives() {
            for id in i.clauses {
                assert_eq!(
                    requirement(id).map(|r| r.family),
                    Some(Family::Clause),
                    "{id}"
                );
            }
            for id in i.controls {
                assert_eq!(
                    requirement(id).map(|r| r.family),
                    Some(Family::Control),
                    "{id}"
                );
            }
            assert!(
                !i.clauses.is_empty() || !i.controls.is_empty(),
                "{}",
                i.code
            );
        }
    }

    #[test]
    fn every_initiative_has_its_texts_in_both_languages_and_a_unique_code() {
        for (n, i) in initiatives().iter().enumerate() {
            for lang in Lang::ALL {
                for text in [
                    i.title(lang),
                    i.description(lang),
                    i.measure.kpi(lang),
                    i.measure.unit(lang),
                ] {
                    assert!(!text.trim().is_empty(), "{} {lang:?}", i.code);
                }
            }
            assert_ne!(i.title(Lang::En), i.title(Lang::Nl), "{}", i.code);
            assert_eq!(initiative(i.code), Some(i));
            assert!(initiatives()[..n].iter().all(|o| o.code != i.code));
        }
        assert_eq!(initiative("no-such-thing"), None);
    }

    #[test]
    fn applying_an_initiative_fills_a_blank_item() {
        let mut item = blank();
        let i = initiative("awareness-simulations").unwrap();
        i.apply(&mut item, Lang::Nl);
        assert_eq!(item.title, i.title(Lang::Nl));
        assert_eq!(item.description, i.description(Lang::Nl));
        assert_eq!(item.links.clauses, ["7.3"]);
        assert_eq!(item.links.controls, ["A.6.3"]);
        assert_eq!(item.verification.measurement.kpi, i.measure.kpi(Lang::Nl));
        assert_eq!(item.verification.measurement.unit, "%");
        assert_eq!(item.verification.method, i.measure.kpi(Lang::Nl));
        assert_eq!(item.verification.measurement.before, None);
        assert_eq!(item.verification.measurement.target, None);
    }

    #[test]
    fn applying_an_initiative_keeps_what_the_user_wrote() {
        let mut item = blank();
        item.title = "Phishing drills for the call centre".into();
        item.description = "After the October incident.".into();
        item.links.controls = vec!["A.6.3".into(), "A.5.24".into()];
        item.verification.measurement.kpi = "Reported phishing mails per month".into();
        item.verification.method = "Monthly report".into();
        initiative("awareness-simulations")
            .unwrap()
            .apply(&mut item, Lang::En);
        assert_eq!(item.title, "Phishing drills for the call centre");
        assert_eq!(item.description, "After the October incident.");
        assert_eq!(item.links.controls, ["A.6.3", "A.5.24"]);
        assert_eq!(item.links.clauses, ["7.3"]);
        assert_eq!(
            item.verification.measurement.kpi,
            "Reported phishing mails per month"
        );
        // The unit belongs to the user's own KPI, not to the initiative's.
        assert_eq!(item.verification.measurement.unit, "");
        assert_eq!(item.verification.method, "Monthly report");
    }
}
