//! The impact/effort matrix: quick wins, major projects, fill-ins and thankless tasks.

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::model::{PriorityInputs, QuadrantThresholds};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Quadrant {
    /// High impact, low effort: do first.
    QuickWin,
    /// High impact, high effort: plan carefully.
    MajorProject,
    /// Low impact, low effort: do when there is room.
    FillIn,
    /// Low impact, high effort: question whether to do it at all.
    ThanklessTask,
}

impl Quadrant {
    pub const ALL: [Quadrant; 4] = [
        Quadrant::QuickWin,
        Quadrant::MajorProject,
        Quadrant::FillIn,
        Quadrant::ThanklessTask,
    ];

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Quadrant::QuickWin => "Quick win",
            Quadrant::MajorProject => lang.pick("Major project", "Groot project"),
            Quadrant::FillIn => lang.pick("Fill-in", "Opvuller"),
            Quadrant::ThanklessTask => lang.pick("Thankless task", "Ondankbare klus"),
        }
    }

    /// The quadrant of an item, if both impact and effort are rated.
    pub fn of(inputs: &PriorityInputs, thresholds: &QuadrantThresholds) -> Option<Quadrant> {
        let high_impact = inputs.impact? >= thresholds.impact;
        let high_effort = inputs.effort? >= thresholds.effort;
        Some(match (high_impact, high_effort) {
            (true, false) => Quadrant::QuickWin,
            (true, true) => Quadrant::MajorProject,
            (false, false) => Quadrant::FillIn,
            (false, true) => Quadrant::ThanklessTask,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(impact: u8, effort: u8, t: (u8, u8)) -> Option<Quadrant> {
        let inputs = PriorityInputs {
            impact: Some(impact),
            effort: Some(effort),
            ..PriorityInputs::default()
        };
        Quadrant::of(
            &inputs,
            &QuadrantThresholds {
                impact: t.0,
                effort: t.1,
            },
        )
    }

    #[test]
    fn quadrants_split_at_the_thresholds() {
        assert_eq!(q(5, 1, (3, 3)), Some(Quadrant::QuickWin));
        assert_eq!(q(3, 3, (3, 3)), Some(Quadrant::MajorProject));
        assert_eq!(q(2, 2, (3, 3)), Some(Quadrant::FillIn));
        assert_eq!(q(2, 5, (3, 3)), Some(Quadrant::ThanklessTask));
        assert_eq!(q(3, 3, (4, 4)), Some(Quadrant::FillIn));
    }

    #[test]
    fn an_unrated_item_has_no_quadrant() {
        assert_eq!(
            Quadrant::of(&PriorityInputs::default(), &QuadrantThresholds::default()),
            None
        );
    }
}
