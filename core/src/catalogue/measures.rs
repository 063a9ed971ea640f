//! Measures that show whether an improvement worked, tied to the information security objectives
//! (6.2) and measured as 9.1 asks: the domain source's list (fewer incidents and
//! nonconformities, better control scores, faster response and recovery, better awareness
//! results, fewer audit findings, more satisfied stakeholders), each as a KPI with its unit. The
//! Verify step offers them as suggestions; a KPI may be anything.

use crate::i18n::Lang;

/// A KPI and its unit, in English and Dutch: one of the suggestions, or an initiative's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Measure {
    pub(super) kpi: (&'static str, &'static str),
    pub(super) unit: (&'static str, &'static str),
}

impl Measure {
    pub fn kpi(&self, lang: Lang) -> &'static str {
        lang.pick(self.kpi.0, self.kpi.1)
    }

    pub fn unit(&self, lang: Lang) -> &'static str {
        lang.pick(self.unit.0, self.unit.1)
    }
}

/// The suggested KPIs, in the order they are offered.
pub fn measures() -> &'static [Measure] {
    MEASURES
}

/// The unit that goes with `kpi` when it is one of the suggestions (in either language, ignoring
/// case and surrounding spaces), in that KPI's language; `None` for a KPI of the user's own.
pub fn measure_unit(kpi: &str) -> Option<&'static str> {
    let kpi = kpi.trim();
    MEASURES.iter().find_map(|m| {
        Lang::ALL
            .into_iter()
            .find(|&l| m.kpi(l).eq_ignore_ascii_case(kpi))
            .map(|l| m.unit(l))
    })
}

const MEASURES: &[Measure] = &[
    Measure {
        kpi: (
            "Security incidents per quarter",
            "Beveiligingsincidenten per kwartaal",
        ),
        unit: ("#", "#"),
    },
    Measure {
        kpi: ("Open nonconformities", "Openstaande afwijkingen"),
        unit: ("#", "#"),
    },
    Measure {
        kpi: (
            "Control effectiveness score",
            "Effectiviteitsscore van de maatregel",
        ),
        unit: ("%", "%"),
    },
    Measure {
        kpi: (
            "Mean time to respond to an incident",
            "Gemiddelde reactietijd op een incident",
        ),
        unit: ("hours", "uur"),
    },
    Measure {
        kpi: (
            "Mean time to recover from an incident",
            "Gemiddelde hersteltijd na een incident",
        ),
        unit: ("hours", "uur"),
    },
    Measure {
        kpi: (
            "Staff score in the awareness test",
            "Score van medewerkers in de bewustwordingstest",
        ),
        unit: ("%", "%"),
    },
    Measure {
        kpi: (
            "Findings in the internal audit",
            "Bevindingen in de interne audit",
        ),
        unit: ("#", "#"),
    },
    Measure {
        kpi: (
            "Stakeholder satisfaction score",
            "Tevredenheidsscore van belanghebbenden",
        ),
        unit: ("%", "%"),
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_measure_has_a_kpi_and_a_unit_in_both_languages_and_kpis_are_distinct() {
        let mut seen = Vec::new();
        for m in measures() {
            for lang in Lang::ALL {
                assert!(!m.kpi(lang).trim().is_empty());
                assert!(!m.unit(lang).trim().is_empty());
                let kpi = m.kpi(lang).to_lowercase();
                assert!(!seen.contains(&kpi), "{kpi}");
                seen.push(kpi);
            }
        }
    }

    #[test]
    fn a_suggested_kpi_brings_its_unit_in_its_own_language_and_an_own_kpi_none() {
        assert_eq!(
            measure_unit("Mean time to recover from an incident"),
            Some("hours")
        );
        assert_eq!(
            measure_unit("  gemiddelde hersteltijd na een incident "),
            Some("uur")
        );
        assert_eq!(measure_unit("Open nonconformities"), Some("#"));
        assert_eq!(measure_unit("Mean time to recover"), None);
        assert_eq!(measure_unit(""), None);
    }
}
