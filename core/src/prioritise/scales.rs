//! The 1–5 scales prioritisation works from, each step with a stated meaning, so that two
//! consultants scoring the same item mean the same thing.

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

/// A judgement on a 1–5 scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scale {
    Impact,
    Effort,
    Urgency,
    Alignment,
}

impl Scale {
    pub const ALL: [Scale; 4] = [
        Scale::Impact,
        Scale::Effort,
        Scale::Urgency,
        Scale::Alignment,
    ];

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Scale::Impact => "Impact",
            Scale::Effort => lang.pick("Effort", "Inspanning"),
            Scale::Urgency => lang.pick("Urgency", "Urgentie"),
            Scale::Alignment => lang.pick(
                "Alignment with objectives",
                "Afstemming op de doelstellingen",
            ),
        }
    }

    /// What step `value` (1–5) means; `None` outside the scale.
    pub fn meaning(self, value: u8, lang: Lang) -> Option<&'static str> {
        let en_nl: [(&str, &str); 5] = match self {
            Scale::Impact => [
                (
                    "Negligible: hardly changes the security posture",
                    "Verwaarloosbaar: verandert de beveiliging nauwelijks",
                ),
                (
                    "Minor: a small gain in one process",
                    "Klein: een kleine winst in één proces",
                ),
                (
                    "Moderate: a visible gain in a control or process",
                    "Gemiddeld: een zichtbare winst in een maatregel of proces",
                ),
                (
                    "Major: a marked reduction of a significant risk",
                    "Groot: een duidelijke verlaging van een belangrijk risico",
                ),
                (
                    "Critical: removes a serious risk or a certification threat",
                    "Kritiek: neemt een ernstig risico of certificeringsrisico weg",
                ),
            ],
            Scale::Effort => [
                (
                    "Trivial: under a day's work",
                    "Triviaal: minder dan een dag werk",
                ),
                (
                    "Small: a few days, one person",
                    "Klein: enkele dagen, één persoon",
                ),
                (
                    "Medium: weeks, a small team",
                    "Middel: weken, een klein team",
                ),
                (
                    "Large: months, several teams",
                    "Groot: maanden, meerdere teams",
                ),
                (
                    "Very large: a programme with budget and procurement",
                    "Zeer groot: een programma met budget en inkoop",
                ),
            ],
            Scale::Urgency => [
                ("Whenever convenient", "Wanneer het uitkomt"),
                ("Within the year", "Binnen het jaar"),
                (
                    "Before the next internal audit or management review",
                    "Voor de volgende interne audit of directiebeoordeling",
                ),
                (
                    "Before the next certification audit",
                    "Voor de volgende certificeringsaudit",
                ),
                ("Immediately", "Direct"),
            ],
            Scale::Alignment => [
                (
                    "Not linked to any objective",
                    "Aan geen enkele doelstelling gekoppeld",
                ),
                (
                    "Indirectly supports an objective",
                    "Ondersteunt een doelstelling indirect",
                ),
                ("Supports an objective", "Ondersteunt een doelstelling"),
                (
                    "Directly advances one objective",
                    "Brengt één doelstelling direct dichterbij",
                ),
                (
                    "Directly advances several objectives",
                    "Brengt meerdere doelstellingen direct dichterbij",
                ),
            ],
        };
        let (en, nl) = *en_nl.get(usize::from(value).checked_sub(1)?)?;
        Some(lang.pick(en, nl))
    }
}

/// Alignment derived from linked objectives — none: 1, one: 4, several: 5 — unless the item
/// carries a manual override.
pub fn alignment(override_value: Option<u8>, linked_objectives: usize) -> u8 {
    override_value.unwrap_or(match linked_objectives {
        0 => 1,
        1 => 4,
        _ => 5,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_of_every_scale_has_a_meaning_in_both_languages() {
        for scale in Scale::ALL {
            for v in 1..=5 {
                assert!(scale.meaning(v, Lang::En).is_some_and(|m| !m.is_empty()));
                assert!(scale.meaning(v, Lang::Nl).is_some_and(|m| !m.is_empty()));
            }
            assert_eq!(scale.meaning(0, Lang::En), None);
            assert_eq!(scale.meaning(6, Lang::En), None);
        }
    }

    #[test]
    fn alignment_is_derived_from_linked_objectives_unless_overridden() {
        assert_eq!(alignment(None, 0), 1);
        assert_eq!(alignment(None, 1), 4);
        assert_eq!(alignment(None, 3), 5);
        assert_eq!(alignment(Some(2), 3), 2);
    }
}
